// The outbox in SQLCipher (see OutboxRepository.h).
// Delivery updates the outbox item and the return's status together, so the two never disagree after a crash.
#include "store/repos/OutboxRepository.h"

#include "core/util/Error.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/repos/LogRepository.h"

namespace maqa::store {

namespace {
// The envelope lives in outbox_envelopes (migration 3): state changes rewrite only the small outbox row.
constexpr const char *kColumns =
    "o.uuid, o.revision, o.state, e.envelope, o.attempts, o.next_attempt_at, o.last_error, "
    "o.queued_at, o.delivered_at FROM outbox o LEFT JOIN outbox_envelopes e "
    "ON e.uuid = o.uuid AND e.revision = o.revision";

OutboxItem readItem(const Statement &s)
{
    OutboxItem item;
    item.key = {s.text(0), static_cast<int>(s.integer(1))};
    item.state = outboxStateFrom(s.text(2));
    if (!s.isNull(3)) {
        item.envelope = s.blob(3);
    }
    item.attempts = static_cast<int>(s.integer(4));
    item.nextAttemptAt = s.integer(5);
    item.lastError = s.optText(6);
    item.queuedAt = s.integer(7);
    item.deliveredAt = s.optInteger(8);
    return item;
}

std::vector<OutboxItem> readAll(Statement &s)
{
    std::vector<OutboxItem> out;
    while (s.step()) {
        out.push_back(readItem(s));
    }
    return out;
}
} // namespace

OutboxRepository::OutboxRepository(Database &db, StoreNotifier &notifier, core::Clock clock)
    : m_db(db)
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{}

std::vector<OutboxItem> OutboxRepository::sealedDue(core::Millis now, int limit)
{
    // The page is chosen on the small rows first, in the order of the outbox_to_send index, and only its envelopes
    // are read: ordering the joined rows made SQLite decrypt and sort every waiting envelope for each page.
    Statement s = m_db.prepare(
        "SELECT o.uuid, o.revision, o.state, e.envelope, o.attempts, o.next_attempt_at, o.last_error, o.queued_at, "
        "o.delivered_at FROM (SELECT * FROM outbox WHERE state='sealed' AND next_attempt_at <= ? "
        "ORDER BY queued_at, uuid LIMIT ?) o JOIN outbox_envelopes e ON e.uuid = o.uuid AND e.revision = "
        "o.revision ORDER BY o.queued_at, o.uuid");
    s.bind(1, now).bind(2, limit);
    return readAll(s);
}

std::vector<OutboxItem> OutboxRepository::all()
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns + " ORDER BY o.queued_at, o.uuid");
    return readAll(s);
}

std::optional<OutboxItem> OutboxRepository::find(const ReturnKey &key)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns + " WHERE o.uuid=? AND o.revision=?");
    s.bind(1, key.uuid).bind(2, key.revision);
    return s.step() ? std::optional<OutboxItem>(readItem(s)) : std::nullopt;
}

OutboxCounts OutboxRepository::counts()
{
    OutboxCounts c;
    Statement s = m_db.prepare("SELECT state, count(*) FROM outbox GROUP BY state");
    while (s.step()) {
        const int n = static_cast<int>(s.integer(1));
        switch (outboxStateFrom(s.text(0))) {
        case OutboxState::Queued:
            c.queued = n;
            break;
        case OutboxState::Sealed:
            c.sealed = n;
            break;
        case OutboxState::Failed:
            c.failed = n;
            break;
        case OutboxState::Delivered:
            c.delivered = n;
            break;
        }
    }
    return c;
}

std::optional<core::Millis> OutboxRepository::nextDue()
{
    Statement s = m_db.prepare("SELECT min(next_attempt_at) FROM outbox WHERE state IN ('queued','sealed')");
    return s.step() ? s.optInteger(0) : std::nullopt;
}

