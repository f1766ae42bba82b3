// Tests of the completeness matrix: returned cells with revision and review state, drafting cells with progress,
// overdue after the due date, not started, totals per case and per agency, an agency with no returns, returns
// outside the sample, and only the latest revision of a resubmitted return counting.
#include "support/OfficeFixtures.h"

#include "core/office/Completeness.h"
#include "core/office/Selection.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;

namespace {

const std::string kAudit = "audit-1";

off::AuditInfo threeByThree(const std::string &dueDate)
{
    off::AuditInfo a;
    a.auditId = kAudit;
    a.title = "Early Help";
    a.dueDate = dueDate;
    a.cases = {{"EH-1", "0-1", "Early Help"}, {"EH-2", "5-10", "Child in Need"}, {"EH-3", "16-17", "Early Help"}};
    a.agencies = {"police", "csc", "education"};
    return a;
}

off::OpenedReturn ret(const std::string &uuid, int revision, const std::string &caseCode, const std::string &agency,
                      const std::string &submitted = "2026-11-20T10:00:00Z")
{
    return openedReturn(uuid, revision, kAudit, caseCode, agency, nlohmann::json::object(), submitted);
}

off::DraftProgress draft(const std::string &caseCode, const std::string &agency, int answered, int total,
                         const std::string &device = "d1")
{
    return {kAudit, caseCode, agency, device, "Tablet", "draft-" + caseCode + agency + device, answered, total, ""};
}

} // namespace

class TestOfficeCompleteness : public QObject
{
    Q_OBJECT
private slots:
    void returnedDraftingAndNotStartedBeforeTheDueDate()
    {
        const std::vector<off::OpenedReturn> returns = {ret("u1", 1, "EH-1", "police"), ret("u1", 2, "EH-1", "police"),
                                                        ret("u2", 1, "EH-2", "csc")};
        const auto latest = off::latestRevisions(returns, kAudit);
        QCOMPARE(latest.size(), std::size_t(2));
        const std::vector<off::Review> reviews = {{{"u1", 1}, off::ReviewState::HasIssues, "fix evidence"},
                                                  {{"u2", 1}, off::ReviewState::Approved, ""}};
        const std::vector<off::DraftProgress> drafts = {
            draft("EH-3", "education", 10, 40), draft("EH-3", "education", 30, 40, "d2"), draft("EH-2", "csc", 5, 40)};
        const off::Completeness m =
            off::completeness(threeByThree("2026-12-31"), latest, reviews, drafts, "2026-11-30");

        QCOMPARE(m.cases, (std::vector<std::string>{"EH-1", "EH-2", "EH-3"}));
        QCOMPARE(m.agencies, (std::vector<std::string>{"police", "csc", "education"}));
        QVERIFY(!m.pastDue);
        const off::CompletenessCell &policeOne = m.cells[0][0];
        QCOMPARE_ENUM(policeOne.state, off::CellState::Returned);
        QCOMPARE(policeOne.latest, std::optional<off::ReturnRef>(off::ReturnRef{"u1", 2}));
        QVERIFY(!policeOne.review); // the has_issues review was of revision 1; revision 2 is not reviewed yet
        const off::CompletenessCell &cscTwo = m.cells[1][1];
        QCOMPARE_ENUM(cscTwo.state, off::CellState::Returned); // returned wins over a reported draft
        QCOMPARE(cscTwo.review, std::optional<off::ReviewState>(off::ReviewState::Approved));
        const off::CompletenessCell &educationThree = m.cells[2][2];
        QCOMPARE_ENUM(educationThree.state, off::CellState::Drafting);
        QCOMPARE(educationThree.answered, 30); // the furthest-on of two devices' drafts
        QCOMPARE(educationThree.total, 40);
        QCOMPARE_ENUM(m.cells[0][1].state, off::CellState::NotStarted);

        QCOMPARE(m.perAgency[0].returned, 1);
        QCOMPARE(m.perAgency[0].notStarted, 2);
        QCOMPARE(m.perAgency[1].approved, 1);
        QCOMPARE(m.perAgency[2].drafting, 1);
        QCOMPARE(m.perCase[2].drafting, 1);
        QCOMPARE(m.perCase[2].notStarted, 2);
        QCOMPARE(m.overall.expected, 9);
        QCOMPARE(m.overall.returned, 2);
        QCOMPARE(m.overall.drafting, 1);
        QCOMPARE(m.overall.notStarted, 6);
        QCOMPARE(m.overall.overdue, 0);
    }

