// The device-side records of SqlStore: returns, review changes, progress, failed-auth counts and the audit log.
// Returns and review changes are numbered by the database and written under lockWriters(), so paging by number
// never skips a row that commits late.
#include "server/store/SqlStore.h"

#include "protocol/Json.h"

#include "core/util/Error.h"

namespace maqa::server {

using core::Error;
using core::ErrorKind;

namespace {

protocol::ReviewState reviewFromRow(const Row &row)
{
    // change_id, uuid, revision, state, comment, updated_at
    return {text(row[1]),
            integer(row[2]),
            text(row[3]),
            text(row[4]),
            protocol::formatTimestamp(integer(row[5])),
            std::to_string(integer(row[0]))};
}

} // namespace

PutOutcome SqlStore::putReturn(const IncomingReturn &in, const AuditLogEntry &log)
{
    const protocol::EnvelopeMetadata &m = in.metadata;
    Transaction transaction(*this);
    lockWriters();
    const std::vector<Row> existing = select("SELECT envelope_sha256 FROM returns WHERE uuid = ? AND revision = ?",
                                             {textValue(m.uuid), qint64(m.revision)});
    if (!existing.empty()) {
        return text(existing[0][0]) == in.envelopeSha256 ? PutOutcome::Identical : PutOutcome::Conflict;
    }
    execute("INSERT INTO returns (uuid, revision, audit_id, case_code, agency, template_id, template_version, kind, "
            "device_id, key_id, created_at, submitted_at, plain_size, envelope_size, envelope_sha256, envelope, "
            "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {textValue(m.uuid), qint64(m.revision), textValue(m.auditId), textValue(m.caseCode), textValue(m.agency),
             textValue(m.templateId), qint64(m.templateVersion), textValue(m.kind), textValue(m.deviceId),
             textValue(m.keyId), textValue(m.createdAt), textValue(m.submittedAt), qint64(in.plainSize),
             qint64(in.envelope.size()), textValue(in.envelopeSha256), blobValue(in.envelope), qint64(in.receivedAt)});
    execute("INSERT INTO reviews (uuid, revision, agency, state, comment, updated_at, actor) VALUES (?, ?, ?, "
            "'received', '', ?, ?)",
            {textValue(m.uuid), qint64(m.revision), textValue(m.agency), qint64(in.receivedAt), textValue(log.actor)});
    insertAuditLog(log);
    transaction.commit();
    return PutOutcome::Created;
}

std::vector<StoredReturn> SqlStore::returnsAfter(std::int64_t after, int limit, std::size_t maxBytes,
                                                 bool withEnvelopes)
{
    // Sizes first, so a page never loads more envelope bytes than it will send.
    const std::vector<Row> rows =
        select("SELECT r.seq, r.uuid, r.revision, r.audit_id, r.case_code, r.agency, r.template_id, "
               "r.template_version, r.kind, r.device_id, r.key_id, r.created_at, r.submitted_at, r.plain_size, "
               "r.envelope_size, r.envelope_sha256, r.received_at, (SELECT v.state FROM reviews v WHERE v.uuid = "
               "r.uuid AND v.revision = r.revision ORDER BY v.change_id DESC LIMIT 1) FROM returns r WHERE r.seq > ? "
               "ORDER BY r.seq LIMIT ?",
               {qint64(after), limit});
    std::vector<StoredReturn> list;
    std::size_t bytes = 0;
    for (const Row &row : rows) {
        StoredReturn r;
        r.sequence = integer(row[0]);
        protocol::EnvelopeMetadata &m = r.metadata;
        m.uuid = text(row[1]);
        m.revision = integer(row[2]);
        m.auditId = text(row[3]);
        m.caseCode = text(row[4]);
        m.agency = text(row[5]);
        m.templateId = text(row[6]);
        m.templateVersion = integer(row[7]);
        m.kind = text(row[8]);
        m.deviceId = text(row[9]);
        m.keyId = text(row[10]);
        m.createdAt = text(row[11]);
        m.submittedAt = text(row[12]);
        r.plainSize = integer(row[13]);
        r.envelopeSize = integer(row[14]);
        r.envelopeSha256 = text(row[15]);
        r.receivedAt = integer(row[16]);
        r.reviewState = text(row[17]);
        if (withEnvelopes) {
            if (!list.empty() && bytes + static_cast<std::size_t>(r.envelopeSize) > maxBytes) {
                break;
            }
            bytes += static_cast<std::size_t>(r.envelopeSize);
            const std::vector<Row> body = select("SELECT envelope FROM returns WHERE seq = ?", {qint64(r.sequence)});
            r.envelope = text(body.at(0)[0]);
        }
        list.push_back(std::move(r));
    }
    return list;
}

std::optional<std::string> SqlStore::returnAgency(const std::string &uuid, std::int64_t revision)
{
    const std::vector<Row> rows =
        select("SELECT agency FROM returns WHERE uuid = ? AND revision = ?", {textValue(uuid), qint64(revision)});
    if (rows.empty()) {
        return std::nullopt;
    }
    return text(rows[0][0]);
}

