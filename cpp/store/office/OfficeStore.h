// The office's records inside the encrypted store: opened returns and the quarantine, reviews and panel grades,
// audits and drafting progress, briefings and action plans, the office's key pairs and the device keys. A facade
// over the same SQLCipher database as the rest of the store (migration 2), usable only while the store is open.
#pragma once

#include "store/Store.h"
#include "store/office/OfficeObserver.h"

#include <memory>

namespace maqa::store::office {

class OfficeReturnRepository;
class QuarantineRepository;
class ReviewRepository;
class OfficeAuditRepository;
class BriefingRepository;
class OfficeKeyRepository;

/**
 * The office's repositories over @p store. Every call reaches the database through Store::database(), so after the
 * store is locked each one throws Error(Locked) instead of touching freed memory.
 */
class OfficeStore
{
public:
    /** Office repositories over @p store (not owned; it must outlive this object). */
    explicit OfficeStore(Store &store);
    ~OfficeStore();
    OfficeStore(const OfficeStore &) = delete;
    OfficeStore &operator=(const OfficeStore &) = delete;

    OfficeReturnRepository &returns();  //!< opened returns (each opening logged)
    QuarantineRepository &quarantine(); //!< returns that could not be accepted, with the reason
    ReviewRepository &reviews();        //!< review states (to send to the server) and the panel's grades
    OfficeAuditRepository &audits();    //!< audits known to the office and the devices' drafting progress
    BriefingRepository &briefings();    //!< briefings and action plans with their RAG history
    OfficeKeyRepository &keys();        //!< the office's key pairs, their backup, and the devices' keys

    /** Registers an observer of committed office changes (not owned). */
    void addObserver(OfficeObserver *observer);
    /** Unregisters @p observer. */
    void removeObserver(OfficeObserver *observer);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maqa::store::office
