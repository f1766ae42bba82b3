// Drafts and returns with their revisions and answers: the one write path for everything a practitioner records.
// Each write is one committed transaction (autosave), then the store's observers hear about it.
#pragma once

#include "store/repos/Records.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace maqa::store {

class Database;
class Statement;

/** Reads and writes returns and their answers. Owned by the Store. */
class ReturnRepository
{
public:
    ReturnRepository(Database &db, StoreNotifier &notifier, core::Clock clock);
    ~ReturnRepository();

    /** Creates a new draft (revision 1) with a fresh UUID. */
    ReturnRecord create(const NewReturn &draft);
    /** One revision, if it exists. */
    std::optional<ReturnRecord> find(const ReturnKey &key);
    /** The highest revision of @p uuid, if any. */
    std::optional<ReturnRecord> latest(const std::string &uuid);
    /** The latest revision of every return, most recently changed first. */
    std::vector<ReturnRecord> listLatest();
    /** Number of returns (all revisions). */
    long long count();

    /** Autosave: writes one answer of a draft. Throws Error(Refused) if the revision is not a draft. */
    void setAnswer(const ReturnKey &key, const std::string &path, const std::string &valueJson);
    /** Writes many answers of a draft in one transaction (sample filling, imports). */
    void setAnswers(const ReturnKey &key, const std::vector<AnswerRow> &rows);
    /** Clears one answer of a draft. */
    void clearAnswer(const ReturnKey &key, const std::string &path);
    /** Clears @p prefix and every path below it (`group/<id>` removes one repeat entry). */
    void clearAnswersUnder(const ReturnKey &key, const std::string &prefix);
    /** Every answer of a revision. */
    std::vector<AnswerRow> answers(const ReturnKey &key);
    /** Caches the draft's progress (0..1) for lists. */
    void setProgress(const ReturnKey &key, double progress);
    /** Remembers where the practitioner was in the draft. */
    void setResumePath(const ReturnKey &key, const std::string &path);

    /** Freezes a draft with its answers as JSON and queues it in the outbox, atomically. */
    void submit(const ReturnKey &key, const std::string &frozenAnswersJson);
    /** The frozen answers of a submitted revision. */
    std::optional<std::string> frozenAnswers(const ReturnKey &key);
    /**
     * Starts revision n+1 of a return the office sent back (review state has_issues), copying its answers.
     * Throws Error(Refused) when the latest revision was not sent back.
     */
    ReturnRecord reopen(const std::string &uuid);
    /** Records the office's review state and comment for a revision. */
    void setReview(const ReturnKey &key, const std::string &state, const std::optional<std::string> &comment);
    /**
     * Retention: deletes every revision of each return whose latest revision was delivered and approved by the office
     * before @p cutoff (the policy's retention_days ago). Each deletion is logged. Returns how many were deleted.
     */
    int purgeApprovedBefore(core::Millis cutoff);
    /** Deletes a draft (never a submitted return); the deletion is logged. */
    void discardDraft(const ReturnKey &key);

private:
    void requireDraft(const ReturnKey &key);
    void touch(const ReturnKey &key);
    Database &m_db;
    StoreNotifier &m_notifier;
    core::Clock m_clock;
    std::unique_ptr<Statement> m_upsertAnswer; //!< kept prepared: autosave is the hot path
    std::unique_ptr<Statement> m_touch;
};

} // namespace maqa::store