std::vector<ReturnKey> OutboxRepository::queued(int limit)
{
    Statement s =
        m_db.prepare("SELECT uuid, revision FROM outbox WHERE state='queued' ORDER BY queued_at, uuid LIMIT ?");
    s.bind(1, limit);
    std::vector<ReturnKey> keys;
    while (s.step()) {
        keys.push_back({s.text(0), static_cast<int>(s.integer(1))});
    }
    return keys;
}

void OutboxRepository::setEnvelope(const ReturnKey &key, const core::Bytes &envelope)
{
    setEnvelopes({{key, envelope}});
}

void OutboxRepository::setEnvelopes(const std::vector<std::pair<ReturnKey, core::Bytes>> &sealed)
{
    if (sealed.empty()) {
        return;
    }
    Transaction tx(m_db);
    Statement mark = m_db.prepare("UPDATE outbox SET state='sealed' WHERE uuid=? AND revision=? AND state='queued'");
    Statement keep = m_db.prepare("INSERT INTO outbox_envelopes(uuid, revision, envelope) VALUES(?,?,?)");
    for (const auto &[key, envelope] : sealed) {
        mark.bind(1, key.uuid).bind(2, key.revision).run();
        if (m_db.changes() != 1) {
            throw core::Error(core::ErrorKind::Refused,
                              "This outbox entry was already sealed; it is never sealed twice.");
        }
        keep.bind(1, key.uuid).bind(2, key.revision).bindBlob(3, envelope).run();
    }
    tx.commit();
    m_notifier.notify([](StoreObserver &o) { o.outboxChanged(); });
}

void OutboxRepository::recordRetry(const ReturnKey &key, const std::string &error, core::Millis retryAt)
{
    m_db.prepare("UPDATE outbox SET attempts=attempts+1, last_error=?, next_attempt_at=? WHERE uuid=? AND revision=?")
        .bind(1, error)
        .bind(2, retryAt)
        .bind(3, key.uuid)
        .bind(4, key.revision)
        .run();
    m_notifier.notify([](StoreObserver &o) { o.outboxChanged(); });
}

void OutboxRepository::markFailed(const ReturnKey &key, const std::string &error)
{
    Transaction tx(m_db);
    m_db.prepare("UPDATE outbox SET attempts=attempts+1, state='failed', last_error=? WHERE uuid=? AND revision=?")
        .bind(1, error)
        .bind(2, key.uuid)
        .bind(3, key.revision)
        .run();
    appendLog(m_db, m_clock(), "sync", "outbox.failed", key.uuid + "/" + std::to_string(key.revision), error);
    tx.commit();
    m_notifier.notify([](StoreObserver &o) { o.outboxChanged(); });
}

void OutboxRepository::retry(const ReturnKey &key)
{
    m_db.prepare("UPDATE outbox SET state=CASE WHEN EXISTS(SELECT 1 FROM outbox_envelopes e WHERE e.uuid=outbox.uuid "
                 "AND e.revision=outbox.revision) THEN 'sealed' ELSE 'queued' END, "
                 "next_attempt_at=0 WHERE uuid=? AND revision=? AND state='failed'")
        .bind(1, key.uuid)
        .bind(2, key.revision)
        .run();
    m_notifier.notify([](StoreObserver &o) { o.outboxChanged(); });
}

void OutboxRepository::markDelivered(const std::vector<ReturnKey> &keys)
{
    if (keys.empty()) {
        return;
    }
    const core::Millis now = m_clock();
    Transaction tx(m_db);
    Statement item = m_db.prepare("UPDATE outbox SET state='delivered', delivered_at=?, last_error=NULL "
                                  "WHERE uuid=? AND revision=? AND state<>'delivered'");
    Statement ret = m_db.prepare("UPDATE returns SET status='delivered', delivered_at=? WHERE uuid=? AND revision=? "
                                 "AND status='submitted'");
    for (const ReturnKey &key : keys) {
        item.bind(1, now).bind(2, key.uuid).bind(3, key.revision).run();
        ret.bind(1, now).bind(2, key.uuid).bind(3, key.revision).run();
    }
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) {
        for (const ReturnKey &key : keys) {
            o.returnChanged(key);
        }
        o.outboxChanged();
    });
}

} // namespace maqa::store