    void overdueAfterTheDueDateEvenWhileDrafting()
    {
        const std::vector<off::OpenedReturn> returns = {ret("u1", 1, "EH-1", "police")};
        const auto latest = off::latestRevisions(returns, kAudit);
        const std::vector<off::DraftProgress> drafts = {draft("EH-2", "police", 3, 40)};
        const off::Completeness m = off::completeness(threeByThree("2026-11-30"), latest, {}, drafts, "2026-12-01");
        QVERIFY(m.pastDue);
        QCOMPARE_ENUM(m.cells[0][0].state, off::CellState::Returned);
        QCOMPARE_ENUM(m.cells[1][0].state, off::CellState::Overdue);
        QCOMPARE(m.cells[1][0].answered, 3); // the draft is still shown
        QCOMPARE(m.overall.overdue, 8);
        // On the due date itself nothing is overdue yet.
        QVERIFY(!off::completeness(threeByThree("2026-11-30"), latest, {}, drafts, "2026-11-30").pastDue);
        // Without a due date nothing is ever overdue.
        QCOMPARE(off::completeness(threeByThree(""), latest, {}, drafts, "2099-01-01").overall.overdue, 0);
    }

    void anAgencyWithNoReturnsHasAnEmptyColumn()
    {
        const std::vector<off::OpenedReturn> returns = {ret("u1", 1, "EH-1", "police"), ret("u2", 1, "EH-2", "police"),
                                                        ret("u3", 1, "EH-3", "csc")};
        const auto latest = off::latestRevisions(returns, kAudit);
        const off::Completeness m = off::completeness(threeByThree("2026-12-31"), latest, {}, {}, "2026-11-01");
        QCOMPARE(m.perAgency[2].returned, 0);
        QCOMPARE(m.perAgency[2].notStarted, 3);
        QCOMPARE(m.perAgency[2].expected, 3);
    }

    void returnsOutsideTheSampleAreListedNotPlaced()
    {
        std::vector<off::OpenedReturn> returns = {ret("u1", 1, "EH-1", "police"), ret("u2", 1, "EH-99", "police"),
                                                  ret("u3", 1, "EH-2", "yot")};
        returns.push_back(openedReturn("u4", 1, "another-audit", "EH-1", "csc", nlohmann::json::object()));
        const auto latest = off::latestRevisions(returns); // every audit: completeness must still filter
        const off::Completeness m = off::completeness(threeByThree("2026-12-31"), latest, {}, {}, "2026-11-01");
        QCOMPARE(m.overall.returned, 1);
        QCOMPARE(m.outsideSample.size(), std::size_t(3));
    }

    void twoReturnsFromOneAgencyForOneCase()
    {
        const std::vector<off::OpenedReturn> returns = {ret("u1", 1, "EH-1", "police", "2026-11-20T10:00:00Z"),
                                                        ret("u2", 1, "EH-1", "police", "2026-11-22T10:00:00Z")};
        const auto latest = off::latestRevisions(returns, kAudit);
        const off::Completeness m = off::completeness(threeByThree("2026-12-31"), latest, {}, {}, "2026-11-30");
        QCOMPARE(m.cells[0][0].returns, 2);
        QCOMPARE(m.cells[0][0].latest, std::optional<off::ReturnRef>(off::ReturnRef{"u2", 1}));
        QCOMPARE(m.overall.returned, 1); // one cell, however many returns fill it
    }

    void stateNames()
    {
        QCOMPARE(off::toString(off::CellState::Returned), std::string_view("returned"));
        QCOMPARE(off::toString(off::CellState::Drafting), std::string_view("drafting"));
        QCOMPARE(off::toString(off::CellState::Overdue), std::string_view("overdue"));
        QCOMPARE(off::toString(off::CellState::NotStarted), std::string_view("not_started"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeCompleteness)
#include "tst_office_completeness.moc"
