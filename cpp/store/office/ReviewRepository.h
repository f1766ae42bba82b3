// The office's review of each revision (received / has issues with a comment / approved), flagged "to send" until
// the push to the server confirms it, and the moderation panel's agreed grades beside the agencies' own.
#pragma once

#include "core/office/Records.h"
#include "core/util/Clock.h"
#include "store/office/OfficeObserver.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maqa::store {
class Store;
}

namespace maqa::store::office {

/** A stored review with its bookkeeping. */
struct ReviewRecord
{
    core::office::Review review;
    core::Millis updatedAt = 0;
    std::string updatedBy;
    bool toSend = true;      //!< not yet confirmed by the server
    std::int64_t change = 1; //!< increases with every change; markSent() names the change it sent
};

/** Reads and writes reviews and panel grades. Owned by the OfficeStore. */
class ReviewRepository
{
public:
    ReviewRepository(Store &store, OfficeNotifier &notifier);

    /**
     * Sets the review of a revision the office holds and flags it to send. Throws Error(Invalid) when has_issues
     * comes without a comment, Error(NotFound) when the revision is not held. Logged "review.set".
     */
    void setReview(const core::office::Review &review, const std::string &actor);
    /** The review of @p ref, if any. */
    std::optional<ReviewRecord> review(const core::office::ReturnRef &ref);
    /** The reviews of every revision of audit @p auditId. */
    std::vector<core::office::Review> reviewsForAudit(const std::string &auditId);
    /** Reviews still to send, oldest change first: what the push to the server sends. */
    std::vector<ReviewRecord> toSend();
    /** Clears the flag if the review is still at @p change (a newer change stays flagged). */
    void markSent(const core::office::ReturnRef &ref, std::int64_t change);

    /**
     * Records the panel's agreed grade for one graded part (@p grade.question) of a held revision; an empty grade
     * clears it. The caller checks the grade against the template's scale. Logged "panel_grade.set".
     */
    void setPanelGrade(const core::office::PanelGrade &grade, const std::string &actor);
    /** The panel's grades for every revision of audit @p auditId. */
    std::vector<core::office::PanelGrade> panelGradesForAudit(const std::string &auditId);

private:
    void requireHeld(const core::office::ReturnRef &ref);
    Store &m_store;
    OfficeNotifier &m_notifier;
};

} // namespace maqa::store::office
