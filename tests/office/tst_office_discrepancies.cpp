// Tests of discrepancies between agencies on one case: yes against no contradicts, partly is a weaker disagreement,
// "na" and empty never contradict, the agencies rule ("we shared with police" / police's own record says no), both
// sides listed with their evidence, a case with one agency only, two returns of one agency, hidden answers and
// resubmissions (only the latest revision counts).
#include "support/OfficeFixtures.h"

#include "core/office/Discrepancies.h"
#include "core/office/Opening.h"
#include "core/office/Selection.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;

namespace {

const std::string kAudit = "audit-1";

off::OpenedReturn ret(const std::string &uuid, int revision, const std::string &caseCode, const std::string &agency,
                      nlohmann::json answers)
{
    return openedReturn(uuid, revision, kAudit, caseCode, agency, std::move(answers));
}

std::vector<off::Discrepancy> discrepanciesOf(const std::vector<off::OpenedReturn> &returns)
{
    return off::discrepancies(*earlyHelp(), off::latestRevisions(returns, kAudit));
}

const core::Question &question(const std::string &name)
{
    return *earlyHelp()->find(name);
}

} // namespace

class TestOfficeDiscrepancies : public QObject
{
    Q_OBJECT
private slots:
    void yesAgainstNoContradictsWithBothSidesAndEvidence()
    {
        const auto found = discrepanciesOf({
            ret("u1", 1, "EH-1", "csc",
                {{"strategy_discussion_held", "yes"},
                 {"strategy_minutes_received", "yes"},
                 {"strategy_minutes_received_evidence", "Minutes on file dated 3 May."}}),
            ret("u2", 1, "EH-1", "police",
                {{"strategy_discussion_held", "yes"},
                 {"strategy_minutes_received", "no"},
                 {"strategy_minutes_received_evidence", "No minutes in the police record."}}),
        });
        QCOMPARE(found.size(), std::size_t(1));
        const off::Discrepancy &d = found.front();
        QCOMPARE(d.caseCode, std::string("EH-1"));
        QCOMPARE(d.question, std::string("strategy_minutes_received"));
        QCOMPARE(d.label, question("strategy_minutes_received").label);
        QCOMPARE(d.section, std::string("4. Information sharing and joint working"));
        QCOMPARE_ENUM(d.strength, off::Disagreement::Contradiction);
        QCOMPARE(d.sides.size(), std::size_t(2));
        QCOMPARE(d.sides[0].agency, std::string("csc"));
        QCOMPARE(d.sides[0].answer, std::string("Yes"));
        QCOMPARE(d.sides[0].evidence, std::string("Minutes on file dated 3 May."));
        QCOMPARE(d.sides[1].agency, std::string("police"));
        QCOMPARE(d.sides[1].answer, std::string("No"));
        QCOMPARE(d.sides[1].evidence, std::string("No minutes in the police record."));
        QCOMPARE(d.sides[1].ref, (off::ReturnRef{"u2", 1}));
        QCOMPARE(d.conflicts.size(), std::size_t(1));
    }

