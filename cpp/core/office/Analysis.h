// Everything the office works out for one audit in one call: the selection of latest revisions, completeness,
// grade distributions, themes, live-risk flags, discrepancies, findings and the sample's description.
#pragma once

#include "core/office/Completeness.h"
#include "core/office/Discrepancies.h"
#include "core/office/Distributions.h"
#include "core/office/Findings.h"

#include <span>
#include <string>
#include <vector>

namespace maqa::core::office {

/** What the office records beside the returns, as the analysis reads it. */
struct OfficeInputs
{
    std::vector<Review> reviews;
    std::vector<PanelGrade> panelGrades;
    std::vector<DraftProgress> drafts;
};

/** Counts with a label, in first-seen order (age bands, needs). */
struct LabelCount
{
    std::string label;
    int count = 0;
};

/** Who and what the audit looked at: the briefing's "background and sample". */
struct SampleSummary
{
    int cases = 0;                               //!< children in the sample
    std::vector<LabelCount> ageBands;            //!< the sample's age bands
    std::vector<LabelCount> needs;               //!< the range of needs
    std::vector<std::string> agenciesAsked;      //!< slugs
    std::vector<std::string> agenciesTakingPart; //!< slugs of agencies that returned at least once
    int returns = 0;                             //!< latest revisions counted
};

/** The analysis of one audit. Pointers refer into the returns passed to analyse(): keep those alive. */
struct Analysis
{
    std::vector<const OpenedReturn *> latest;
    Completeness completeness;
    std::vector<GradeTable> grades;
    std::vector<ThemeCount> themes;
    std::vector<LiveRiskFlag> liveRisks;
    std::vector<Discrepancy> discrepancies;
    std::vector<FindingStatement> findings;
    SampleSummary sample;
};

/**
 * Analyses the returns of @p audit (any revisions; only the latest of each counts, and only those of this audit)
 * against @p templ. @p today ("YYYY-MM-DD") decides what is overdue. The parts run side by side on up to
 * @p threads threads (0: one per core).
 */
Analysis analyse(const AuditInfo &audit, const Template &templ, std::span<const OpenedReturn> returns,
                 const OfficeInputs &inputs, const std::string &today, unsigned threads = 0);

/** The sample's description alone (also used by the briefing when there are no returns yet). */
SampleSummary summariseSample(const AuditInfo &audit, std::span<const OpenedReturn *const> latest);

} // namespace maqa::core::office
