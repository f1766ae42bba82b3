// Reviews and panel grades in SQLCipher (see ReviewRepository.h). A review change bumps change_seq, so a push
// that sent change n and confirms it later cannot clear change n+1 made meanwhile.
#include "store/office/ReviewRepository.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/repos/LogRepository.h"

using maqa::core::Error;
using maqa::core::ErrorKind;
using maqa::core::office::ReturnRef;

namespace maqa::store::office {

namespace {

ReviewRecord readReview(const Statement &s)
{
    ReviewRecord r;
    r.review.ref = {s.text(0), static_cast<int>(s.integer(1))};
    const auto state = core::office::reviewStateFrom(s.text(2));
    if (!state) {
        throw Error(ErrorKind::Corrupt, "A stored review has an unknown state; the store is damaged.");
    }
    r.review.state = *state;
    r.review.comment = s.text(3);
    r.updatedAt = s.integer(4);
    r.updatedBy = s.text(5);
    r.toSend = s.integer(6) != 0;
    r.change = s.integer(7);
    return r;
}

constexpr const char *kReviewColumns = "uuid, revision, state, comment, updated_at, updated_by, to_send, change_seq";

} // namespace

ReviewRepository::ReviewRepository(Store &store, OfficeNotifier &notifier)
    : m_store(store)
    , m_notifier(notifier)
{}

void ReviewRepository::requireHeld(const ReturnRef &ref)
{
    Statement s = m_store.database().prepare("SELECT 1 FROM office_returns WHERE uuid=? AND revision=?");
    s.bind(1, ref.uuid).bind(2, ref.revision);
    if (!s.step()) {
        throw Error(ErrorKind::NotFound, "Return " + ref.text() + " has not been opened at this office.");
    }
}

void ReviewRepository::setReview(const core::office::Review &review, const std::string &actor)
{
    if (review.state == core::office::ReviewState::HasIssues &&
        review.comment.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Error(ErrorKind::Invalid, "A return sent back needs a comment telling the practitioner what to correct.");
    }
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    Transaction tx(db);
    requireHeld(review.ref);
    Statement change = db.prepare("SELECT change_seq FROM office_reviews WHERE uuid=? AND revision=?");
    change.bind(1, review.ref.uuid).bind(2, review.ref.revision);
    const std::int64_t next = change.step() ? change.integer(0) + 1 : 1;
    change.reset();
    db.prepare("INSERT OR REPLACE INTO office_reviews(uuid, revision, state, comment, updated_at, updated_by, to_send, "
               "change_seq, sent_at) VALUES(?,?,?,?,?,?,1,?,NULL)")
        .bind(1, review.ref.uuid)
        .bind(2, review.ref.revision)
        .bind(3, toString(review.state))
        .bind(4, review.comment)
        .bind(5, now)
        .bind(6, actor)
        .bind(7, next)
        .run();
    appendLog(db, now, actor, "review.set", review.ref.text(), std::string(toString(review.state)));
    tx.commit();
    m_notifier.notify([&](OfficeObserver &o) { o.reviewChanged(review.ref); });
}

std::optional<ReviewRecord> ReviewRepository::review(const ReturnRef &ref)
{
    Statement s = m_store.database().prepare(std::string("SELECT ") + kReviewColumns +
                                             " FROM office_reviews WHERE uuid=? AND revision=?");
    s.bind(1, ref.uuid).bind(2, ref.revision);
    return s.step() ? std::optional<ReviewRecord>(readReview(s)) : std::nullopt;
}

std::vector<core::office::Review> ReviewRepository::reviewsForAudit(const std::string &auditId)
{
    Statement s = m_store.database().prepare(
        "SELECT v.uuid, v.revision, v.state, v.comment, v.updated_at, v.updated_by, v.to_send, v.change_seq "
        "FROM office_reviews v JOIN office_returns r ON r.uuid=v.uuid AND r.revision=v.revision "
        "WHERE r.audit_id=? ORDER BY v.uuid, v.revision");
    s.bind(1, auditId);
    std::vector<core::office::Review> out;
    while (s.step()) {
        out.push_back(readReview(s).review);
    }
    return out;
}

std::vector<ReviewRecord> ReviewRepository::toSend()
{
    Statement s = m_store.database().prepare(std::string("SELECT ") + kReviewColumns +
                                             " FROM office_reviews WHERE to_send=1 ORDER BY updated_at, uuid");
    std::vector<ReviewRecord> out;
    while (s.step()) {
        out.push_back(readReview(s));
    }
    return out;
}

void ReviewRepository::markSent(const ReturnRef &ref, std::int64_t change)
{
    Database &db = m_store.database();
    db.prepare("UPDATE office_reviews SET to_send=0, sent_at=? WHERE uuid=? AND revision=? AND change_seq=?")
        .bind(1, m_store.now())
        .bind(2, ref.uuid)
        .bind(3, ref.revision)
        .bind(4, change)
        .run();
    if (db.changes() == 1) {
        m_notifier.notify([&](OfficeObserver &o) { o.reviewChanged(ref); });
    }
}

void ReviewRepository::setPanelGrade(const core::office::PanelGrade &grade, const std::string &actor)
{
    if (grade.question.empty()) {
        throw Error(ErrorKind::Invalid, "A panel grade must say which part of the audit it grades.");
    }
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    Transaction tx(db);
    requireHeld(grade.ref);
    if (grade.grade.empty()) {
        db.prepare("DELETE FROM office_panel_grades WHERE uuid=? AND revision=? AND question=?")
            .bind(1, grade.ref.uuid)
            .bind(2, grade.ref.revision)
            .bind(3, grade.question)
            .run();
    } else {
        db.prepare("INSERT OR REPLACE INTO office_panel_grades(uuid, revision, question, grade, agreed_at, agreed_by) "
                   "VALUES(?,?,?,?,?,?)")
            .bind(1, grade.ref.uuid)
            .bind(2, grade.ref.revision)
            .bind(3, grade.question)
            .bind(4, grade.grade)
            .bind(5, now)
            .bind(6, actor)
            .run();
    }
    appendLog(db, now, actor, "panel_grade.set", grade.ref.text(), grade.question);
    tx.commit();
    m_notifier.notify([&](OfficeObserver &o) { o.panelGradeChanged(grade.ref, grade.question); });
}

std::vector<core::office::PanelGrade> ReviewRepository::panelGradesForAudit(const std::string &auditId)
{
    Statement s = m_store.database().prepare(
        "SELECT g.uuid, g.revision, g.question, g.grade FROM office_panel_grades g JOIN office_returns r "
        "ON r.uuid=g.uuid AND r.revision=g.revision WHERE r.audit_id=? ORDER BY g.uuid, g.revision, g.question");
    s.bind(1, auditId);
    std::vector<core::office::PanelGrade> out;
    while (s.step()) {
        out.push_back({{s.text(0), static_cast<int>(s.integer(1))}, s.text(2), s.text(3)});
    }
    return out;
}

} // namespace maqa::store::office
