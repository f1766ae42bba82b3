// The office store facade (see OfficeStore.h): owns the office repositories and their notifier.
// Repositories keep a reference to the Store, never to its Database, so locking the store is always safe.
#include "store/office/OfficeStore.h"

#include "store/office/BriefingRepository.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/QuarantineRepository.h"
#include "store/office/ReviewRepository.h"

#include <algorithm>

namespace maqa::store::office {

struct OfficeStore::Private
{
    explicit Private(Store &store)
        : returns(store, notifier)
        , quarantine(store, notifier)
        , reviews(store, notifier)
        , audits(store, notifier)
        , briefings(store, notifier)
        , keys(store, notifier)
    {}
    OfficeNotifier notifier;
    OfficeReturnRepository returns;
    QuarantineRepository quarantine;
    ReviewRepository reviews;
    OfficeAuditRepository audits;
    BriefingRepository briefings;
    OfficeKeyRepository keys;
};

void OfficeNotifier::add(OfficeObserver *observer)
{
    if (std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end()) {
        m_observers.push_back(observer);
    }
}

void OfficeNotifier::remove(OfficeObserver *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

OfficeStore::OfficeStore(Store &store)
    : d(std::make_unique<Private>(store))
{}

OfficeStore::~OfficeStore() = default;

OfficeReturnRepository &OfficeStore::returns()
{
    return d->returns;
}

QuarantineRepository &OfficeStore::quarantine()
{
    return d->quarantine;
}

ReviewRepository &OfficeStore::reviews()
{
    return d->reviews;
}

OfficeAuditRepository &OfficeStore::audits()
{
    return d->audits;
}

BriefingRepository &OfficeStore::briefings()
{
    return d->briefings;
}

OfficeKeyRepository &OfficeStore::keys()
{
    return d->keys;
}

void OfficeStore::addObserver(OfficeObserver *observer)
{
    d->notifier.add(observer);
}

void OfficeStore::removeObserver(OfficeObserver *observer)
{
    d->notifier.remove(observer);
}

} // namespace maqa::store::office
