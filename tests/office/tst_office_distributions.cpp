// Tests of grade distributions (per part and per agency; the agency's own, the panel's agreed and the final grade),
// theme counts and live-risk flags: ties, parts missing from a return, a return resubmitted as a new revision (only
// the latest counts, and the panel's grade of an older revision does not), and an agency with no returns.
#include "support/OfficeFixtures.h"

#include "core/office/Distributions.h"
#include "core/office/Selection.h"
#include "core/util/Error.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;

namespace {

const std::string kAudit = "audit-1";
// The Early Help scale, best first: outstanding, good, requires_improvement, inadequate.
enum Grade { Outstanding, Good, RequiresImprovement, Inadequate };

off::OpenedReturn graded(const std::string &uuid, int revision, const std::string &caseCode, const std::string &agency,
                         nlohmann::json answers)
{
    return openedReturn(uuid, revision, kAudit, caseCode, agency, std::move(answers));
}

const off::GradeTable &table(const std::vector<off::GradeTable> &tables, const std::string &question)
{
    for (const off::GradeTable &t : tables) {
        if (t.question == question) {
            return t;
        }
    }
    throw std::runtime_error("no table for " + question);
}

} // namespace

class TestOfficeDistributions : public QObject
{
    Q_OBJECT
private slots:
    void onePerGradeQuestionInTemplateOrder()
    {
        const auto tables = off::gradeDistributions(*earlyHelp(), {}, {});
        QCOMPARE(tables.size(), std::size_t(10)); // nine parts and the overall grade
        QCOMPARE(tables.front().question, std::string("recognition_grade"));
        QCOMPARE(tables.front().section, std::string("1. Recognition and referral"));
        QCOMPARE(tables.back().question, std::string("overall_grade"));
        QCOMPARE(off::overallGrade(tables)->question, std::string("overall_grade"));
        QCOMPARE(tables.front().grades.size(), std::size_t(4));
        QVERIFY(tables.front().mostCommon.empty()); // nothing counted, nothing most common
    }

    void ownAgreedAndFinalPerPartAndAgency()
    {
        const std::vector<off::OpenedReturn> returns = {
            graded("u1", 1, "EH-1", "police", {{"voice_grade", "good"}, {"overall_grade", "good"}}),
            graded("u2", 1, "EH-1", "csc", {{"voice_grade", "inadequate"}, {"overall_grade", "requires_improvement"}}),
            graded("u3", 1, "EH-2", "csc", {{"voice_grade", "good"}}), // no overall grade: a part missing
        };
        const std::vector<off::PanelGrade> panel = {{{"u2", 1}, "voice_grade", "requires_improvement"},
                                                    {{"u1", 1}, "voice_grade", "good"}};
        const auto latest = off::latestRevisions(returns, kAudit);
        const std::vector<std::string> order = {"csc", "police", "education"};
        const auto tables = off::gradeDistributions(*earlyHelp(), latest, panel, order);

        const off::GradeTable &voice = table(tables, "voice_grade");
        QCOMPARE(voice.total.own, (std::vector<int>{0, 2, 0, 1}));
        QCOMPARE(voice.total.agreed, (std::vector<int>{0, 1, 1, 0}));
        QCOMPARE(voice.total.final, (std::vector<int>{0, 2, 1, 0}));
        QCOMPARE(voice.total.moderated, 2);
        QCOMPARE(voice.total.changed, 1);
        QCOMPARE(voice.total.notGraded, 0);
        QCOMPARE(voice.agencies, (std::vector<std::string>{"csc", "police"})); // education returned nothing
        QCOMPARE(voice.byAgency[0].own, (std::vector<int>{0, 1, 0, 1}));
        QCOMPARE(voice.byAgency[0].final, (std::vector<int>{0, 1, 1, 0}));
        QCOMPARE(voice.byAgency[1].own, (std::vector<int>{0, 1, 0, 0}));
        QCOMPARE(voice.mostCommon, (std::vector<std::string>{"good"}));

        const off::GradeTable &overall = table(tables, "overall_grade");
        QCOMPARE(overall.total.notGraded, 1);
        QCOMPARE(overall.total.own, (std::vector<int>{0, 1, 1, 0}));
        QCOMPARE(overall.byAgency[0].notGraded, 1);
        // A part nobody graded counts every return as not graded.
        QCOMPARE(table(tables, "health_grade").total.notGraded, 3);
    }

    void tiesListEveryMostCommonGrade()
    {
        const std::vector<off::OpenedReturn> returns = {
            graded("u1", 1, "EH-1", "police", {{"health_grade", "good"}}),
            graded("u2", 1, "EH-1", "csc", {{"health_grade", "inadequate"}}),
            graded("u3", 1, "EH-2", "csc", {{"health_grade", "good"}}),
            graded("u4", 1, "EH-2", "police", {{"health_grade", "inadequate"}}),
        };
        const auto latest = off::latestRevisions(returns, kAudit);
        const auto tables = off::gradeDistributions(*earlyHelp(), latest, {});
        QCOMPARE(table(tables, "health_grade").mostCommon, (std::vector<std::string>{"good", "inadequate"}));
    }

