// The office-side records of SqlStore: tokens, office keys, policy, enrolment codes, devices, templates, audits.
// Every change writes its audit-log entry inside the same transaction, so the log and the data cannot disagree.
#include "server/store/SqlStore.h"

#include "protocol/Json.h"

#include "core/util/Error.h"

namespace maqa::server {

using core::Error;
using core::ErrorKind;

bool SqlStore::hasOfficeToken()
{
    return !select("SELECT 1 FROM office_tokens WHERE revoked_at IS NULL LIMIT 1").empty();
}

void SqlStore::addOfficeToken(const std::string &tokenHash, const std::string &label, const AuditLogEntry &log)
{
    Transaction transaction(*this);
    execute("INSERT INTO office_tokens (token_hash, label, created_at) VALUES (?, ?, ?)",
            {textValue(tokenHash), textValue(label), qint64(log.at)});
    insertAuditLog(log);
    transaction.commit();
}

std::optional<Principal> SqlStore::findPrincipal(const std::string &tokenHash)
{
    const std::vector<Row> devices =
        select("SELECT id, agency, name, revoked_at FROM devices WHERE token_hash = ?", {textValue(tokenHash)});
    if (!devices.empty()) {
        const Row &row = devices.front();
        return Principal{Principal::Kind::Device, text(row[0]), text(row[1]), text(row[2]), !row[3].isNull()};
    }
    const std::vector<Row> office =
        select("SELECT label FROM office_tokens WHERE token_hash = ? AND revoked_at IS NULL", {textValue(tokenHash)});
    if (!office.empty()) {
        return Principal{Principal::Kind::Office, text(office.front()[0]), {}, {}, false};
    }
    return std::nullopt;
}

void SqlStore::addOfficeKey(const protocol::OfficeKey &key, const AuditLogEntry &log)
{
    Transaction transaction(*this);
    execute("INSERT INTO office_keys (key_id, public_key, created_at) VALUES (?, ?, ?)",
            {textValue(key.keyId), textValue(key.publicKey), qint64(protocol::parseTimestamp(key.createdAt))});
    insertAuditLog(log);
    transaction.commit();
}

std::optional<protocol::OfficeKey> SqlStore::currentOfficeKey()
{
    const std::vector<Row> rows =
        select("SELECT public_key, key_id, created_at FROM office_keys ORDER BY seq DESC LIMIT 1");
    if (rows.empty()) {
        return std::nullopt;
    }
    return protocol::OfficeKey{text(rows[0][0]), text(rows[0][1]), protocol::formatTimestamp(integer(rows[0][2]))};
}

bool SqlStore::hasOfficeKey(const std::string &keyId)
{
    return !select("SELECT 1 FROM office_keys WHERE key_id = ? LIMIT 1", {textValue(keyId)}).empty();
}

protocol::Policy SqlStore::policy()
{
    const std::vector<Row> rows = select("SELECT value FROM settings WHERE name = 'policy'");
    if (rows.empty()) {
        return protocol::Policy{};
    }
    return protocol::Policy::fromJson(protocol::parseObject(text(rows[0][0]), "stored policy"));
}

void SqlStore::setPolicy(const protocol::Policy &policy, const AuditLogEntry &log)
{
    Transaction transaction(*this);
    const QVariant value = textValue(policy.toJson().dump());
    if (execute("UPDATE settings SET value = ? WHERE name = 'policy'", {value}) == 0) {
        execute("INSERT INTO settings (name, value) VALUES ('policy', ?)", {value});
    }
    insertAuditLog(log);
    transaction.commit();
}

void SqlStore::addEnrolCode(const std::string &codeId, const std::string &codeHash, const std::string &agency,
                            std::int64_t createdAt, std::int64_t expiresAt, const AuditLogEntry &log)
{
    Transaction transaction(*this);
    execute("INSERT INTO enrol_codes (id, code_hash, agency, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            {textValue(codeId), textValue(codeHash), textValue(agency), qint64(createdAt), qint64(expiresAt)});
    insertAuditLog(log);
    transaction.commit();
}

EnrolResult SqlStore::enrolDevice(const std::string &codeHash, const NewDevice &device, const AuditLogEntry &log)
{
    Transaction transaction(*this);
    const std::vector<Row> rows =
        select("SELECT agency, expires_at, used_at FROM enrol_codes WHERE code_hash = ?", {textValue(codeHash)});
    if (rows.empty()) {
        return {CodeOutcome::Unknown, {}};
    }
    const std::string agency = text(rows[0][0]);
    if (!rows[0][2].isNull()) {
        return {CodeOutcome::Used, agency};
    }
    if (integer(rows[0][1]) <= device.enrolledAt) {
        return {CodeOutcome::Expired, agency};
    }
    // The condition repeats the checks so two instances racing on one code cannot both win.
    if (execute("UPDATE enrol_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL",
                {qint64(device.enrolledAt), textValue(device.id), textValue(codeHash)}) != 1) {
        return {CodeOutcome::Used, agency};
    }
    execute(
        "INSERT INTO devices (id, name, agency, sign_public_key, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)",
        {textValue(device.id), textValue(device.name), textValue(agency), textValue(device.signPublicKey),
         textValue(device.tokenHash), qint64(device.enrolledAt)});
    insertAuditLog(log);
    transaction.commit();
    return {CodeOutcome::Enrolled, agency};
}

std::vector<protocol::DeviceInfo> SqlStore::devices()
{
    std::vector<protocol::DeviceInfo> list;
    for (const Row &row : select("SELECT id, name, agency, sign_public_key, enrolled_at, revoked_at FROM devices "
                                 "ORDER BY enrolled_at, id")) {
        protocol::DeviceInfo d;
        d.deviceId = text(row[0]);
        d.deviceName = text(row[1]);
        d.agency = text(row[2]);
        d.signPublicKey = text(row[3]);
        d.enrolledAt = protocol::formatTimestamp(integer(row[4]));
        d.revoked = !row[5].isNull();
        d.revokedAt = d.revoked ? protocol::formatTimestamp(integer(row[5])) : std::string();
        list.push_back(std::move(d));
    }
    return list;
}

bool SqlStore::revokeDevice(const std::string &deviceId, std::int64_t at, const AuditLogEntry &log)
{
    Transaction transaction(*this);
    if (select("SELECT 1 FROM devices WHERE id = ?", {textValue(deviceId)}).empty()) {
        return false;
    }
    execute("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", {qint64(at), textValue(deviceId)});
    insertAuditLog(log);
    transaction.commit();
    return true;
}

PutOutcome SqlStore::addTemplate(const TemplateRecord &record, std::int64_t addedAt, const AuditLogEntry &log)
{
    Transaction transaction(*this);
    lockWriters();
    const std::vector<Row> rows = select("SELECT sha256 FROM templates WHERE template_id = ? AND version = ?",
                                         {textValue(record.ref.id), qint64(record.ref.version)});
    if (!rows.empty()) {
        return text(rows[0][0]) == record.ref.sha256 ? PutOutcome::Identical : PutOutcome::Conflict;
    }
    execute("INSERT INTO templates (template_id, version, sha256, size, body, added_at) VALUES (?, ?, ?, ?, ?, ?)",
            {textValue(record.ref.id), qint64(record.ref.version), textValue(record.ref.sha256),
             qint64(record.ref.size), blobValue(record.body), qint64(addedAt)});
    insertAuditLog(log);
    transaction.commit();
    return PutOutcome::Created;
}

std::optional<std::string> SqlStore::templateBody(const std::string &id, std::int64_t version)
{
    const std::vector<Row> rows =
        select("SELECT body FROM templates WHERE template_id = ? AND version = ?", {textValue(id), qint64(version)});
    if (rows.empty()) {
        return std::nullopt;
    }
    return text(rows[0][0]);
}

std::vector<protocol::TemplateRef> SqlStore::templates()
{
    std::vector<protocol::TemplateRef> list;
    for (const Row &row : select("SELECT template_id, version, sha256, size FROM templates ORDER BY template_id, "
                                 "version")) {
        list.push_back({text(row[0]), integer(row[1]), text(row[2]), integer(row[3])});
    }
    return list;
}

void SqlStore::addAudit(const protocol::Audit &audit, const AuditLogEntry &log)
{
    Transaction transaction(*this);
    execute("INSERT INTO audits (id, title, theme, period, due_date, template_id, template_version, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {textValue(audit.auditId), textValue(audit.title), textValue(audit.theme), textValue(audit.period),
             textValue(audit.dueDate), textValue(audit.templateId), qint64(audit.templateVersion.value_or(1)),
             qint64(protocol::parseTimestamp(audit.createdAt))});
    for (const std::string &agency : audit.agencies) {
        execute("INSERT INTO audit_agencies (audit_id, agency) VALUES (?, ?)",
                {textValue(audit.auditId), textValue(agency)});
    }
    qint64 ordinal = 0;
    for (const protocol::CaseRef &c : audit.cases) {
        execute("INSERT INTO audit_cases (audit_id, ordinal, code, age_band, needs) VALUES (?, ?, ?, ?, ?)",
                {textValue(audit.auditId), ordinal++, textValue(c.code), textValue(c.ageBand), textValue(c.needs)});
    }
    insertAuditLog(log);
    transaction.commit();
}

std::vector<protocol::Audit> SqlStore::audits(const std::optional<std::string> &agency)
{
    const std::vector<Row> ids =
        agency ? select("SELECT a.id FROM audits a JOIN audit_agencies g ON g.audit_id = a.id WHERE g.agency = ? "
                        "ORDER BY a.created_at, a.id",
                        {textValue(*agency)})
               : select("SELECT id FROM audits ORDER BY created_at, id");
    std::vector<protocol::Audit> list;
    for (const Row &row : ids) {
        if (std::optional<protocol::Audit> a = audit(text(row[0]))) {
            list.push_back(std::move(*a));
        }
    }
    return list;
}

std::optional<protocol::Audit> SqlStore::audit(const std::string &auditId)
{
    const std::vector<Row> rows = select("SELECT title, theme, period, due_date, template_id, template_version, "
                                         "created_at FROM audits WHERE id = ?",
                                         {textValue(auditId)});
    if (rows.empty()) {
        return std::nullopt;
    }
    protocol::Audit a;
    a.auditId = auditId;
    a.title = text(rows[0][0]);
    a.theme = text(rows[0][1]);
    a.period = text(rows[0][2]);
    a.dueDate = text(rows[0][3]);
    a.templateId = text(rows[0][4]);
    a.templateVersion = integer(rows[0][5]);
    a.createdAt = protocol::formatTimestamp(integer(rows[0][6]));
    for (const Row &row :
         select("SELECT agency FROM audit_agencies WHERE audit_id = ? ORDER BY agency", {textValue(auditId)})) {
        a.agencies.push_back(text(row[0]));
    }
    for (const Row &row : select("SELECT code, age_band, needs FROM audit_cases WHERE audit_id = ? ORDER BY ordinal",
                                 {textValue(auditId)})) {
        a.cases.push_back({text(row[0]), text(row[1]), text(row[2])});
    }
    return a;
}

} // namespace maqa::server
