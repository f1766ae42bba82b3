// The completeness matrix: for each case code of an audit's sample and each agency asked, has the agency returned
// (which revision, what review state), is it drafting (how far), overdue, or not started; with totals both ways.
#pragma once

#include "core/office/Records.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::core::office {

/** Where one agency stands on one case. */
enum class CellState {
    Returned,   //!< at least one return arrived (its latest revision counts)
    Drafting,   //!< a device reports a draft, nothing returned yet, not yet due
    Overdue,    //!< the due date has passed and nothing was returned (a draft may exist)
    NotStarted, //!< nothing returned, no draft reported, not yet due
};

/** "returned", "drafting", "overdue", "not_started". */
std::string_view toString(CellState state);

/** One cell of the matrix. */
struct CompletenessCell
{
    CellState state = CellState::NotStarted;
    std::optional<ReturnRef> latest;   //!< the newest return's latest revision, when returned
    std::optional<ReviewState> review; //!< its review state, when the office set one
    int returns = 0;                   //!< distinct returns (uuids) from this agency for this case
    int answered = 0;                  //!< drafting: questions answered on the furthest-on draft
    int total = 0;                     //!< drafting: questions relevant on that draft
};

/** Counts along one row or column. */
struct CompletenessTotals
{
    int expected = 0; //!< cells in the row or column
    int returned = 0;
    int drafting = 0;
    int overdue = 0;
    int notStarted = 0;
    int approved = 0;  //!< returned cells whose review state is approved
    int hasIssues = 0; //!< returned cells sent back to the agency
};

/** The whole matrix: cells[case][agency] in the audit's order. */
struct Completeness
{
    std::vector<std::string> cases;    //!< row labels: case codes
    std::vector<std::string> agencies; //!< column labels: agency slugs
    std::vector<std::vector<CompletenessCell>> cells;
    std::vector<CompletenessTotals> perCase;   //!< by row
    std::vector<CompletenessTotals> perAgency; //!< by column
    CompletenessTotals overall;
    bool pastDue = false;                 //!< today is after the due date
    std::vector<ReturnRef> outsideSample; //!< returns for a case or agency the audit does not list
};

/**
 * Builds the matrix of @p audit from @p latest (latest revisions, see Selection.h), @p reviews and the devices'
 * @p drafts. @p today is "YYYY-MM-DD": a cell is overdue when today is after the due date.
 */
Completeness completeness(const AuditInfo &audit, std::span<const OpenedReturn *const> latest,
                          std::span<const Review> reviews, std::span<const DraftProgress> drafts,
                          std::string_view today);

} // namespace maqa::core::office