    void onlyTheLatestRevisionCounts()
    {
        const std::vector<off::OpenedReturn> returns = {
            graded("u1", 1, "EH-1", "police", {{"voice_grade", "inadequate"}, {"themes", {"drift"}}}),
            graded("u1", 3, "EH-1", "police", {{"voice_grade", "good"}, {"themes", {"consent"}}}),
            graded("u1", 2, "EH-1", "police", {{"voice_grade", "requires_improvement"}}),
        };
        // The panel moderated revision 1; revision 3 replaced it, so that grade no longer counts.
        const std::vector<off::PanelGrade> panel = {{{"u1", 1}, "voice_grade", "outstanding"}};
        const auto latest = off::latestRevisions(returns, kAudit);
        QCOMPARE(latest.size(), std::size_t(1));
        QCOMPARE(latest.front()->meta.ref.revision, 3);
        const auto tables = off::gradeDistributions(*earlyHelp(), latest, panel);
        const off::GradeTable &voice = table(tables, "voice_grade");
        QCOMPARE(voice.total.own, (std::vector<int>{0, 1, 0, 0}));
        QCOMPARE(voice.total.moderated, 0);
        const auto themes = off::themeCounts(*earlyHelp(), latest);
        for (const off::ThemeCount &t : themes) {
            QCOMPARE(t.count, t.name == "consent" ? 1 : 0);
        }
    }

    void themeCountsInChoiceOrderOncePerReturn()
    {
        const std::vector<off::OpenedReturn> returns = {
            graded("u1", 1, "EH-1", "police", {{"themes", {"information_sharing", "drift"}}}),
            graded("u2", 1, "EH-1", "csc", {{"themes", {"information_sharing"}}}),
            graded("u3", 1, "EH-2", "csc", nlohmann::json::object()), // themes missing: counts nothing
        };
        const auto latest = off::latestRevisions(returns, kAudit);
        const auto themes = off::themeCounts(*earlyHelp(), latest);
        QCOMPARE(themes.size(), std::size_t(11)); // every theme, zero counts included
        QCOMPARE(themes[0].name, std::string("voice_of_child"));
        QCOMPARE(themes[1].name, std::string("information_sharing"));
        QCOMPARE(themes[1].label, std::string("Information sharing"));
        QCOMPARE(themes[1].count, 2);
        QCOMPARE(themes[8].name, std::string("drift"));
        QCOMPARE(themes[8].count, 1);
        QCOMPARE(themes[0].count, 0);
    }

    void liveRiskFlagsRaised()
    {
        const std::vector<off::OpenedReturn> returns = {
            graded("u1", 1, "EH-1", "police", {{"live_risk", "yes"}}),
            graded("u2", 1, "EH-1", "csc", {{"live_risk", "no"}}),
            graded("u3", 1, "EH-2", "csc", nlohmann::json::object()),
            graded("u4", 1, "EH-3", "gp", {{"live_risk", "yes"}}),
            graded("u4", 2, "EH-3", "gp", {{"live_risk", "no"}}), // resolved in the resubmission
        };
        const auto latest = off::latestRevisions(returns, kAudit);
        const auto flags = off::liveRiskFlags(*earlyHelp(), latest);
        QCOMPARE(flags.size(), std::size_t(1));
        QCOMPARE(flags.front().ref, (off::ReturnRef{"u1", 1}));
        QCOMPARE(flags.front().caseCode, std::string("EH-1"));
        QCOMPARE(flags.front().agency, std::string("police"));
    }

    void panelGradesAreCheckedAgainstTheScale()
    {
        off::validatePanelGrade(*earlyHelp(), {{"u1", 1}, "voice_grade", "requires_improvement"});
        off::validatePanelGrade(*earlyHelp(), {{"u1", 1}, "voice_grade", ""}); // clearing
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 off::validatePanelGrade(*earlyHelp(), {{"u1", 1}, "voice_grade", "great"}));
        QVERIFY_THROWS_EXCEPTION(core::Error, off::validatePanelGrade(*earlyHelp(), {{"u1", 1}, "child_seen", "yes"}));
        QVERIFY_THROWS_EXCEPTION(core::Error, off::validatePanelGrade(*earlyHelp(), {{"u1", 1}, "nothing", "good"}));
    }

    void latestRevisionsKeepsOtherAuditsOut()
    {
        std::vector<off::OpenedReturn> returns = {graded("u1", 1, "EH-1", "police", {{"voice_grade", "good"}})};
        returns.push_back(openedReturn("u2", 1, "another-audit", "EH-1", "csc", {{"voice_grade", "good"}}));
        QCOMPARE(off::latestRevisions(returns, kAudit).size(), std::size_t(1));
        QCOMPARE(off::latestRevisions(returns).size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestOfficeDistributions)
#include "tst_office_distributions.moc"
