// Migration 3: the sealed envelope and the frozen answers move into side tables, so the small rows the sync engine
// updates for every delivery no longer rewrite kilobytes; returns gain reviewed_at, which retention counts from.
#include "store/db/migrations/MigrationSql.h"

namespace maqa::store::migrations {

// Table rebuilds follow SQLite's recipe (https://sqlite.org/lang_altertable.html#otheralter): migrate() runs this
// with foreign keys off and checks them before committing.
const char *const kMigration3 = R"sql(
CREATE TABLE return_payloads(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL, frozen TEXT NOT NULL,
  PRIMARY KEY(uuid, revision),
  FOREIGN KEY(uuid, revision) REFERENCES returns(uuid, revision) ON DELETE CASCADE) WITHOUT ROWID;
INSERT INTO return_payloads(uuid, revision, frozen) SELECT uuid, revision, frozen FROM returns WHERE frozen IS NOT NULL;

CREATE TABLE returns_v3(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL,
  kind TEXT NOT NULL, template_id TEXT NOT NULL, template_version INTEGER NOT NULL,
  audit_id TEXT, case_code TEXT NOT NULL, agency TEXT,
  status TEXT NOT NULL CHECK(status IN ('draft', 'submitted', 'delivered')),
  review_state TEXT CHECK(review_state IS NULL OR review_state IN ('received', 'has_issues', 'approved')),
  review_comment TEXT, reviewed_at INTEGER,
  progress REAL NOT NULL DEFAULT 0,
  resume_path TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, submitted_at INTEGER, delivered_at INTEGER,
  PRIMARY KEY(uuid, revision));
INSERT INTO returns_v3(uuid, revision, kind, template_id, template_version, audit_id, case_code, agency, status,
  review_state, review_comment, progress, resume_path, created_at, updated_at, submitted_at, delivered_at)
  SELECT uuid, revision, kind, template_id, template_version, audit_id, case_code, agency, status,
  review_state, review_comment, progress, resume_path, created_at, updated_at, submitted_at, delivered_at FROM returns;
DROP TABLE returns;
ALTER TABLE returns_v3 RENAME TO returns;
CREATE INDEX returns_by_case ON returns(audit_id, case_code);
CREATE INDEX returns_by_status ON returns(status);

CREATE TABLE outbox_envelopes(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL, envelope BLOB NOT NULL,
  PRIMARY KEY(uuid, revision),
  FOREIGN KEY(uuid, revision) REFERENCES returns(uuid, revision) ON DELETE CASCADE) WITHOUT ROWID;
INSERT INTO outbox_envelopes(uuid, revision, envelope)
  SELECT uuid, revision, envelope FROM outbox WHERE envelope IS NOT NULL;

CREATE TABLE outbox_v3(
  uuid TEXT NOT NULL, revision INTEGER NOT NULL,
  state TEXT NOT NULL CHECK(state IN ('queued', 'sealed', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0,
  last_error TEXT, queued_at INTEGER NOT NULL, delivered_at INTEGER,
  PRIMARY KEY(uuid, revision),
  FOREIGN KEY(uuid, revision) REFERENCES returns(uuid, revision) ON DELETE CASCADE);
INSERT INTO outbox_v3(uuid, revision, state, attempts, next_attempt_at, last_error, queued_at, delivered_at)
  SELECT uuid, revision, state, attempts, next_attempt_at, last_error, queued_at, delivered_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v3 RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at);
)sql";

} // namespace maqa::store::migrations
