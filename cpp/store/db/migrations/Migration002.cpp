// Migration 2: the office's tables — opened returns, quarantine, reviews to send, panel grades, audits and
// progress, briefings and the action plan with its append-only RAG history, key pairs and device keys. Never edit.
#include "store/db/migrations/MigrationSql.h"

namespace maqa::store::migrations {

const char *const kMigration2 = R"sql(
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
)sql";

} // namespace maqa::store::migrations
