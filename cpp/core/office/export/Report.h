// What every rendering of a briefing shows, gathered once: the briefing, its action plan, the key figures and the
// charts (grade distribution by part and by agency, theme counts) as plain data that SVG and QPainter both draw.
#pragma once

#include "core/office/ActionPlan.h"
#include "core/office/Analysis.h"
#include "core/office/Briefing.h"

#include <string>
#include <vector>

namespace maqa::core::office {

/** One labelled number shown at the top of the briefing. */
struct KeyFigure
{
    std::string label; //!< "Children in the sample"
    std::string value; //!< "6"
};

/** One series of a bar chart, with its colour as "#rrggbb" so every renderer agrees. */
struct ChartSeries
{
    std::string label;
    std::string colour;
};

/** A horizontal (stacked when several series) bar chart. */
struct Chart
{
    std::string title;
    std::string caption;                  //!< one line saying what is counted
    std::vector<std::string> categories;  //!< one bar each
    std::vector<ChartSeries> series;      //!< stacked segments of each bar
    std::vector<std::vector<int>> values; //!< [category][series]

    /** The sum of category @p index's segments. */
    int total(std::size_t index) const;
    /** The longest bar's total (at least 1, so scales never divide by zero). */
    int maxTotal() const;
};

/** Everything a rendered briefing shows. */
struct BriefingReport
{
    Briefing briefing;
    std::vector<ActionItem> actions;
    std::vector<KeyFigure> figures;
    std::vector<Chart> charts;
};

/** The key figures of @p analysis: children, agencies taking part, returns, contradictions, live-risk flags. */
std::vector<KeyFigure> keyFigures(const Analysis &analysis);

/** The briefing's charts: final grades by part, overall grade by agency, and the themes named most. */
std::vector<Chart> briefingCharts(const Analysis &analysis);

/** Gathers a report from the stored briefing, its actions and a fresh analysis. */
BriefingReport briefingReport(Briefing briefing, std::vector<ActionItem> actions, const Analysis &analysis);

} // namespace maqa::core::office
