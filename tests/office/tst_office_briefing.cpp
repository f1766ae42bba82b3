// Tests of the briefing's raw material and its first draft: finding statements with their sources, the draft's
// choice of worries, good practice and themes (frequency, ties, limits), contradictions drafted as information
// sharing learning, the background figures, proposed actions, storage as JSON, clipping, and action validation.
#include "support/OfficeFixtures.h"

#include "core/office/Analysis.h"
#include "core/office/DraftBriefing.h"
#include "core/util/Error.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;

namespace {

const std::string kAudit = "audit-1";

off::AuditInfo audit()
{
    off::AuditInfo a;
    a.auditId = kAudit;
    a.title = "Early Help audit";
    a.theme = "Early Help";
    a.period = "The last 12 months";
    a.dueDate = "2026-12-31";
    a.cases = {{"EH-1", "0-1", "Early Help"}, {"EH-2", "5-10", "Child in Need"}, {"EH-3", "16-17", "Early Help"}};
    a.agencies = {"police", "csc", "education", "gp"};
    return a;
}

off::OpenedReturn ret(const std::string &uuid, const std::string &caseCode, const std::string &agency,
                      nlohmann::json answers, int revision = 1)
{
    return openedReturn(uuid, revision, kAudit, caseCode, agency, std::move(answers));
}

off::Analysis analyse(const std::vector<off::OpenedReturn> &returns)
{
    return off::analyse(audit(), *earlyHelp(), returns, {}, "2026-11-30", 2);
}

} // namespace

class TestOfficeBriefing : public QObject
{
    Q_OBJECT
private slots:
    void findingsCarryTheirSource()
    {
        const std::vector<off::OpenedReturn> returns = {
            ret("u1", "EH-1", "police", {{"worries", "  Minutes never reached the school.  "}, {"strengths", " "}}),
            ret("u2", "EH-2", "csc", {{"voice_good_practice", "The child's words are in the plan."}}),
        };
        const off::Analysis a = analyse(returns);
        QCOMPARE(a.findings.size(), std::size_t(2));
        const off::FindingStatement &worry = a.findings[0];
        QCOMPARE_ENUM(worry.kind, core::Finding::Worry);
        QCOMPARE(worry.text, std::string("Minutes never reached the school.")); // trimmed; the blank one skipped
        QCOMPARE(a.latest[worry.source]->meta.caseCode, std::string("EH-1"));
        QCOMPARE(a.latest[worry.source]->meta.agency, std::string("police"));
        QCOMPARE(worry.path, std::string("worries"));
        QCOMPARE(earlyHelp()->questions[static_cast<std::size_t>(worry.question)].name, std::string("worries"));
        QCOMPARE_ENUM(a.findings[1].kind, core::Finding::GoodPractice);
        QCOMPARE(off::toString(core::Finding::GoodPractice), std::string_view("good_practice"));
    }

    void draftPicksTheMostCommonStatementsWithinLimits()
    {
        std::vector<off::OpenedReturn> returns;
        const char *worries[] = {"Drift in step-down.",  "drift in step-down",       "Minutes not shared.",
                                 "Drift in  step-down.", "Minutes not shared",       "Waiting lists.",
                                 "Siblings unseen.",     "No supervision recorded.", "Referrer not told."};
        for (std::size_t i = 0; i < std::size(worries); ++i) {
            // One case and agency, so the analysis keeps them in uuid order: "first seen" is the order written here.
            returns.push_back(ret("u" + std::to_string(i), "EH-1", "police", {{"worries", worries[i]}}));
        }
        off::BriefingLimits limits;
        limits.statements = 3;
        const off::Briefing b = off::draftBriefing(audit(), *earlyHelp(), analyse(returns), limits);
        QCOMPARE(b.worries.size(), std::size_t(3));
        // Three returns say "drift" (case and spacing aside), two say "minutes"; then the first of the singles.
        QCOMPARE(b.worries[0], std::string("Drift in step-down."));
        QCOMPARE(b.worries[1], std::string("Minutes not shared."));
        QCOMPARE(b.worries[2], std::string("Waiting lists."));
        QVERIFY(b.goodPractice.empty());
    }