protocol::ReviewState SqlStore::setReview(const std::string &uuid, std::int64_t revision, const std::string &agency,
                                          const protocol::ReviewUpdate &update, std::int64_t at,
                                          const AuditLogEntry &log)
{
    Transaction transaction(*this);
    lockWriters();
    execute("INSERT INTO reviews (uuid, revision, agency, state, comment, updated_at, actor) VALUES (?, ?, ?, ?, ?, ?, "
            "?)",
            {textValue(uuid), qint64(revision), textValue(agency), textValue(update.state), textValue(update.comment),
             qint64(at), textValue(log.actor)});
    const std::vector<Row> rows = select("SELECT change_id, uuid, revision, state, comment, updated_at FROM reviews "
                                         "WHERE uuid = ? AND revision = ? ORDER BY change_id DESC LIMIT 1",
                                         {textValue(uuid), qint64(revision)});
    insertAuditLog(log);
    transaction.commit();
    return reviewFromRow(rows.at(0));
}

std::vector<protocol::ReviewState> SqlStore::reviewsAfter(const std::string &agency, std::int64_t after, int limit)
{
    std::vector<protocol::ReviewState> list;
    for (const Row &row : select("SELECT change_id, uuid, revision, state, comment, updated_at FROM reviews WHERE "
                                 "agency = ? AND change_id > ? ORDER BY change_id LIMIT ?",
                                 {textValue(agency), qint64(after), limit})) {
        list.push_back(reviewFromRow(row));
    }
    return list;
}

void SqlStore::replaceProgress(const std::string &deviceId, const std::vector<protocol::ProgressEntry> &entries,
                               std::int64_t at)
{
    Transaction transaction(*this);
    lockWriters();
    execute("DELETE FROM progress WHERE device_id = ?", {textValue(deviceId)});
    for (const protocol::ProgressEntry &e : entries) {
        execute("INSERT INTO progress (device_id, return_uuid, audit_id, case_code, answered, total, updated_at, "
                "reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                {textValue(deviceId), textValue(e.returnUuid), textValue(e.auditId), textValue(e.caseCode),
                 qint64(e.answered), qint64(e.total), textValue(e.updatedAt), qint64(at)});
    }
    transaction.commit();
}

std::vector<protocol::DeviceProgress> SqlStore::progress()
{
    std::vector<protocol::DeviceProgress> list;
    for (const Row &row : select("SELECT p.device_id, d.name, d.agency, p.audit_id, p.case_code, p.return_uuid, "
                                 "p.answered, p.total, p.updated_at, p.reported_at FROM progress p JOIN devices d ON "
                                 "d.id = p.device_id ORDER BY d.agency, p.audit_id, p.case_code, p.device_id")) {
        protocol::DeviceProgress p;
        p.deviceId = text(row[0]);
        p.deviceName = text(row[1]);
        p.agency = text(row[2]);
        p.entry = {text(row[3]), text(row[4]), text(row[5]), integer(row[6]), integer(row[7]), text(row[8])};
        p.reportedAt = protocol::formatTimestamp(integer(row[9]));
        list.push_back(std::move(p));
    }
    return list;
}

void SqlStore::recordAuthFailure(const std::string &address, std::int64_t atMs)
{
    Transaction transaction(*this);
    // Failures older than the longest window anyone asks about are useless; prune as we go.
    execute("DELETE FROM auth_failures WHERE at_ms < ?", {qint64(atMs - 10 * 60 * 1000)});
    execute("INSERT INTO auth_failures (address, at_ms) VALUES (?, ?)", {textValue(address), qint64(atMs)});
    transaction.commit();
}

std::vector<std::int64_t> SqlStore::authFailuresSince(const std::string &address, std::int64_t sinceMs)
{
    std::vector<std::int64_t> times;
    for (const Row &row : select("SELECT at_ms FROM auth_failures WHERE address = ? AND at_ms > ? ORDER BY at_ms",
                                 {textValue(address), qint64(sinceMs)})) {
        times.push_back(integer(row[0]));
    }
    return times;
}

void SqlStore::appendAuditLog(const AuditLogEntry &entry)
{
    Transaction transaction(*this);
    insertAuditLog(entry);
    transaction.commit();
}

std::vector<AuditLogEntry> SqlStore::auditLog(std::int64_t after, int limit)
{
    std::vector<AuditLogEntry> list;
    for (const Row &row : select("SELECT id, logged_at, actor, action, subject, remote_address FROM audit_log WHERE "
                                 "id > ? ORDER BY id LIMIT ?",
                                 {qint64(after), limit})) {
        list.push_back({integer(row[0]), integer(row[1]), text(row[2]), text(row[3]), text(row[4]), text(row[5])});
    }
    return list;
}

} // namespace maqa::server
