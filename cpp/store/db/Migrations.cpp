// Numbered schema migrations (see Migrations.h). SQL for SQLite 3.15: no UPSERT, no window functions, no JSON1.
// Times are milliseconds since the epoch (UTC); JSON documents are stored as text.
#include "store/db/Migrations.h"

#include "store/db/Database.h"

#include <string>
#include <vector>

namespace maqa::store {

namespace {
struct Migration
{
    int version;
    const char *sql;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, R"sql(
CREATE TABLE settings(
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL);

CREATE TABLE templates(
  id TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
  body TEXT NOT NULL, sha256 TEXT NOT NULL, added_at INTEGER NOT NULL,
  PRIMARY KEY(id, version));

CREATE TABLE assignments(
  audit_id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, theme TEXT, period TEXT, due_date TEXT,
  agency TEXT NOT NULL, template_id TEXT NOT NULL, template_version INTEGER NOT NULL,
  body TEXT NOT NULL, updated_at INTEGER NOT NULL);

CREATE TABLE assignment_cases(
  audit_id TEXT NOT NULL REFERENCES assignments(audit_id) ON DELETE CASCADE,
  case_code TEXT NOT NULL, age_band TEXT, needs TEXT, position INTEGER NOT NULL,
  PRIMARY KEY(audit_id, case_code));

CREATE TABLE returns(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL,
  kind TEXT NOT NULL, template_id TEXT NOT NULL, template_version INTEGER NOT NULL,
  audit_id TEXT, case_code TEXT NOT NULL, agency TEXT,
  status TEXT NOT NULL CHECK(status IN ('draft', 'submitted', 'delivered')),
  review_state TEXT CHECK(review_state IS NULL OR review_state IN ('received', 'has_issues', 'approved')),
  review_comment TEXT,
  progress REAL NOT NULL DEFAULT 0,
  resume_path TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, submitted_at INTEGER, delivered_at INTEGER,
  frozen TEXT,
  PRIMARY KEY(uuid, revision));
CREATE INDEX returns_by_case ON returns(audit_id, case_code);
CREATE INDEX returns_by_status ON returns(status);

CREATE TABLE answers(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL, path TEXT NOT NULL,
  value TEXT NOT NULL, updated_at INTEGER NOT NULL,
  PRIMARY KEY(uuid, revision, path),
  FOREIGN KEY(uuid, revision) REFERENCES returns(uuid, revision) ON DELETE CASCADE) WITHOUT ROWID;

CREATE TABLE outbox(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL,
  state TEXT NOT NULL CHECK(state IN ('queued', 'sealed', 'delivered', 'failed')),
  envelope BLOB, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0,
  last_error TEXT, queued_at INTEGER NOT NULL, delivered_at INTEGER,
  PRIMARY KEY(uuid, revision),
  FOREIGN KEY(uuid, revision) REFERENCES returns(uuid, revision) ON DELETE CASCADE);
CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at);

CREATE TABLE log(
  id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  subject TEXT, detail TEXT);
CREATE TRIGGER log_is_append_only_update BEFORE UPDATE ON log
  BEGIN SELECT RAISE(ABORT, 'the local log is append-only'); END;
CREATE TRIGGER log_is_append_only_delete BEFORE DELETE ON log
  BEGIN SELECT RAISE(ABORT, 'the local log is append-only'); END;
)sql"},
        // 2: the office's tables (docs/architecture.md, The store). Office records live in the same encrypted
        // database as everything else; an agency device simply leaves them empty.
        {2, R"sql(
CREATE TABLE office_keys(
  key_id TEXT PRIMARY KEY NOT NULL, public_key BLOB NOT NULL, secret_key BLOB NOT NULL,
  created_at INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 0, registered_at INTEGER);

CREATE TABLE office_devices(
  device_id TEXT PRIMARY KEY NOT NULL, device_name TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL,
  sign_public_key BLOB NOT NULL, enrolled_at TEXT NOT NULL DEFAULT '', revoked INTEGER NOT NULL DEFAULT 0,
  revoked_at TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL);

CREATE TABLE office_audits(
  audit_id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, theme TEXT NOT NULL DEFAULT '',
  period TEXT NOT NULL DEFAULT '', due_date TEXT NOT NULL DEFAULT '', template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL, created_at TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL);
CREATE TABLE office_audit_cases(
  audit_id TEXT NOT NULL REFERENCES office_audits(audit_id) ON DELETE CASCADE,
  case_code TEXT NOT NULL, age_band TEXT NOT NULL DEFAULT '', needs TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL,
  PRIMARY KEY(audit_id, case_code));
CREATE TABLE office_audit_agencies(
  audit_id TEXT NOT NULL REFERENCES office_audits(audit_id) ON DELETE CASCADE,
  agency TEXT NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY(audit_id, agency));

CREATE TABLE office_progress(
  device_id TEXT NOT NULL, return_uuid TEXT NOT NULL, audit_id TEXT NOT NULL DEFAULT '', case_code TEXT NOT NULL,
  agency TEXT NOT NULL, device_name TEXT NOT NULL DEFAULT '', answered INTEGER NOT NULL, total INTEGER NOT NULL,
  updated_at TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(device_id, return_uuid));
CREATE INDEX office_progress_by_audit ON office_progress(audit_id);

CREATE TABLE office_returns(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL, audit_id TEXT NOT NULL DEFAULT '', case_code TEXT NOT NULL,
  agency TEXT NOT NULL, template_id TEXT NOT NULL, template_version INTEGER NOT NULL, kind TEXT NOT NULL,
  device_id TEXT NOT NULL, key_id TEXT NOT NULL, created_at TEXT NOT NULL, submitted_at TEXT NOT NULL,
  answers TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', opened_at INTEGER NOT NULL, opened_by TEXT NOT NULL,
  PRIMARY KEY(uuid, revision));
CREATE INDEX office_returns_by_audit ON office_returns(audit_id, case_code, agency);

CREATE TABLE office_quarantine(
  id INTEGER PRIMARY KEY AUTOINCREMENT, envelope_sha256 TEXT NOT NULL UNIQUE,
  uuid TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 0, audit_id TEXT NOT NULL DEFAULT '',
  case_code TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', device_id TEXT NOT NULL DEFAULT '',
  template_id TEXT NOT NULL DEFAULT '', template_version INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL CHECK(reason IN ('unknown_device', 'envelope_does_not_open', 'signature_invalid',
    'content_invalid', 'metadata_mismatch', 'template_unknown', 'answers_invalid')),
  message TEXT NOT NULL, envelope TEXT NOT NULL, quarantined_at INTEGER NOT NULL);

CREATE TABLE office_reviews(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL,
  state TEXT NOT NULL CHECK(state IN ('received', 'has_issues', 'approved')),
  comment TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
  to_send INTEGER NOT NULL DEFAULT 1, change_seq INTEGER NOT NULL DEFAULT 1, sent_at INTEGER,
  PRIMARY KEY(uuid, revision));
CREATE INDEX office_reviews_to_send ON office_reviews(to_send);

CREATE TABLE office_panel_grades(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL, question TEXT NOT NULL, grade TEXT NOT NULL,
  agreed_at INTEGER NOT NULL, agreed_by TEXT NOT NULL,
  PRIMARY KEY(uuid, revision, question));

CREATE TABLE office_briefings(
  audit_id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL);

CREATE TABLE office_actions(
  id TEXT PRIMARY KEY NOT NULL, audit_id TEXT NOT NULL, position INTEGER NOT NULL, action TEXT NOT NULL,
  finding TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', lead TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL DEFAULT '', rag TEXT NOT NULL CHECK(rag IN ('red', 'amber', 'green', 'complete')),
  evidence TEXT NOT NULL DEFAULT '', reaudit_date TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX office_actions_by_audit ON office_actions(audit_id, position);

CREATE TABLE office_action_rag(
  id INTEGER PRIMARY KEY AUTOINCREMENT, action_id TEXT NOT NULL, rag TEXT NOT NULL, at INTEGER NOT NULL,
  changed_by TEXT NOT NULL, note TEXT NOT NULL DEFAULT '');
CREATE INDEX office_action_rag_by_action ON office_action_rag(action_id, id);
CREATE TRIGGER office_action_rag_is_append_only_update BEFORE UPDATE ON office_action_rag
  BEGIN SELECT RAISE(ABORT, 'the RAG history is append-only'); END;
CREATE TRIGGER office_action_rag_is_append_only_delete BEFORE DELETE ON office_action_rag
  BEGIN SELECT RAISE(ABORT, 'the RAG history is append-only'); END;
)sql"},
    };
    return all;
}
} // namespace

int latestSchemaVersion()
{
    return migrations().back().version;
}

int migrate(Database &db)
{
    int current = static_cast<int>(db.scalarInt("PRAGMA user_version"));
    for (const Migration &m : migrations()) {
        if (m.version <= current) {
            continue;
        }
        Transaction tx(db);
        db.exec(m.sql);
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
        current = m.version;
    }
    return current;
}

} // namespace maqa::store
