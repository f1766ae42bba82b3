// Tests of the CSV exports, read back with an independent RFC 4180 reader: a UTF-8 BOM and CRLF rows, one row per
// return (latest revision only) and one column per question with "Label (name)" headers, choice labels, quotes,
// commas and line breaks kept, formula-looking text neutralised, repeat groups summarised, and the action plan.
#include "support/OfficeFixtures.h"

#include "core/office/Selection.h"
#include "core/office/export/Csv.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;

namespace {

const std::string kAudit = "audit-1";

std::size_t columnOf(const std::vector<std::string> &header, const std::string &name)
{
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i].size() >= name.size() + 2 &&
            header[i].compare(header[i].size() - name.size() - 2, std::string::npos, "(" + name + ")") == 0) {
            return i;
        }
    }
    throw std::runtime_error("no column for " + name);
}

std::size_t columnsExpected(const core::Template &t)
{
    return 7 +
           static_cast<std::size_t>(std::count_if(t.questions.begin(), t.questions.end(), [](const core::Question &q) {
               return q.type != core::QuestionType::Note;
           }));
}

} // namespace

class TestOfficeCsv : public QObject
{
    Q_OBJECT
private slots:
    void oneRowPerLatestRevisionOneColumnPerQuestion()
    {
        std::vector<off::OpenedReturn> returns;
        returns.push_back(
            openedReturn("u1", 1, kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 1)));
        returns.push_back(
            openedReturn("u1", 2, kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 2)));
        returns.push_back(openedReturn("u2", 1, kAudit, "EH-2", "csc", sampleAnswers(earlyHelp(), "EH-2", "csc", 3)));
        const auto latest = off::latestRevisions(returns, kAudit);
        const std::vector<off::Review> reviews = {{{"u2", 1}, off::ReviewState::Approved, ""}};
        const std::string csv = off::answersCsv(*earlyHelp(), latest, reviews, 2);
        QVERIFY(csv.rfind("\xEF\xBB\xBF", 0) == 0);
        const auto rows = parseCsv(csv);
        QCOMPARE(rows.size(), std::size_t(3)); // the header and two returns: revision 1 of u1 is not exported
        for (const auto &row : rows) {
            QCOMPARE(row.size(), columnsExpected(*earlyHelp()));
        }
        const auto &header = rows[0];
        QCOMPARE(header[0], std::string("Return"));
        QCOMPARE(header[7], std::string("Case code (case_code)"));
        const std::size_t evidence = columnOf(header, "concerns_recognised_evidence");
        QCOMPARE(header[evidence], std::string("Evidence (concerns_recognised_evidence)"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, columnOf(header, "drift_note")); // notes have no column

        QCOMPARE(rows[1][0], std::string("u1"));
        QCOMPARE(rows[1][1], std::string("2"));
        QCOMPARE(rows[1][3], std::string("Police"));
        QCOMPARE(rows[1][6], std::string());
        QCOMPARE(rows[2][3], std::string("Children's Social Care"));
        QCOMPARE(rows[2][6], std::string("approved"));
        const nlohmann::json &answers = latest[0]->answers;
        const std::size_t grade = columnOf(header, "voice_grade");
        const std::string expectedGrade = earlyHelp()
                                              ->choicesOf(*earlyHelp()->find("voice_grade"))
                                              ->find(answers.at("voice_grade").get<std::string>())
                                              ->label;
        QCOMPARE(rows[1][grade], expectedGrade); // the label, not the stored name
        const std::size_t themes = columnOf(header, "themes");
        QVERIFY(rows[1][themes].find("; ") != std::string::npos || answers.at("themes").size() == 1);
    }

    void quotesLineBreaksAndFormulaInjection()
    {
        nlohmann::json answers = nlohmann::json::object();
        answers["worries"] = "She said \"no\", twice,\nthen left.";
        answers["strengths"] = "=HYPERLINK(\"http://evil.example\")";
        answers["overall_learning"] = "+1 for persistence";
        answers["agency_actions"] = "-see the plan";
        answers["grade_rationale"] = "@SUM(A1:A9)";
        answers["what_changed"] = "\tTabbed";
        answers["child_would_say"] = "-12";
        answers["review_count"] = -3;
        answers["child_seen"] = "na";
        const std::vector<off::OpenedReturn> returns = {openedReturn("u1", 1, kAudit, "EH-1", "police", answers)};
        const auto rows = parseCsv(off::answersCsv(*earlyHelp(), off::latestRevisions(returns, kAudit)));
        const auto &header = rows[0];
        const auto &row = rows[1];
        QCOMPARE(row[columnOf(header, "worries")], std::string("She said \"no\", twice,\nthen left."));
        QCOMPARE(row[columnOf(header, "strengths")], std::string("'=HYPERLINK(\"http://evil.example\")"));
        QCOMPARE(row[columnOf(header, "overall_learning")], std::string("'+1 for persistence"));
        QCOMPARE(row[columnOf(header, "agency_actions")], std::string("'-see the plan"));
        QCOMPARE(row[columnOf(header, "grade_rationale")], std::string("'@SUM(A1:A9)"));
        QCOMPARE(row[columnOf(header, "what_changed")], std::string("'\tTabbed"));
        QCOMPARE(row[columnOf(header, "child_would_say")], std::string("-12")); // a plain number stays a number
        QCOMPARE(row[columnOf(header, "review_count")], std::string("-3"));
        QCOMPARE(row[columnOf(header, "child_seen")], std::string("Not applicable"));
        QCOMPARE(off::CsvWriter::field("a\r\nb"), std::string("\"a\r\nb\""));
        QCOMPARE(off::CsvWriter::field("=1,2"), std::string("\"'=1,2\""));
    }

    void repeatGroupsAreSummarised()
    {
        const auto baby = shippedTemplate("ditl-baby");
        const nlohmann::json answers = sampleAnswers(baby, "EH-1", "csc", 4);
        const std::vector<off::OpenedReturn> returns = {openedReturn("u1", 1, kAudit, "EH-1", "csc", answers)};
        const auto rows = parseCsv(off::answersCsv(*baby, off::latestRevisions(returns, kAudit)));
        QCOMPARE(rows[0].size(), columnsExpected(*baby));
        const core::Question *group = nullptr;
        for (const core::Question &q : baby->questions) {
            if (q.type == core::QuestionType::Repeat && answers.contains(q.name) && answers[q.name].size() >= 2) {
                group = &q;
                break;
            }
        }
        QVERIFY2(group, "the sample fills a repeat group with several entries");
        const std::size_t count = answers[group->name].size();
        QCOMPARE(rows[1][columnOf(rows[0], group->name)], std::to_string(count) + " entries");
        const core::Question &field = baby->questions[static_cast<std::size_t>(group->fields.front())];
        const std::string cell = rows[1][columnOf(rows[0], group->name + "/" + field.name)];
        QVERIFY2(cell.rfind("[1] ", 0) == 0, cell.c_str());
        QVERIFY2(cell.find("\n[2] ") != std::string::npos, cell.c_str());
    }

    void actionPlan()
    {
        off::ActionItem a;
        a.action = "Share minutes, with schools";
        a.finding = "Information sharing";
        a.owner = "csc";
        a.lead = "Head of Early Help";
        a.dueDate = "2027-03-31";
        a.rag = off::Rag::Amber;
        a.evidence = "=audit";
        a.reauditDate = "2027-09-30";
        const std::vector<off::ActionItem> plan = {a, off::ActionItem{}};
        const auto rows = parseCsv(off::actionPlanCsv(plan));
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0], (std::vector<std::string>{"Action", "Linked finding", "Owning agency", "Lead", "Due date",
                                                    "RAG", "Evidence", "Re-audit date"}));
        QCOMPARE(rows[1], (std::vector<std::string>{"Share minutes, with schools", "Information sharing",
                                                    "Children's Social Care", "Head of Early Help", "2027-03-31",
                                                    "Amber", "'=audit", "2027-09-30"}));
        QCOMPARE(rows[2][5], std::string("Red"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeCsv)
#include "tst_office_csv.moc"
