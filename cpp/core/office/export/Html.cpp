// Rendering the briefing as HTML (see Html.h). Layout aims at two A4 pages when printed: key figures, background,
// charts in one row, worries and good practice side by side, themes, reflection and links, then the action plan.
#include "core/office/export/Html.h"

#include "core/domain/Agencies.h"

#include <algorithm>

namespace maqa::core::office {

namespace {

constexpr const char *kStyle = R"css(
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font: 9.5pt/1.35 "DejaVu Sans", Arial, sans-serif; color: #1d2733; max-width: 186mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0; color: #1f4e73; }
h2 { font-size: 11pt; color: #1f4e73; border-bottom: 2px solid #2f6f9f; margin: 9px 0 4px; padding-bottom: 1px; }
h3 { font-size: 10pt; margin: 5px 0 1px; }
h4 { font-size: 9pt; margin: 3px 0 0; color: #55606b; }
p, ul, ol { margin: 2px 0 4px; }
ul, ol { padding-left: 16px; }
.subtitle { color: #55606b; margin: 1px 0 6px; }
.figures { display: flex; gap: 6px; margin: 4px 0; }
.figure { flex: 1; border: 1px solid #d0d7de; border-radius: 4px; padding: 3px 6px; }
.figure b { display: block; font-size: 13pt; color: #1f4e73; }
.charts { display: flex; flex-wrap: wrap; gap: 6px; }
figure { margin: 0; flex: 1 1 31%; min-width: 60mm; }
figcaption { font-size: 8pt; color: #55606b; }
figcaption b { display: block; font-size: 9pt; color: #1d2733; }
.columns { display: flex; gap: 8mm; }
.columns > section { flex: 1; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; }
th, td { border: 1px solid #d0d7de; padding: 2px 4px; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.rag-red { background: #f6d5d4; } .rag-amber { background: #fbe6c2; }
.rag-green { background: #d6ecd2; } .rag-complete { background: #d3e3f4; }
@media print { section, figure, tr { break-inside: avoid; } a { color: inherit; } }
)css";

bool isWebLink(const std::string &url)
{
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

std::string truncated(const std::string &text, std::size_t maxChars)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == maxChars) {
            return text.substr(0, i) + "\u2026";
        }
    }
    return text;
}

void list(std::string &out, const std::vector<std::string> &items, const char *tag)
{
    if (items.empty()) {
        out += "<p>None recorded.</p>\n";
        return;
    }
    out += std::string("<") + tag + ">";
    for (const std::string &item : items) {
        out += "<li>" + escapeHtml(item) + "</li>";
    }
    out += std::string("</") + tag + ">\n";
}

void section(std::string &out, const char *heading)
{
    out += std::string("<h2>") + escapeHtml(heading) + "</h2>\n";
}

void actionTable(std::string &out, const std::vector<ActionItem> &actions)
{
    if (actions.empty()) {
        out += "<p>No actions agreed yet.</p>\n";
        return;
    }
    out += "<table><thead><tr><th>Action</th><th>Linked finding</th><th>Owner</th><th>Lead</th><th>Due</th>"
           "<th>RAG</th><th>Evidence</th><th>Re-audit</th></tr></thead><tbody>\n";
    for (const ActionItem &a : actions) {
        out += "<tr><td>" + escapeHtml(a.action) + "</td><td>" + escapeHtml(a.finding) + "</td><td>" +
               escapeHtml(agencyName(a.owner)) + "</td><td>" + escapeHtml(a.lead) + "</td><td>" +
               escapeHtml(a.dueDate) + "</td><td class=\"rag-" + std::string(toString(a.rag)) + "\">" +
               std::string(ragLabel(a.rag)) + "</td><td>" + escapeHtml(a.evidence) + "</td><td>" +
               escapeHtml(a.reauditDate) + "</td></tr>\n";
    }
    out += "</tbody></table>\n";
}

} // namespace

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string chartSvg(const Chart &chart, int width)
{
    const int labelWidth = 118, rowHeight = 16, barHeight = 11, valueRoom = 26;
    const int barArea = std::max(40, width - labelWidth - valueRoom);
    const bool legend = chart.series.size() > 1;
    // Legend entries flow left to right and wrap; 5.4 px per character is DejaVu Sans at 9 px, near enough.
    int legendLines = legend ? 1 : 0, x = 0;
    std::vector<std::pair<int, int>> legendAt;
    for (const ChartSeries &s : chart.series) {
        const int w = 14 + static_cast<int>(s.label.size() * 5.4) + 10;
        if (x > 0 && x + w > width) {
            ++legendLines;
            x = 0;
        }
        legendAt.emplace_back(x, legendLines - 1);
        x += w;
    }
    const int rows = static_cast<int>(chart.categories.size());
    const int height = std::max(rows, 1) * rowHeight + legendLines * 14 + 6;
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + std::to_string(width) +
                      "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
                      std::to_string(height) + "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"9\">";
    out += "<title>" + escapeHtml(chart.title) + "</title>";
    if (rows == 0) {
        out += "<text x=\"0\" y=\"12\" fill=\"#55606b\">Nothing to show yet.</text>";
    }
    const double scale = static_cast<double>(barArea) / chart.maxTotal();
    for (int i = 0; i < rows; ++i) {
        const int y = i * rowHeight;
        const std::string &label = chart.categories[static_cast<std::size_t>(i)];
        out += "<text x=\"" + std::to_string(labelWidth - 4) + "\" y=\"" + std::to_string(y + barHeight - 1) +
               "\" text-anchor=\"end\">" + escapeHtml(truncated(label, 22)) + "<title>" + escapeHtml(label) +
               "</title></text>";
        double left = labelWidth;
        const auto &row = chart.values[static_cast<std::size_t>(i)];
        for (std::size_t s = 0; s < row.size() && s < chart.series.size(); ++s) {
            if (row[s] <= 0) {
                continue;
            }
            const double w = row[s] * scale;
            out += "<rect x=\"" + std::to_string(left) + "\" y=\"" + std::to_string(y + 1) + "\" width=\"" +
                   std::to_string(w) + "\" height=\"" + std::to_string(barHeight) + "\" fill=\"" +
                   escapeHtml(chart.series[s].colour) + "\"><title>" + escapeHtml(chart.series[s].label) + ": " +
                   std::to_string(row[s]) + "</title></rect>";
            left += w;
        }
        out += "<text x=\"" + std::to_string(static_cast<int>(left) + 3) + "\" y=\"" +
               std::to_string(y + barHeight - 1) + "\">" + std::to_string(chart.total(static_cast<std::size_t>(i))) +
               "</text>";
    }
    for (std::size_t s = 0; legend && s < chart.series.size(); ++s) {
        const int ly = std::max(rows, 1) * rowHeight + 4 + legendAt[s].second * 14;
        out += "<rect x=\"" + std::to_string(legendAt[s].first) + "\" y=\"" + std::to_string(ly) +
               "\" width=\"10\" height=\"10\" fill=\"" + escapeHtml(chart.series[s].colour) + "\"/><text x=\"" +
               std::to_string(legendAt[s].first + 14) + "\" y=\"" + std::to_string(ly + 9) + "\">" +
               escapeHtml(chart.series[s].label) + "</text>";
    }
    return out + "</svg>";
}

std::string briefingHtml(const BriefingReport &report)
{
    const Briefing &b = report.briefing;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'\">\n<title>" +
                      escapeHtml(b.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    out += "<header><h1>" + escapeHtml(b.title) + "</h1>";
    if (!b.subtitle.empty()) {
        out += "<p class=\"subtitle\">" + escapeHtml(b.subtitle) + "</p>";
    }
    out += "</header>\n<div class=\"figures\">";
    for (const KeyFigure &f : report.figures) {
        out += "<div class=\"figure\"><b>" + escapeHtml(f.value) + "</b>" + escapeHtml(f.label) + "</div>";
    }
    out += "</div>\n<section>";
    section(out, headings::kBackground);
    out += "<p>" + escapeHtml(b.background.text) + "</p>\n";
    const auto detail = [&](const char *label, const std::vector<std::string> &items) {
        if (items.empty()) {
            return;
        }
        std::string joined;
        for (const std::string &i : items) {
            joined += (joined.empty() ? "" : ", ") + i;
        }
        out += "<p><b>" + escapeHtml(label) + ":</b> " + escapeHtml(joined) + "</p>\n";
    };
    detail("Ages", b.background.ageBands);
    detail("Range of needs", b.background.needs);
    detail("Agencies taking part", b.background.agencies);
    out += "</section>\n<div class=\"charts\">";
    for (const Chart &c : report.charts) {
        out += "<figure>" + chartSvg(c) + "<figcaption><b>" + escapeHtml(c.title) + "</b>" + escapeHtml(c.caption) +
               "</figcaption></figure>";
    }
    out += "</div>\n<div class=\"columns\"><section>";
    section(out, headings::kWorries);
    list(out, b.worries, "ul");
    out += "</section><section>";
    section(out, headings::kGoodPractice);
    list(out, b.goodPractice, "ul");
    out += "</section></div>\n<section>";
    section(out, headings::kThemes);
    if (b.themes.empty()) {
        out += "<p>None recorded.</p>\n";
    }
    for (const BriefingTheme &t : b.themes) {
        out += "<h3>" + escapeHtml(t.title) + "</h3><h4>" + escapeHtml(headings::kWhatWeFound) + "</h4><p>" +
               escapeHtml(t.whatWeFound) + "</p><h4>" + escapeHtml(headings::kWhatNeedsToHappen) + "</h4><p>" +
               escapeHtml(t.whatNeedsToHappen) + "</p>\n";
    }
    out += "</section>\n<div class=\"columns\"><section>";
    section(out, headings::kReflection);
    list(out, b.reflectionQuestions, "ol");
    out += "</section><section>";
    section(out, headings::kLinks);
    if (b.links.empty()) {
        out += "<p>None recorded.</p>\n";
    } else {
        out += "<ul>";
        for (const BriefingLink &l : b.links) {
            out += "<li>" +
                   (isWebLink(l.url) ? "<a href=\"" + escapeHtml(l.url) + "\">" + escapeHtml(l.title) + "</a>"
                                     : escapeHtml(l.title)) +
                   "</li>";
        }
        out += "</ul>\n";
    }
    out += "</section></div>\n<section>";
    section(out, headings::kActionPlan);
    actionTable(out, report.actions);
    out += "</section>\n</body>\n</html>\n";
    return out;
}

} // namespace maqa::core::office
