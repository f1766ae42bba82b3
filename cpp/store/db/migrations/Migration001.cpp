// Migration 1: the device's tables — settings, templates, assignments, returns and answers, outbox, local log.
// Shipped; never edit. SQL for SQLite 3.15 (no UPSERT, window functions or JSON1); times in ms since the epoch.
#include "store/db/migrations/MigrationSql.h"

namespace maqa::store::migrations {

const char *const kMigration1 = R"sql(
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
)sql";

} // namespace maqa::store::migrations
