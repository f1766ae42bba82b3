// Returns the office could not accept, kept whole with the reason in plain words: never silently dropped. Each
// envelope is kept once (by its SHA-256), so pulling the same page again does not duplicate it.
#pragma once

#include "core/office/Opening.h"
#include "core/util/Clock.h"
#include "store/office/OfficeObserver.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace maqa::store {
class Store;
}

namespace maqa::store::office {

/** One quarantined envelope. */
struct QuarantineRecord
{
    std::int64_t id = 0;
    core::office::ReturnMeta claimed; //!< what its envelope claimed (may be false: that can be why it is here)
    core::office::QuarantineReason reason = core::office::QuarantineReason::EnvelopeDoesNotOpen;
    std::string message;  //!< the sentence shown to the office
    std::string envelope; //!< the envelope's JSON text, whole
    core::Millis quarantinedAt = 0;
};

/** Reads and writes the quarantine. Owned by the OfficeStore. */
class QuarantineRepository
{
public:
    QuarantineRepository(Store &store, OfficeNotifier &notifier);

    /** Keeps each of @p items once, logging "return.quarantined" with the reason; returns how many were new. */
    int add(std::span<const core::office::Quarantined> items, const std::string &actor);
    /** Every entry, oldest first. */
    std::vector<QuarantineRecord> list();
    /** Removes entry @p id once the office has dealt with it (logged "quarantine.released" with @p why). */
    void release(std::int64_t id, const std::string &actor, const std::string &why);
    /** Entries held. */
    long long count();

private:
    Store &m_store;
    OfficeNotifier &m_notifier;
};

} // namespace maqa::store::office
