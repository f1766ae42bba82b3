// Schema for both backends, written once with three type placeholders (${ID}, ${INT}, ${BLOB}) and expanded per
// backend; only the triggers that make the audit log append-only differ in substance.
#include "server/store/Migrations.h"

namespace maqa::server {

namespace {

struct Dialect
{
    const char *id;   // auto-increasing primary key
    const char *num;  // 64-bit integer
    const char *blob; // exact bytes
};

constexpr Dialect kSqlite{"INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER", "BLOB"};
constexpr Dialect kPostgres{"BIGSERIAL PRIMARY KEY", "BIGINT", "BYTEA"};

std::string expand(std::string sql, const Dialect &dialect)
{
    const std::pair<const char *, const char *> replacements[] = {
        {"${ID}", dialect.id}, {"${INT}", dialect.num}, {"${BLOB}", dialect.blob}};
    for (const auto &[from, to] : replacements) {
        for (std::size_t at = sql.find(from); at != std::string::npos; at = sql.find(from, at)) {
            sql.replace(at, std::string(from).size(), to);
        }
    }
    return sql;
}

// Migration 1: the whole first schema. Times are unix seconds (auth failures: milliseconds).
const char *const kSchema1[] = {
    "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE office_tokens (token_hash TEXT PRIMARY KEY, label TEXT NOT NULL, created_at ${INT} NOT NULL, "
    "revoked_at ${INT})",
    "CREATE TABLE office_keys (seq ${ID}, key_id TEXT NOT NULL, public_key TEXT NOT NULL, created_at ${INT} NOT NULL)",
    "CREATE INDEX office_keys_key_id ON office_keys (key_id)",
    "CREATE TABLE enrol_codes (id TEXT PRIMARY KEY, code_hash TEXT NOT NULL UNIQUE, agency TEXT NOT NULL, "
    "created_at ${INT} NOT NULL, expires_at ${INT} NOT NULL, used_at ${INT}, device_id TEXT)",
    "CREATE TABLE devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, agency TEXT NOT NULL, sign_public_key TEXT NOT "
    "NULL, token_hash TEXT NOT NULL UNIQUE, enrolled_at ${INT} NOT NULL, revoked_at ${INT})",
    "CREATE TABLE templates (template_id TEXT NOT NULL, version ${INT} NOT NULL, sha256 TEXT NOT NULL, size ${INT} "
    "NOT NULL, body ${BLOB} NOT NULL, added_at ${INT} NOT NULL, PRIMARY KEY (template_id, version))",
    "CREATE TABLE audits (id TEXT PRIMARY KEY, title TEXT NOT NULL, theme TEXT NOT NULL, period TEXT NOT NULL, "
    "due_date TEXT NOT NULL, template_id TEXT NOT NULL, template_version ${INT} NOT NULL, created_at ${INT} NOT "
    "NULL)",
    "CREATE TABLE audit_agencies (audit_id TEXT NOT NULL REFERENCES audits (id), agency TEXT NOT NULL, "
    "PRIMARY KEY (audit_id, agency))",
    "CREATE INDEX audit_agencies_agency ON audit_agencies (agency)",
    "CREATE TABLE audit_cases (audit_id TEXT NOT NULL REFERENCES audits (id), ordinal ${INT} NOT NULL, code TEXT NOT "
    "NULL, age_band TEXT NOT NULL, needs TEXT NOT NULL, PRIMARY KEY (audit_id, code))",
    "CREATE TABLE returns (seq ${ID}, uuid TEXT NOT NULL, revision ${INT} NOT NULL, audit_id TEXT NOT NULL, "
    "case_code TEXT NOT NULL, agency TEXT NOT NULL, template_id TEXT NOT NULL, template_version ${INT} NOT NULL, "
    "kind TEXT NOT NULL, device_id TEXT NOT NULL, key_id TEXT NOT NULL, created_at TEXT NOT NULL, submitted_at TEXT "
    "NOT NULL, plain_size ${INT} NOT NULL, envelope_size ${INT} NOT NULL, envelope_sha256 TEXT NOT NULL, envelope "
    "${BLOB} NOT NULL, received_at ${INT} NOT NULL, UNIQUE (uuid, revision))",
    "CREATE TABLE reviews (change_id ${ID}, uuid TEXT NOT NULL, revision ${INT} NOT NULL, agency TEXT NOT NULL, "
    "state TEXT NOT NULL, comment TEXT NOT NULL, updated_at ${INT} NOT NULL, actor TEXT NOT NULL)",
    "CREATE INDEX reviews_agency_change ON reviews (agency, change_id)",
    "CREATE INDEX reviews_return ON reviews (uuid, revision)",
    "CREATE TABLE progress (device_id TEXT NOT NULL, return_uuid TEXT NOT NULL, audit_id TEXT NOT NULL, case_code "
    "TEXT NOT NULL, answered ${INT} NOT NULL, total ${INT} NOT NULL, updated_at TEXT NOT NULL, reported_at ${INT} NOT "
    "NULL, PRIMARY KEY (device_id, return_uuid))",
    "CREATE TABLE auth_failures (id ${ID}, address TEXT NOT NULL, at_ms ${INT} NOT NULL)",
    "CREATE INDEX auth_failures_address ON auth_failures (address, at_ms)",
    "CREATE INDEX auth_failures_at ON auth_failures (at_ms)",
    "CREATE TABLE audit_log (id ${ID}, logged_at ${INT} NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
    "subject TEXT NOT NULL, remote_address TEXT NOT NULL)",
};

// The audit log is append-only for the server itself: any UPDATE or DELETE (and TRUNCATE) aborts.
const char *const kSqliteAppendOnly[] = {
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};

const char *const kPostgresAppendOnly[] = {
    "CREATE FUNCTION maqa_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
    "EXECUTE FUNCTION maqa_audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
    "EXECUTE FUNCTION maqa_audit_log_append_only()",
};

template<std::size_t N>
void append(std::vector<std::string> &out, const char *const (&statements)[N], const Dialect &dialect)
{
    for (const char *statement : statements) {
        out.push_back(expand(statement, dialect));
    }
}

std::vector<Migration> build(const Dialect &dialect, bool postgres)
{
    Migration first{1, "initial schema", {}};
    append(first.statements, kSchema1, dialect);
    if (postgres) {
        append(first.statements, kPostgresAppendOnly, dialect);
    } else {
        append(first.statements, kSqliteAppendOnly, dialect);
    }
    return {first};
}

} // namespace

const std::vector<Migration> &sqliteMigrations()
{
    static const std::vector<Migration> migrations = build(kSqlite, false);
    return migrations;
}

const std::vector<Migration> &postgresMigrations()
{
    static const std::vector<Migration> migrations = build(kPostgres, true);
    return migrations;
}

} // namespace maqa::server
