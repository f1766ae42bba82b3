// Returns, revisions and answers in SQLCipher (see ReturnRepository.h).
// Autosave writes one answer row and the return's updated_at in a single transaction with prepared statements.
#include "store/repos/ReturnRepository.h"

#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/repos/LogRepository.h"

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::store {

namespace {
constexpr const char *kColumns = "uuid, revision, kind, template_id, template_version, audit_id, case_code, agency, "
                                 "status, review_state, review_comment, progress, resume_path, created_at, "
                                 "updated_at, submitted_at, delivered_at, reviewed_at";

ReturnRecord readReturn(const Statement &s)
{
    ReturnRecord r;
    r.key = {s.text(0), static_cast<int>(s.integer(1))};
    r.kind = s.text(2);
    r.templateId = s.text(3);
    r.templateVersion = static_cast<int>(s.integer(4));
    r.auditId = s.optText(5);
    r.caseCode = s.text(6);
    r.agency = s.optText(7);
    r.status = returnStatusFrom(s.text(8));
    r.reviewState = s.optText(9);
    r.reviewComment = s.optText(10);
    r.progress = s.real(11);
    r.resumePath = s.optText(12);
    r.createdAt = s.integer(13);
    r.updatedAt = s.integer(14);
    r.submittedAt = s.optInteger(15);
    r.deliveredAt = s.optInteger(16);
    r.reviewedAt = s.optInteger(17);
    return r;
}

std::string subjectOf(const ReturnKey &key)
{
    return key.uuid + "/" + std::to_string(key.revision);
}
} // namespace

ReturnRepository::ReturnRepository(Database &db, StoreNotifier &notifier, core::Clock clock)
    : m_db(db)
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{}

ReturnRepository::~ReturnRepository() = default;

ReturnRecord ReturnRepository::create(const NewReturn &draft)
{
    const core::Millis now = m_clock();
    ReturnRecord r;
    r.key = {core::newUuid(), 1};
    r.kind = draft.kind;
    r.templateId = draft.templateId;
    r.templateVersion = draft.templateVersion;
    r.auditId = draft.auditId;
    r.caseCode = draft.caseCode;
    r.agency = draft.agency;
    r.createdAt = r.updatedAt = now;
    Transaction tx(m_db);
    m_db.prepare("INSERT INTO returns(uuid, revision, kind, template_id, template_version, audit_id, case_code, "
                 "agency, status, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,'draft',?,?)")
        .bind(1, r.key.uuid)
        .bind(2, r.key.revision)
        .bind(3, r.kind)
        .bind(4, r.templateId)
        .bind(5, r.templateVersion)
        .bind(6, r.auditId)
        .bind(7, r.caseCode)
        .bind(8, r.agency)
        .bind(9, now)
        .bind(10, now)
        .run();
    appendLog(m_db, now, "practitioner", "return.created", subjectOf(r.key), r.templateId);
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) { o.returnAdded(r.key); });
    return r;
}

std::optional<ReturnRecord> ReturnRepository::find(const ReturnKey &key)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns + " FROM returns WHERE uuid=? AND revision=?");
    s.bind(1, key.uuid).bind(2, key.revision);
    return s.step() ? std::optional<ReturnRecord>(readReturn(s)) : std::nullopt;
}

std::optional<ReturnRecord> ReturnRepository::latest(const std::string &uuid)
{
    Statement s =
        m_db.prepare(std::string("SELECT ") + kColumns + " FROM returns WHERE uuid=? ORDER BY revision DESC LIMIT 1");
    s.bind(1, uuid);
    return s.step() ? std::optional<ReturnRecord>(readReturn(s)) : std::nullopt;
}

std::vector<ReturnRecord> ReturnRepository::listLatest()
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns +
                               " FROM returns r WHERE revision = (SELECT max(revision) FROM returns WHERE uuid = "
                               "r.uuid) ORDER BY updated_at DESC");
    std::vector<ReturnRecord> out;
    while (s.step()) {
        out.push_back(readReturn(s));
    }
    return out;
}

long long ReturnRepository::count()
{
    return m_db.scalarInt("SELECT count(*) FROM returns");
}

void ReturnRepository::setAnswer(const ReturnKey &key, const std::string &path, const std::string &valueJson)
{
    if (!m_upsertAnswer) {
        m_upsertAnswer = std::make_unique<Statement>(
            m_db, "INSERT OR REPLACE INTO answers(uuid, revision, path, value, updated_at) SELECT ?1, ?2, ?3, ?4, ?5 "
                  "WHERE EXISTS(SELECT 1 FROM returns WHERE uuid=?1 AND revision=?2 AND status='draft')");
        m_touch = std::make_unique<Statement>(m_db, "UPDATE returns SET updated_at=? WHERE uuid=? AND revision=?");
    }
    const core::Millis now = m_clock();
    Transaction tx(m_db);
    m_upsertAnswer->bind(1, key.uuid).bind(2, key.revision).bind(3, path).bind(4, valueJson).bind(5, now).run();
    if (m_db.changes() != 1) {
        requireDraft(key); // throws with the precise reason
    }
    m_touch->bind(1, now).bind(2, key.uuid).bind(3, key.revision).run();
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) { o.answerChanged(key, path); });
}