    void themesByCountTiesInTemplateOrder()
    {
        const std::vector<off::OpenedReturn> returns = {
            ret("u1", "EH-1", "police",
                {{"themes", {"drift", "consent"}}, {"overall_learning", "Close drifting cases."}}),
            ret("u2", "EH-2", "csc", {{"themes", {"drift", "thresholds"}}}),
            ret("u3", "EH-3", "csc", {{"themes", {"consent", "thresholds", "siblings"}}}),
            ret("u4", "EH-3", "police", {{"themes", {"drift"}}}),
        };
        off::BriefingLimits limits;
        limits.themes = 3;
        const off::Briefing b = off::draftBriefing(audit(), *earlyHelp(), analyse(returns), limits);
        QCOMPARE(b.themes.size(), std::size_t(3));
        QCOMPARE(b.themes[0].tag, std::string("drift"));      // 3
        QCOMPARE(b.themes[1].tag, std::string("thresholds")); // 2, and before consent in the template's list
        QCOMPARE(b.themes[2].tag, std::string("consent"));    // 2
        QVERIFY(b.themes[0].whatWeFound.find("Named in 3 of 4 returns.") == 0);
        QVERIFY(b.themes[0].whatWeFound.find("Close drifting cases.") != std::string::npos); // its learning
        QVERIFY(!b.themes[0].whatNeedsToHappen.empty());
        QCOMPARE(b.reflectionQuestions.size(), std::size_t(4)); // three themes' questions and a closing one
        QCOMPARE(b.links.size(), std::size_t(3));
        QCOMPARE(off::proposeActions(b).size(), std::size_t(3));
        QCOMPARE(off::proposeActions(b)[0].finding, b.themes[0].title);
        QCOMPARE(off::proposeActions(b)[0].auditId, kAudit);
    }

    void eachThemeQuotesLearningOfItsOwn()
    {
        // Every return names drift and consent; the most common learning is about drift, one return's about consent.
        const std::vector<off::OpenedReturn> returns = {
            ret("u1", "EH-1", "police",
                {{"themes", {"drift", "consent"}}, {"overall_learning", "Close drifting cases sooner."}}),
            ret("u2", "EH-2", "csc",
                {{"themes", {"drift", "consent"}}, {"overall_learning", "Close drifting cases sooner."}}),
            ret("u3", "EH-3", "csc",
                {{"themes", {"drift", "consent", "siblings"}},
                 {"overall_learning", "Ask the family for consent again at each review."}}),
        };
        off::BriefingLimits limits;
        limits.themes = 3;
        const off::Briefing b = off::draftBriefing(audit(), *earlyHelp(), analyse(returns), limits);
        QCOMPARE(b.themes.size(), std::size_t(3));
        QCOMPARE(b.themes[0].tag, std::string("consent")); // 3, before drift in the template's list
        QCOMPARE(b.themes[1].tag, std::string("drift"));
        QVERIFY2(b.themes[0].whatWeFound.find("Ask the family for consent") != std::string::npos,
                 b.themes[0].whatWeFound.c_str()); // speaks of consent, though less common
        QVERIFY2(b.themes[1].whatWeFound.find("Close drifting cases sooner.") != std::string::npos,
                 b.themes[1].whatWeFound.c_str());
        // Siblings: its only return's learning is already consent's; no statement is quoted twice.
        QCOMPARE(b.themes[2].tag, std::string("siblings"));
        QCOMPARE(b.themes[2].whatWeFound, std::string("Named in 1 of 3 returns."));
    }

    void contradictionsBecomeInformationSharingLearning()
    {
        const std::vector<off::OpenedReturn> returns = {
            ret("u1", "EH-1", "csc", {{"themes", {"drift"}}, {"strategy_discussion_held", "yes"}}),
            ret("u2", "EH-1", "police", {{"themes", {"drift"}}, {"strategy_discussion_held", "no"}}),
            ret("u3", "EH-2", "csc", {{"themes", {"consent"}}}),
        };
        off::BriefingLimits limits;
        limits.themes = 2;
        const off::Briefing b = off::draftBriefing(audit(), *earlyHelp(), analyse(returns), limits);
        QCOMPARE(b.themes.size(), std::size_t(2));
        QCOMPARE(b.themes[0].tag, std::string("drift"));
        QCOMPARE(b.themes[1].tag, std::string("information_sharing")); // replaces consent, the least named
        const std::string &found = b.themes[1].whatWeFound;
        QVERIFY2(found.find("On 1 of 3 cases, agencies' records contradicted each other") != std::string::npos,
                 found.c_str());
        QVERIFY2(found.find("Children's Social Care: Yes; Police: No") != std::string::npos, found.c_str());
    }

