// The outbox: submitted returns waiting to reach the office, with their sealed bytes, attempts and last error.
// The sync engine reads due items and records each outcome; the app shows the counts and errors.
#pragma once

#include "store/repos/Records.h"

#include <optional>
#include <vector>

namespace maqa::store {

class Database;

/** Counts per outbox state, for the status line. */
struct OutboxCounts
{
    int queued = 0;    //!< waiting to be sealed (e.g. not enrolled yet)
    int sealed = 0;    //!< sealed, waiting to be sent
    int failed = 0;    //!< refused by the server; needs attention
    int delivered = 0; //!< acknowledged by the server
    /** Items still to send (queued + sealed). */
    int waiting() const { return queued + sealed; }
};

/** Reads and updates the outbox. Owned by the Store. */
class OutboxRepository
{
public:
    OutboxRepository(Database &db, StoreNotifier &notifier, core::Clock clock);

    /** Sealed items (ready to send) whose next attempt is due at @p now, oldest first, at most @p limit. */
    std::vector<OutboxItem> sealedDue(core::Millis now, int limit);
    /** Every item, oldest first. */
    std::vector<OutboxItem> all();
    /** One item. */
    std::optional<OutboxItem> find(const ReturnKey &key);
    /** Counts per state. */
    OutboxCounts counts();
    /** The earliest next-attempt time among items still to send, if any. */
    std::optional<core::Millis> nextDue();

    /** Keys of items waiting to be sealed, oldest first, at most @p limit. */
    std::vector<ReturnKey> queued(int limit);
    /** Stores the sealed envelope; it is then re-sent byte for byte. Throws Error(Refused) if already sealed. */
    void setEnvelope(const ReturnKey &key, const core::Bytes &envelope);
    /** Stores a batch of sealed envelopes in one transaction: all of them, or none when one was already sealed. */
    void setEnvelopes(const std::vector<std::pair<ReturnKey, core::Bytes>> &sealed);
    /** Records a failed attempt that will be retried at @p retryAt. */
    void recordRetry(const ReturnKey &key, const std::string &error, core::Millis retryAt);
    /** Records a refusal that must not be retried automatically. */
    void markFailed(const ReturnKey &key, const std::string &error);
    /** Makes a failed item due again now (the practitioner pressed retry). */
    void retry(const ReturnKey &key);
    /** Marks items delivered, and their returns, in one transaction. */
    void markDelivered(const std::vector<ReturnKey> &keys);

private:
    Database &m_db;
    StoreNotifier &m_notifier;
    core::Clock m_clock;
};

} // namespace maqa::store
