// How the Qt-free store tells the app what changed, record by record, so list models update single rows.
// The app adapts this interface to Qt signals (cpp/app); several observers may listen to one store.
#pragma once

#include <string>
#include <vector>

namespace maqa::store {

/** Identifies one revision of one return. */
struct ReturnKey
{
    std::string uuid; //!< client-made UUID v4, the same for every revision
    int revision = 1; //!< 1 for the first submission, n+1 for a resubmission after correction

    bool operator==(const ReturnKey &) const = default;
};

/** Receives change notifications after each committed write. Every method defaults to doing nothing. */
class StoreObserver
{
public:
    virtual ~StoreObserver() = default;
    /** A return (or a new revision of one) was created. */
    virtual void returnAdded(const ReturnKey &) {}
    /** A return's status, progress, review state or resume position changed. */
    virtual void returnChanged(const ReturnKey &) {}
    /** A return was deleted (a discarded draft, or retention after delivery). */
    virtual void returnRemoved(const ReturnKey &) {}
    /** One answer of a draft was written or cleared. */
    virtual void answerChanged(const ReturnKey &, const std::string & /*path*/) {}
    /** The outbox gained, sealed, delivered or failed an item. */
    virtual void outboxChanged() {}
    /** Templates were added. */
    virtual void templatesChanged() {}
    /** Assignments were replaced by a pull. */
    virtual void assignmentsChanged() {}
    /** A setting changed. */
    virtual void settingChanged(const std::string & /*key*/) {}
};

/** Fans notifications out to every registered observer; owned by the Store, used by its repositories. */
class StoreNotifier
{
public:
    void add(StoreObserver *observer);
    void remove(StoreObserver *observer);
    /** Calls @p f on each observer (a snapshot, so observers may unregister while being notified). */
    template<typename F>
    void notify(F &&f) const
    {
        const auto snapshot = m_observers;
        for (StoreObserver *o : snapshot) {
            f(*o);
        }
    }

private:
    std::vector<StoreObserver *> m_observers;
};

} // namespace maqa::store