void ReturnRepository::setAnswers(const ReturnKey &key, const std::vector<AnswerRow> &rows)
{
    const core::Millis now = m_clock();
    Transaction tx(m_db);
    requireDraft(key);
    Statement s =
        m_db.prepare("INSERT OR REPLACE INTO answers(uuid, revision, path, value, updated_at) VALUES(?,?,?,?,?)");
    for (const AnswerRow &row : rows) {
        s.bind(1, key.uuid).bind(2, key.revision).bind(3, row.path).bind(4, row.value).bind(5, now).run();
    }
    touch(key);
    tx.commit();
    for (const AnswerRow &row : rows) {
        m_notifier.notify([&](StoreObserver &o) { o.answerChanged(key, row.path); });
    }
}

void ReturnRepository::clearAnswer(const ReturnKey &key, const std::string &path)
{
    Transaction tx(m_db);
    requireDraft(key);
    m_db.prepare("DELETE FROM answers WHERE uuid=? AND revision=? AND path=?")
        .bind(1, key.uuid)
        .bind(2, key.revision)
        .bind(3, path)
        .run();
    touch(key);
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) { o.answerChanged(key, path); });
}

void ReturnRepository::clearAnswersUnder(const ReturnKey &key, const std::string &prefix)
{
    Transaction tx(m_db);
    requireDraft(key);
    // substr() rather than LIKE: '_' is a LIKE wildcard and appears in question names.
    m_db.prepare("DELETE FROM answers WHERE uuid=?1 AND revision=?2 AND (path=?3 OR substr(path, 1, length(?3) + 1) = "
                 "?3 || '/')")
        .bind(1, key.uuid)
        .bind(2, key.revision)
        .bind(3, prefix)
        .run();
    touch(key);
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) { o.answerChanged(key, prefix); });
}

std::vector<AnswerRow> ReturnRepository::answers(const ReturnKey &key)
{
    Statement s = m_db.prepare("SELECT path, value FROM answers WHERE uuid=? AND revision=? ORDER BY path");
    s.bind(1, key.uuid).bind(2, key.revision);
    std::vector<AnswerRow> out;
    while (s.step()) {
        out.push_back({s.text(0), s.text(1)});
    }
    return out;
}

void ReturnRepository::setProgress(const ReturnKey &key, double progress)
{
    m_db.prepare("UPDATE returns SET progress=? WHERE uuid=? AND revision=? AND progress<>?1")
        .bind(1, progress)
        .bind(2, key.uuid)
        .bind(3, key.revision)
        .run();
    if (m_db.changes() > 0) {
        m_notifier.notify([&](StoreObserver &o) { o.returnChanged(key); });
    }
}

void ReturnRepository::setResumePath(const ReturnKey &key, const std::string &path)
{
    m_db.prepare("UPDATE returns SET resume_path=? WHERE uuid=? AND revision=?")
        .bind(1, path)
        .bind(2, key.uuid)
        .bind(3, key.revision)
        .run();
}

void ReturnRepository::submit(const ReturnKey &key, const std::string &frozenAnswersJson)
{
    const core::Millis now = m_clock();
    Transaction tx(m_db);
    requireDraft(key);
    m_db.prepare("UPDATE returns SET status='submitted', submitted_at=?, updated_at=?, progress=1 "
                 "WHERE uuid=? AND revision=?")
        .bind(1, now)
        .bind(2, now)
        .bind(3, key.uuid)
        .bind(4, key.revision)
        .run();
    m_db.prepare("INSERT INTO return_payloads(uuid, revision, frozen) VALUES(?,?,?)")
        .bind(1, key.uuid)
        .bind(2, key.revision)
        .bind(3, frozenAnswersJson)
        .run();
    m_db.prepare("INSERT INTO outbox(uuid, revision, state, queued_at, next_attempt_at) VALUES(?,?,'queued',?,0)")
        .bind(1, key.uuid)
        .bind(2, key.revision)
        .bind(3, now)
        .run();
    appendLog(m_db, now, "practitioner", "return.submitted", subjectOf(key), "");
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) {
        o.returnChanged(key);
        o.outboxChanged();
    });
}

std::optional<std::string> ReturnRepository::frozenAnswers(const ReturnKey &key)
{
    Statement s = m_db.prepare("SELECT frozen FROM return_payloads WHERE uuid=? AND revision=?");
    s.bind(1, key.uuid).bind(2, key.revision);
    return s.step() ? s.optText(0) : std::nullopt;
}

