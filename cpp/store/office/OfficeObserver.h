// How the office's Qt-free store tells the app what changed, so the office pages' list models update single rows.
// The app adapts it to Qt signals as it does StoreObserver; several observers may listen to one office store.
#pragma once

#include "core/office/Records.h"

#include <string>
#include <vector>

namespace maqa::store::office {

/** Receives notifications after each committed office write. Every method defaults to doing nothing. */
class OfficeObserver
{
public:
    virtual ~OfficeObserver() = default;
    /** Returns were opened (new revisions only). */
    virtual void returnsOpened(const std::vector<core::office::ReturnRef> &) {}
    /** The quarantine gained or lost entries. */
    virtual void quarantineChanged() {}
    /** A revision's review state changed, or was sent to the server. */
    virtual void reviewChanged(const core::office::ReturnRef &) {}
    /** The panel's grade of one part of a revision changed. */
    virtual void panelGradeChanged(const core::office::ReturnRef &, const std::string & /*question*/) {}
    /** Audits were saved. */
    virtual void auditsChanged() {}
    /** The devices' drafting progress was replaced by a pull. */
    virtual void progressChanged() {}
    /** An audit's briefing was saved. */
    virtual void briefingChanged(const std::string & /*auditId*/) {}
    /** An audit's action plan changed. */
    virtual void actionsChanged(const std::string & /*auditId*/) {}
    /** The office's key pairs changed. */
    virtual void keysChanged() {}
    /** The device list was replaced. */
    virtual void devicesChanged() {}
};

/** Fans notifications out to every registered observer; owned by the OfficeStore. */
class OfficeNotifier
{
public:
    /** Registers @p observer (not owned; once). */
    void add(OfficeObserver *observer);
    /** Unregisters @p observer. */
    void remove(OfficeObserver *observer);
    /** Calls @p f on each observer (a snapshot, so observers may unregister while being notified). */
    template<typename F>
    void notify(F &&f) const
    {
        const auto snapshot = m_observers;
        for (OfficeObserver *o : snapshot) {
            f(*o);
        }
    }

private:
    std::vector<OfficeObserver *> m_observers;
};

} // namespace maqa::store::office
