// Building the completeness matrix (see Completeness.h). Cells are indexed through maps of case and agency to
// positions, so returns and drafts are placed in one pass each.
#include "core/office/Completeness.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace maqa::core::office {

namespace {

void count(CompletenessTotals &t, const CompletenessCell &cell)
{
    ++t.expected;
    switch (cell.state) {
    case CellState::Returned:
        ++t.returned;
        t.approved += cell.review == ReviewState::Approved;
        t.hasIssues += cell.review == ReviewState::HasIssues;
        break;
    case CellState::Drafting:
        ++t.drafting;
        break;
    case CellState::Overdue:
        ++t.overdue;
        break;
    case CellState::NotStarted:
        ++t.notStarted;
        break;
    }
}

} // namespace

std::string_view toString(CellState state)
{
    switch (state) {
    case CellState::Returned:
        return "returned";
    case CellState::Drafting:
        return "drafting";
    case CellState::Overdue:
        return "overdue";
    case CellState::NotStarted:
        return "not_started";
    }
    return "not_started";
}

Completeness completeness(const AuditInfo &audit, std::span<const OpenedReturn *const> latest,
                          std::span<const Review> reviews, std::span<const DraftProgress> drafts,
                          std::string_view today)
{
    Completeness m;
    std::unordered_map<std::string, std::size_t> row, column;
    for (const CaseInfo &c : audit.cases) {
        if (row.emplace(c.code, m.cases.size()).second) {
            m.cases.push_back(c.code);
        }
    }
    for (const std::string &agency : audit.agencies) {
        if (column.emplace(agency, m.agencies.size()).second) {
            m.agencies.push_back(agency);
        }
    }
    m.cells.assign(m.cases.size(), std::vector<CompletenessCell>(m.agencies.size()));
    // ISO dates compare as text; an audit without a due date is never overdue.
    m.pastDue = !audit.dueDate.empty() && std::string_view(audit.dueDate) < today;

    std::map<ReturnRef, ReviewState> reviewOf;
    for (const Review &r : reviews) {
        reviewOf[r.ref] = r.state;
    }
    std::map<std::pair<std::size_t, std::size_t>, std::string> newestSubmitted;
    for (const OpenedReturn *r : latest) {
        const auto rowIt = row.find(r->meta.caseCode);
        const auto columnIt = column.find(r->meta.agency);
        if (rowIt == row.end() || columnIt == column.end() ||
            (!audit.auditId.empty() && r->meta.auditId != audit.auditId)) {
            m.outsideSample.push_back(r->meta.ref);
            continue;
        }
        CompletenessCell &cell = m.cells[rowIt->second][columnIt->second];
        cell.state = CellState::Returned;
        ++cell.returns;
        std::string &newest = newestSubmitted[{rowIt->second, columnIt->second}];
        if (!cell.latest || newest <= r->meta.submittedAt) {
            newest = r->meta.submittedAt;
            cell.latest = r->meta.ref;
            const auto review = reviewOf.find(r->meta.ref);
            cell.review = review == reviewOf.end() ? std::nullopt : std::optional<ReviewState>(review->second);
        }
    }
    for (const DraftProgress &d : drafts) {
        const auto rowIt = row.find(d.caseCode);
        const auto columnIt = column.find(d.agency);
        if ((!audit.auditId.empty() && d.auditId != audit.auditId) || rowIt == row.end() || columnIt == column.end()) {
            continue;
        }
        CompletenessCell &cell = m.cells[rowIt->second][columnIt->second];
        const bool furtherOn =
            cell.total == 0 || d.answered * std::max(cell.total, 1) > cell.answered * std::max(d.total, 1);
        if (furtherOn) {
            cell.answered = d.answered;
            cell.total = d.total;
        }
        if (cell.state == CellState::NotStarted) {
            cell.state = CellState::Drafting;
        }
    }
    m.perCase.assign(m.cases.size(), {});
    m.perAgency.assign(m.agencies.size(), {});
    for (std::size_t i = 0; i < m.cases.size(); ++i) {
        for (std::size_t j = 0; j < m.agencies.size(); ++j) {
            CompletenessCell &cell = m.cells[i][j];
            if (m.pastDue && cell.state != CellState::Returned) {
                cell.state = CellState::Overdue;
            }
            count(m.perCase[i], cell);
            count(m.perAgency[j], cell);
            count(m.overall, cell);
        }
    }
    return m;
}

} // namespace maqa::core::office
