// Key figures and chart data for the briefing (see Report.h). Grades use the final grade (the panel's where it
// moderated), which is what the partnership reports; colours follow the usual green-to-red reading of a scale.
#include "core/office/export/Report.h"

#include "core/domain/Agencies.h"

#include <algorithm>

namespace maqa::core::office {

namespace {

constexpr const char *kNotGradedColour = "#b0b7bf";
constexpr const char *kBarColour = "#2f6f9f";

/** Green to red across a scale listed best first. */
std::string gradeColour(std::size_t index, std::size_t count)
{
    static const char *const kFour[] = {"#1b7f3b", "#7cbf4a", "#f0a830", "#c8322d"};
    static const char *const kMany[] = {"#1b7f3b", "#4f9f3f", "#7cbf4a", "#d8c23a", "#f0a830", "#e06b2c", "#c8322d"};
    if (count <= 4) {
        return kFour[std::min<std::size_t>(index + (4 - count) / 2, 3)];
    }
    return kMany[std::min<std::size_t>(index * 6 / std::max<std::size_t>(count - 1, 1), 6)];
}

/** "3. Assessment and plan" → "Assessment and plan": the numbers add nothing beside a bar. */
std::string shortTitle(const std::string &title)
{
    std::size_t i = 0;
    while (i < title.size() && title[i] >= '0' && title[i] <= '9') {
        ++i;
    }
    if (i > 0 && i + 1 < title.size() && title[i] == '.' && title[i + 1] == ' ') {
        return title.substr(i + 2);
    }
    return title;
}

std::vector<ChartSeries> gradeSeries(const GradeTable &t)
{
    std::vector<ChartSeries> series;
    for (std::size_t i = 0; i < t.grades.size(); ++i) {
        series.push_back({t.grades[i].label, gradeColour(i, t.grades.size())});
    }
    series.push_back({"Not graded", kNotGradedColour});
    return series;
}

std::vector<int> gradeRow(const GradeCounts &c)
{
    std::vector<int> row = c.final;
    row.push_back(c.notGraded);
    return row;
}

} // namespace

int Chart::total(std::size_t index) const
{
    int sum = 0;
    for (int v : values[index]) {
        sum += v;
    }
    return sum;
}

int Chart::maxTotal() const
{
    int most = 1;
    for (std::size_t i = 0; i < values.size(); ++i) {
        most = std::max(most, total(i));
    }
    return most;
}

std::vector<KeyFigure> keyFigures(const Analysis &analysis)
{
    const SampleSummary &s = analysis.sample;
    const auto contradictions =
        std::count_if(analysis.discrepancies.begin(), analysis.discrepancies.end(),
                      [](const Discrepancy &d) { return d.strength == Disagreement::Contradiction; });
    return {{"Children in the sample", std::to_string(s.cases)},
            {"Agencies taking part",
             std::to_string(s.agenciesTakingPart.size()) + " of " + std::to_string(s.agenciesAsked.size())},
            {"Returns", std::to_string(s.returns)},
            {"Contradictions between agencies", std::to_string(contradictions)},
            {"Live-risk flags escalated", std::to_string(analysis.liveRisks.size())}};
}

std::vector<Chart> briefingCharts(const Analysis &analysis)
{
    std::vector<Chart> charts;
    const GradeTable *overall = overallGrade(analysis.grades);
    if (analysis.grades.size() > 1) { // parts besides the overall grade
        Chart parts{"Grades by part",
                    "Final grades (the panel's where it moderated) of each part, all agencies.",
                    {},
                    gradeSeries(analysis.grades.front()),
                    {}};
        for (const GradeTable &t : analysis.grades) {
            if (&t == overall) {
                continue;
            }
            parts.categories.push_back(shortTitle(t.section));
            parts.values.push_back(gradeRow(t.total));
        }
        charts.push_back(std::move(parts));
    }
    if (overall) {
        Chart byAgency{
            "Overall grade by agency", "Final overall grade of each agency's returns.", {}, gradeSeries(*overall), {}};
        for (std::size_t i = 0; i < overall->agencies.size(); ++i) {
            byAgency.categories.emplace_back(agencyName(overall->agencies[i]));
            byAgency.values.push_back(gradeRow(overall->byAgency[i]));
        }
        charts.push_back(std::move(byAgency));
    }
    std::vector<const ThemeCount *> named;
    for (const ThemeCount &t : analysis.themes) {
        if (t.count > 0) {
            named.push_back(&t);
        }
    }
    std::stable_sort(named.begin(), named.end(),
                     [](const ThemeCount *a, const ThemeCount *b) { return a->count > b->count; });
    Chart themes{"Themes named", "Returns naming each theme for learning.", {}, {{"Returns", kBarColour}}, {}};
    for (std::size_t i = 0; i < named.size() && i < 8; ++i) {
        themes.categories.push_back(named[i]->label);
        themes.values.push_back({named[i]->count});
    }
    charts.push_back(std::move(themes));
    return charts;
}

BriefingReport briefingReport(Briefing briefing, std::vector<ActionItem> actions, const Analysis &analysis)
{
    return {std::move(briefing), std::move(actions), keyFigures(analysis), briefingCharts(analysis)};
}

} // namespace maqa::core::office
