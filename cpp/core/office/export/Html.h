// The briefing as one self-contained HTML page: inline CSS (with print rules for A4), inline SVG charts, no
// scripts and no external resources (a Content-Security-Policy says so to the browser). Every text is escaped.
#pragma once

#include "core/office/export/Report.h"

#include <string>
#include <string_view>

namespace maqa::core::office {

/** The whole HTML document for @p report. */
std::string briefingHtml(const BriefingReport &report);

/** @p chart as an inline <svg> element, @p width CSS pixels wide. */
std::string chartSvg(const Chart &chart, int width = 340);

/** @p text with & < > " ' replaced by entities, safe in element content and quoted attributes. */
std::string escapeHtml(std::string_view text);

} // namespace maqa::core::office