ReturnRecord ReturnRepository::reopen(const std::string &uuid)
{
    const std::optional<ReturnRecord> current = latest(uuid);
    if (!current) {
        throw Error(ErrorKind::NotFound, "There is no return " + uuid + ".");
    }
    if (current->status == ReturnStatus::Draft || current->reviewState != std::optional<std::string>("has_issues")) {
        throw Error(ErrorKind::Refused, "Only a return the office has sent back for correction can be reopened.");
    }
    const core::Millis now = m_clock();
    ReturnRecord next = *current;
    next.key.revision = current->key.revision + 1;
    next.status = ReturnStatus::Draft;
    next.reviewState.reset();
    next.reviewComment.reset();
    next.createdAt = next.updatedAt = now;
    next.submittedAt.reset();
    next.deliveredAt.reset();
    Transaction tx(m_db);
    m_db.prepare(
            "INSERT INTO returns(uuid, revision, kind, template_id, template_version, audit_id, case_code, agency, "
            "status, progress, resume_path, created_at, updated_at) "
            "SELECT uuid, ?, kind, template_id, template_version, audit_id, case_code, agency, 'draft', progress, "
            "resume_path, ?, ? FROM returns WHERE uuid=? AND revision=?")
        .bind(1, next.key.revision)
        .bind(2, now)
        .bind(3, now)
        .bind(4, uuid)
        .bind(5, current->key.revision)
        .run();
    m_db.prepare("INSERT INTO answers(uuid, revision, path, value, updated_at) SELECT uuid, ?, path, value, ? "
                 "FROM answers WHERE uuid=? AND revision=?")
        .bind(1, next.key.revision)
        .bind(2, now)
        .bind(3, uuid)
        .bind(4, current->key.revision)
        .run();
    appendLog(m_db, now, "practitioner", "return.reopened", subjectOf(next.key), "");
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) { o.returnAdded(next.key); });
    return next;
}

void ReturnRepository::setReview(const ReturnKey &key, const std::string &state,
                                 const std::optional<std::string> &comment)
{
    if (state != "received" && state != "has_issues" && state != "approved") {
        throw Error(ErrorKind::Invalid, "Unknown review state '" + state + "'.");
    }
    m_db.prepare("UPDATE returns SET review_state=?1, review_comment=?2, reviewed_at=?3 WHERE uuid=?4 AND revision=?5 "
                 "AND status<>'draft' AND (review_state IS NOT ?1 OR review_comment IS NOT ?2)")
        .bind(1, state)
        .bind(2, comment)
        .bind(3, m_clock())
        .bind(4, key.uuid)
        .bind(5, key.revision)
        .run();
    if (m_db.changes() > 0) {
        m_notifier.notify([&](StoreObserver &o) { o.returnChanged(key); });
    }
}

int ReturnRepository::purgeApprovedBefore(core::Millis cutoff)
{
    // Every revision of a return goes once its latest revision is delivered, approved, and approved before cutoff.
    Statement due = m_db.prepare(
        "SELECT uuid, revision FROM returns r WHERE revision = (SELECT max(revision) FROM returns WHERE uuid = r.uuid) "
        "AND status='delivered' AND review_state='approved' AND reviewed_at < ?");
    due.bind(1, cutoff);
    std::vector<ReturnKey> purged;
    while (due.step()) {
        purged.push_back({due.text(0), static_cast<int>(due.integer(1))});
    }
    if (purged.empty()) {
        return 0;
    }
    const core::Millis now = m_clock();
    Transaction tx(m_db);
    Statement remove = m_db.prepare("DELETE FROM returns WHERE uuid=?");
    for (const ReturnKey &key : purged) {
        remove.bind(1, key.uuid).run();
        appendLog(m_db, now, "retention", "return.deleted", key.uuid, "approved by the office; retention period over");
    }
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) {
        for (const ReturnKey &key : purged) {
            o.returnRemoved(key);
        }
        o.outboxChanged();
    });
    return static_cast<int>(purged.size());
}

void ReturnRepository::discardDraft(const ReturnKey &key)
{
    Transaction tx(m_db);
    requireDraft(key);
    m_db.prepare("DELETE FROM returns WHERE uuid=? AND revision=?").bind(1, key.uuid).bind(2, key.revision).run();
    appendLog(m_db, m_clock(), "practitioner", "return.deleted", subjectOf(key), "draft discarded");
    tx.commit();
    m_notifier.notify([&](StoreObserver &o) { o.returnRemoved(key); });
}

void ReturnRepository::requireDraft(const ReturnKey &key)
{
    Statement s = m_db.prepare("SELECT status FROM returns WHERE uuid=? AND revision=?");
    s.bind(1, key.uuid).bind(2, key.revision);
    if (!s.step()) {
        throw Error(ErrorKind::NotFound, "There is no return " + subjectOf(key) + ".");
    }
    if (s.text(0) != "draft") {
        throw Error(ErrorKind::Refused, "This return has been submitted and can no longer be changed.");
    }
}

void ReturnRepository::touch(const ReturnKey &key)
{
    m_db.prepare("UPDATE returns SET updated_at=? WHERE uuid=? AND revision=?")
        .bind(1, m_clock())
        .bind(2, key.uuid)
        .bind(3, key.revision)
        .run();
}

} // namespace maqa::store