    void noContradictionsNoForcedTheme()
    {
        const std::vector<off::OpenedReturn> returns = {ret("u1", "EH-1", "csc", {{"themes", {"drift"}}})};
        const off::Briefing b = off::draftBriefing(audit(), *earlyHelp(), analyse(returns));
        QCOMPARE(b.themes.size(), std::size_t(1));
        QCOMPARE(b.themes[0].tag, std::string("drift"));
    }

    void backgroundDescribesTheSample()
    {
        const std::vector<off::OpenedReturn> returns = {ret("u1", "EH-1", "csc", nlohmann::json::object()),
                                                        ret("u2", "EH-2", "police", nlohmann::json::object()),
                                                        ret("u2", "EH-2", "police", nlohmann::json::object(), 2)};
        const off::Briefing b = off::draftBriefing(audit(), *earlyHelp(), analyse(returns));
        QCOMPARE(b.auditId, kAudit);
        QCOMPARE(b.title, std::string("Early Help audit: learning briefing"));
        QCOMPARE(b.subtitle, std::string("Early Help, The last 12 months"));
        QCOMPARE(b.background.cases, 3);
        QCOMPARE(b.background.returns, 2); // two returns, one resubmitted
        QCOMPARE(b.background.agencies, (std::vector<std::string>{"Police", "Children's Social Care"}));
        QCOMPARE(b.background.ageBands, (std::vector<std::string>{"0-1 (1)", "5-10 (1)", "16-17 (1)"}));
        QCOMPARE(b.background.needs, (std::vector<std::string>{"Early Help", "Child in Need"}));
        QVERIFY2(b.background.text.find("3 children aged 0-1, 5-10 and 16-17") != std::string::npos,
                 b.background.text.c_str());
        QVERIFY2(b.background.text.find("2 of 4 agencies asked returned 2 audits") != std::string::npos,
                 b.background.text.c_str());
    }

    void storedAsJsonAndReadBack()
    {
        off::Briefing b;
        b.auditId = kAudit;
        b.title = "Title";
        b.background = {"Text", 6, 40, {"0-1 (2)"}, {"Early Help"}, {"Police"}};
        b.worries = {"w1", "w2"};
        b.goodPractice = {"g1"};
        b.themes = {{"Drift", "drift", "found", "to do"}};
        b.reflectionQuestions = {"q?"};
        b.links = {{"Policy", "https://example.org/policy"}};
        QCOMPARE(off::briefingFromJson(off::toJson(b)), b);
        QCOMPARE(off::toJson(b).at("format").get<std::string>(), std::string("maqa-briefing/1"));
        nlohmann::json damaged = off::toJson(b);
        damaged["worries"] = "not a list";
        QVERIFY_THROWS_EXCEPTION(core::Error, off::briefingFromJson(damaged));
        QVERIFY_THROWS_EXCEPTION(core::Error, off::briefingFromJson(nlohmann::json::array()));
        nlohmann::json older = off::toJson(b);
        older.erase("links");
        QVERIFY(off::briefingFromJson(older).links.empty()); // a missing list is an empty one
    }

    void clippingKeepsWordsAndCharacters()
    {
        QCOMPARE(off::clipStatement("short", 10), std::string("short"));
        QCOMPARE(off::clipStatement("exactly ten", 11), std::string("exactly ten"));
        QCOMPARE(off::clipStatement("one two three four", 12), std::string("one two\u2026"));
        const std::string accents = "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"; // six two-byte characters
        QCOMPARE(off::clipStatement(accents, 4), std::string("\u00e9\u00e9\u00e9\u00e9\u2026"));
    }

    void actionsAreValidated()
    {
        off::ActionItem a;
        a.action = "Share minutes with schools";
        a.dueDate = "2027-02-28";
        off::validateAction(a);
        a.dueDate = "2027-02-29";
        QVERIFY_THROWS_EXCEPTION(core::Error, off::validateAction(a));
        a.dueDate = "2028-02-29";
        off::validateAction(a);
        a.reauditDate = "31/12/2027";
        QVERIFY_THROWS_EXCEPTION(core::Error, off::validateAction(a));
        a.reauditDate.clear();
        a.action = "  ";
        QVERIFY_THROWS_EXCEPTION(core::Error, off::validateAction(a));
        for (off::Rag rag : {off::Rag::Red, off::Rag::Amber, off::Rag::Green, off::Rag::Complete}) {
            QCOMPARE(off::ragFrom(off::toString(rag)), std::optional<off::Rag>(rag));
        }
        QVERIFY(!off::ragFrom("blue"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeBriefing)
#include "tst_office_briefing.moc"
