// One audit's analysis (see Analysis.h): select the latest revisions once, then run each aggregation over them.
// Each part is its own function so the app can refresh one view without recomputing the rest.
#include "core/office/Analysis.h"

#include "core/office/Parallel.h"
#include "core/office/Selection.h"

#include <algorithm>
#include <functional>

namespace maqa::core::office {

namespace {

void countLabel(std::vector<LabelCount> &counts, const std::string &label)
{
    if (label.empty()) {
        return;
    }
    const auto it = std::find_if(counts.begin(), counts.end(), [&](const LabelCount &c) { return c.label == label; });
    if (it == counts.end()) {
        counts.push_back({label, 1});
    } else {
        ++it->count;
    }
}

} // namespace

SampleSummary summariseSample(const AuditInfo &audit, std::span<const OpenedReturn *const> latest)
{
    SampleSummary s;
    s.cases = static_cast<int>(audit.cases.size());
    for (const CaseInfo &c : audit.cases) {
        countLabel(s.ageBands, c.ageBand);
        countLabel(s.needs, c.needs);
    }
    s.agenciesAsked = audit.agencies;
    for (const OpenedReturn *r : latest) {
        if (std::find(s.agenciesTakingPart.begin(), s.agenciesTakingPart.end(), r->meta.agency) ==
            s.agenciesTakingPart.end()) {
            s.agenciesTakingPart.push_back(r->meta.agency);
        }
    }
    // Asked agencies first, in the audit's order; any others after, by name.
    std::stable_sort(s.agenciesTakingPart.begin(), s.agenciesTakingPart.end(),
                     [&](const std::string &a, const std::string &b) {
                         const auto pa = std::find(audit.agencies.begin(), audit.agencies.end(), a);
                         const auto pb = std::find(audit.agencies.begin(), audit.agencies.end(), b);
                         return pa != pb ? pa < pb : a < b;
                     });
    s.returns = static_cast<int>(latest.size());
    return s;
}

Analysis analyse(const AuditInfo &audit, const Template &templ, std::span<const OpenedReturn> returns,
                 const OfficeInputs &inputs, const std::string &today, unsigned threads)
{
    Analysis a;
    a.latest = latestRevisions(returns, audit.auditId);
    const AnswerIndex index(templ, a.latest, threads);
    // The parts only read the selection and the index, and each writes its own member: they can run side by side.
    const std::vector<std::function<void()>> parts = {
        [&] { a.findings = findings(templ, a.latest, index); },
        [&] { a.discrepancies = discrepancies(templ, a.latest, index); },
        [&] { a.grades = gradeDistributions(templ, a.latest, index, inputs.panelGrades, audit.agencies); },
        [&] {
            a.completeness = completeness(audit, a.latest, inputs.reviews, inputs.drafts, today);
            a.themes = themeCounts(templ, index);
            a.liveRisks = liveRiskFlags(templ, a.latest, index);
            a.sample = summariseSample(audit, a.latest);
        },
    };
    parallelFor(
        parts.size(), threads, [&](std::size_t i) { parts[i](); }, 1);
    return a;
}

} // namespace maqa::core::office
