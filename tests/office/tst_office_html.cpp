// Tests of the HTML briefing: one self-contained page (no scripts, no external resources, a Content-Security-Policy
// saying so) holding every section, the key figures and one inline SVG chart per chart; every text escaped, so
// "<script>" in a worry stays text; only web links become links.
#include "support/OfficeFixtures.h"

#include "core/office/Briefing.h"
#include "core/office/export/Html.h"

#include <QTest>

#include <regex>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;

namespace {

std::size_t occurrences(const std::string &text, const std::string &what)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) {
        ++n;
    }
    return n;
}

} // namespace

class TestOfficeHtml : public QObject
{
    Q_OBJECT
private slots:
    void holdsEverySectionFigureAndChart()
    {
        const off::BriefingReport report = demoReport("Minutes did not reach the school.");
        const std::string html = off::briefingHtml(report);
        QVERIFY(html.rfind("<!DOCTYPE html>", 0) == 0);
        for (const char *heading :
             {off::headings::kBackground, off::headings::kWorries, off::headings::kGoodPractice, off::headings::kThemes,
              off::headings::kWhatWeFound, off::headings::kWhatNeedsToHappen, off::headings::kReflection,
              off::headings::kLinks, off::headings::kActionPlan}) {
            QVERIFY2(html.find(off::escapeHtml(heading)) != std::string::npos, heading);
        }
        QVERIFY(html.find("Early Help audit, autumn 2026: learning briefing") != std::string::npos);
        for (const off::KeyFigure &f : report.figures) {
            QVERIFY2(html.find("<b>" + off::escapeHtml(f.value) + "</b>" + off::escapeHtml(f.label)) !=
                         std::string::npos,
                     f.label.c_str());
        }
        QCOMPARE(report.figures[0].value, std::string("6"));
        QCOMPARE(report.figures[2].value, std::string("24"));
        QCOMPARE(occurrences(html, "<svg "), report.charts.size());
        QCOMPARE(report.charts.size(), std::size_t(3));
        for (const off::BriefingTheme &t : report.briefing.themes) {
            QVERIFY(html.find("<h3>" + off::escapeHtml(t.title) + "</h3>") != std::string::npos);
        }
        QVERIFY(html.find("Minutes did not reach the school.") != std::string::npos);
        QVERIFY(html.find("class=\"rag-amber\">Amber<") != std::string::npos);
        QVERIFY(html.find("@page { size: A4") != std::string::npos);
        QVERIFY(html.find("@media print") != std::string::npos);
    }

    void selfContained()
    {
        const std::string html = off::briefingHtml(demoReport("x"));
        QVERIFY(html.find("Content-Security-Policy") != std::string::npos);
        QVERIFY(html.find("<script") == std::string::npos);
        QVERIFY(html.find("<link") == std::string::npos);
        QVERIFY(html.find("<img") == std::string::npos);
        QVERIFY(html.find("url(") == std::string::npos);
        // The only addresses are the SVG namespace and the office's own web links.
        const std::regex address("(https?:)?//[^\"'\\s<>]+"); // no raw string: moc cannot read one
        for (auto it = std::sregex_iterator(html.begin(), html.end(), address); it != std::sregex_iterator(); ++it) {
            const std::string found = it->str();
            QVERIFY2(found == "http://www.w3.org/2000/svg" || found == "https://example.org/escalation", found.c_str());
        }
    }

    void everyTextIsEscaped()
    {
        off::BriefingReport report = demoReport("<script>alert('x')</script> & \"quoted\"");
        report.briefing.title = "<b>Title</b>";
        report.briefing.links.push_back({"Run me", "javascript:alert(1)"});
        report.actions[0].evidence = "<img src=x onerror=alert(1)>";
        report.charts[0].categories[0] = "<svg onload=alert(1)>";
        const std::string html = off::briefingHtml(report);
        QVERIFY(html.find("<script>") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;") !=
                std::string::npos);
        QVERIFY(html.find("<b>Title</b>") == std::string::npos);
        QVERIFY(html.find("<img") == std::string::npos);
        QVERIFY(html.find("<svg onload") == std::string::npos);
        QVERIFY(html.find("href=\"javascript:") == std::string::npos);
        QVERIFY(html.find("<li>Run me</li>") != std::string::npos); // shown as text, not a link
        QVERIFY(html.find("<a href=\"https://example.org/escalation\">Escalation policy</a>") != std::string::npos);
        QCOMPARE(off::escapeHtml("<&>\"'"), std::string("&lt;&amp;&gt;&quot;&#39;"));
    }

    void chartsDrawTheirBars()
    {
        off::Chart chart{"Themes named", "caption", {"Drift", "Consent"}, {{"Returns", "#2f6f9f"}}, {{3}, {1}}};
        const std::string svg = off::chartSvg(chart, 340);
        QCOMPARE(occurrences(svg, "<rect "), std::size_t(2)); // one bar each, no legend for a single series
        QVERIFY(svg.find(">3</text>") != std::string::npos);
        QVERIFY(svg.find("<title>Returns: 1</title>") != std::string::npos);
        off::Chart empty{"Empty", "", {}, {{"Returns", "#2f6f9f"}}, {}};
        QVERIFY(off::chartSvg(empty).find("Nothing to show yet.") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestOfficeHtml)
#include "tst_office_html.moc"