    void partlyIsWeakerAndNotApplicableNeverContradicts()
    {
        const auto found = discrepanciesOf({
            ret("u1", 1, "EH-1", "csc", {{"gp_aware", "yes"}, {"shared_promptly", "na"}, {"referrer_informed", "yes"}}),
            ret("u2", 1, "EH-1", "gp", {{"gp_aware", "partly"}, {"shared_promptly", "no"}, {"referrer_informed", ""}}),
        });
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().question, std::string("gp_aware"));
        QCOMPARE_ENUM(found.front().strength, off::Disagreement::Partial);
    }

    void strongestConflictAmongSeveralAgencies()
    {
        const auto found = discrepanciesOf({
            ret("u1", 1, "EH-1", "csc", {{"invited_to_meetings", "yes"}}),
            ret("u2", 1, "EH-1", "gp", {{"invited_to_meetings", "partly"}}),
            ret("u3", 1, "EH-1", "police", {{"invited_to_meetings", "no"}}),
            ret("u4", 1, "EH-1", "education", {{"invited_to_meetings", "na"}}),
        });
        QCOMPARE(found.size(), std::size_t(1));
        const off::Discrepancy &d = found.front();
        QCOMPARE_ENUM(d.strength, off::Disagreement::Contradiction);
        QCOMPARE(d.sides.size(), std::size_t(3)); // education's "na" is not a side
        QCOMPARE(d.conflicts.size(), std::size_t(3));
    }

    void agenciesListedAgainstTheirOwnRecord()
    {
        // CSC says the minutes went to police and education; police's own record lists only CSC.
        const auto found = discrepanciesOf({
            ret("u1", 1, "EH-1", "csc",
                {{"strategy_discussion_held", "yes"}, {"strategy_minutes_shared_with", {"police", "education"}}}),
            ret("u2", 1, "EH-1", "police",
                {{"strategy_discussion_held", "yes"}, {"strategy_minutes_shared_with", {"csc"}}}),
        });
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE_ENUM(found.front().strength, off::Disagreement::Contradiction);
        QCOMPARE(found.front().sides[0].answer, std::string("Police; Education"));
    }

    void compareAnswersRules()
    {
        using off::compareAnswers;
        using off::Disagreement;
        const core::Question &yesNo = question("gp_aware");
        QCOMPARE(compareAnswers(yesNo, "yes", "a", "no", "b"), std::optional(Disagreement::Contradiction));
        QCOMPARE(compareAnswers(yesNo, "no", "a", "partly", "b"), std::optional(Disagreement::Partial));
        QVERIFY(!compareAnswers(yesNo, "yes", "a", "yes", "b"));
        QVERIFY(!compareAnswers(yesNo, "na", "a", "no", "b"));
        QVERIFY(!compareAnswers(yesNo, nullptr, "a", "no", "b"));
        const core::Question &agencies = question("strategy_minutes_shared_with");
        QCOMPARE(compareAnswers(agencies, {"csc", "police"}, "csc", {"csc", "gp"}, "education"),
                 std::optional(Disagreement::Partial)); // they differ only about third parties
        QCOMPARE(compareAnswers(agencies, {"police"}, "csc", {"csc", "gp"}, "education"),
                 std::optional(Disagreement::Contradiction)); // education names CSC; CSC's own record does not
        QVERIFY(!compareAnswers(agencies, {"police", "gp"}, "csc", {"gp", "police"}, "education"));
        QVERIFY(!compareAnswers(agencies, nlohmann::json::array(), "csc", {"gp"}, "education"));
        const core::Question &lead = question("lead_professional_agency");
        QCOMPARE(compareAnswers(lead, "csc", "a", "gp", "b"), std::optional(Disagreement::Contradiction));
        const core::Question &days = question("timeliness_days");
        QCOMPARE(compareAnswers(days, 3, "a", 14, "b"), std::optional(Disagreement::Partial));
        QVERIFY(!compareAnswers(days, 3, "a", 3.0, "b"));
        const core::Question &text = question("worries");
        QVERIFY(!compareAnswers(text, "one thing", "a", "another", "b"));
    }

    void oneAgencyOnlyAndSameAgencyTwiceNeverDisagree()
    {
        QVERIFY(discrepanciesOf({ret("u1", 1, "EH-1", "csc", {{"gp_aware", "yes"}}),
                                 ret("u2", 1, "EH-2", "gp", {{"gp_aware", "no"}})})
                    .empty());
        QVERIFY(discrepanciesOf({ret("u1", 1, "EH-1", "csc", {{"gp_aware", "yes"}}),
                                 ret("u2", 1, "EH-1", "csc", {{"gp_aware", "no"}})})
                    .empty());
    }

    void questionsNotSharedAreNotCompared()
    {
        QVERIFY(!question("child_seen").shared);
        QVERIFY(discrepanciesOf({ret("u1", 1, "EH-1", "csc", {{"child_seen", "yes"}}),
                                 ret("u2", 1, "EH-1", "gp", {{"child_seen", "no"}})})
                    .empty());
    }

    void onlyTheLatestRevisionCounts()
    {
        QVERIFY(discrepanciesOf({ret("u1", 1, "EH-1", "csc", {{"gp_aware", "yes"}}),
                                 ret("u2", 1, "EH-1", "gp", {{"gp_aware", "no"}}),
                                 ret("u2", 2, "EH-1", "gp", {{"gp_aware", "yes"}})})
                    .empty());
    }

    void hiddenAnswersAreIgnored()
    {
        // Police said no strategy discussion was held, but a stale hidden answer says the minutes never came.
        nlohmann::json police = sampleAnswers(earlyHelp(), "EH-1", "police", 3);
        police["strategy_discussion_held"] = "no";
        police["strategy_minutes_received"] = "no";
        nlohmann::json csc = sampleAnswers(earlyHelp(), "EH-1", "csc", 4);
        csc["strategy_discussion_held"] = "no";
        csc["strategy_minutes_received"] = "yes";
        csc.erase("strategy_minutes_received_evidence");
        const auto found = discrepanciesOf({ret("u1", 1, "EH-1", "police", off::normalizeAnswers(earlyHelp(), police)),
                                            ret("u2", 1, "EH-1", "csc", off::normalizeAnswers(earlyHelp(), csc))});
        for (const off::Discrepancy &d : found) {
            QVERIFY2(d.question != "strategy_minutes_received", "a hidden answer was compared");
            QVERIFY2(d.question != "strategy_discussion_held", "equal answers were reported");
        }
    }
};

QTEST_GUILESS_MAIN(TestOfficeDiscrepancies)
#include "tst_office_discrepancies.moc"
