// Tests of Form for every question type: accepted and refused values (nothing changes on refusal), required and
// constraint messages, relevance with hidden answers kept, progress, missing answers, and JSON/row round trips.
#include "FormTestTemplates.h"

#include "core/util/Error.h"

#include <QTest>

using namespace maqa::core;
using namespace maqa::test;

namespace {
json everyType()
{
    return oneSection(
        json::array({
            {{"type", "yes_no"}, {"name", "seen"}, {"label", "Child seen"}, {"required", true}},
            {{"type", "long_text"},
             {"name", "seen_evidence"},
             {"label", "Evidence"},
             {"relevant", "${seen} = 'no' or ${seen} = 'partly'"},
             {"required", true}},
            {{"type", "grade"}, {"name", "grade"}, {"label", "Grade"}},
            {{"type", "select_one"}, {"name", "colour"}, {"label", "Colour"}, {"choices", "colours"}},
            {{"type", "select_multiple"}, {"name", "colours"}, {"label", "Colours"}, {"choices", "colours"}},
            {{"type", "agencies"}, {"name", "agencies"}, {"label", "Agencies"}},
            {{"type", "themes"}, {"name", "themes"}, {"label", "Themes"}},
            {{"type", "date"},
             {"name", "referral"},
             {"label", "Referral"},
             {"constraint", ". <= today()"},
             {"constraint_message", "The referral cannot be in the future."}},
            {{"type", "date"}, {"name", "response"}, {"label", "Response"}, {"constraint", ". >= ${referral}"}},
            {{"type", "calculate"}, {"name", "days"}, {"calculation", "days-between(${referral}, ${response})"}},
            {{"type", "time"}, {"name", "at"}, {"label", "Time"}},
            {{"type", "datetime"}, {"name", "when"}, {"label", "When"}},
            {{"type", "integer"}, {"name", "count"}, {"label", "Count"}, {"constraint", ". >= 0 and . <= 10"}},
            {{"type", "decimal"}, {"name", "ratio"}, {"label", "Ratio"}},
            {{"type", "text"}, {"name", "short"}, {"label", "Short"}, {"max_length", 10}},
            {{"type", "long_text"}, {"name", "long"}, {"label", "Long"}},
            {{"type", "note"}, {"name", "info"}, {"label", "Read me"}},
        }),
        {{"colours", json::array({{{"name", "red"}, {"label", "Red"}},
                                  {{"name", "green"}, {"label", "Green"}},
                                  {{"name", "blue"}, {"label", "Blue"}}})}});
}

void refused(Form &form, const std::string &path, const json &value)
{
    const json before = form.toJson();
    try {
        form.set(path, value);
        QFAIL(("accepted " + value.dump() + " for " + path).c_str());
    } catch (const Error &e) {
        QCOMPARE(e.kind(), ErrorKind::Invalid);
    }
    QCOMPARE_JSON(form.toJson(), before);
}
} // namespace

class TestFormAnswers : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Template> templ;

private slots:
    void initTestCase()
    {
        templ = loadJson(everyType());
        QVERIFY(templ);
    }

    void choiceTypes()
    {
        Form form(templ, pinnedClock());
        for (const char *v : {"yes", "no", "partly", "na"}) {
            form.set("seen", v);
            QCOMPARE_JSON(form.value("seen"), json(v));
        }
        refused(form, "seen", "maybe");
        refused(form, "seen", true);
        form.set("grade", "requires_improvement");
        refused(form, "grade", "Good");
        form.set("colour", "green");
        refused(form, "colour", json::array({"green"}));
        form.set("colours", json::array({"blue", "red"}));
        QCOMPARE_JSON(form.value("colours"), json::array({"red", "blue"})); // stored in list order
        refused(form, "colours", json::array({"red", "red"}));
        refused(form, "colours", json::array({"purple"}));
        refused(form, "colours", "red");
        form.set("colours", json::array());
        QVERIFY(form.value("colours").is_null()); // an empty selection is unanswered
        form.set("agencies", json::array({"police", "gp"}));
        QCOMPARE_JSON(form.value("agencies"), json::array({"gp", "police"}));
        refused(form, "agencies", json::array({"the_council"}));
        form.set("themes", json::array({"voice_of_child", "drift"}));
        refused(form, "themes", json::array({"weather"}));
    }

    void dateAndTimeTypes()
    {
        Form form(templ, pinnedClock());
        form.set("referral", "2024-02-29");
        refused(form, "referral", "2023-02-29");
        refused(form, "referral", "26/11/2026");
        refused(form, "referral", 20261126);
        form.set("at", "23:59");
        refused(form, "at", "24:00");
        refused(form, "at", "7:30");
        form.set("when", "2026-11-26T14:30");
        refused(form, "when", "2026-11-26 14:30");
        refused(form, "when", "2026-11-26T14:30:00");
    }

    void numberTypes()
    {
        Form form(templ, pinnedClock());
        form.set("count", 3.0);
        QVERIFY(form.value("count").is_number_integer());
        QCOMPARE_JSON(form.value("count"), json(3));
        refused(form, "count", 3.5);
        refused(form, "count", "3");
        refused(form, "count", 1e17);
        form.set("ratio", 0.25);
        QCOMPARE_JSON(form.value("ratio"), json(0.25));
        form.set("ratio", -2);
        refused(form, "ratio", "0.25");
    }

    void textTypes()
    {
        Form form(templ, pinnedClock());
        form.set("short", "ten chars!");
        form.set("short", "éééééééééé"); // 10 characters, 20 bytes: characters count
        refused(form, "short", "eleven chars");
        refused(form, "short", 42);
        refused(form, "short", std::string("bad \xff byte"));
        form.set("short", "");
        QVERIFY(form.value("short").is_null());
        form.set("long", std::string(5000, 'x'));
        refused(form, "long", std::string(5001, 'x')); // long_text is bounded by default
    }

    void readOnlyAndUnknownPaths()
    {
        Form form(templ, pinnedClock());
        refused(form, "days", 3);
        refused(form, "info", "text");
        QVERIFY_THROWS_EXCEPTION(Error, form.set("nothing", 1));
        try {
            form.set("nothing", 1);
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::NotFound);
        }
        QVERIFY_THROWS_EXCEPTION(Error, form.value("main/x/y"));
    }

    void calculationFollowsItsInputs()
    {
        Form form(templ, pinnedClock());
        QVERIFY(form.value("days").is_null());
        form.set("referral", "2026-01-31");
        FormChanges changes = form.set("response", "2026-03-01");
        QCOMPARE_JSON(form.value("days"), json(29));
        QVERIFY(findChange(changes, "days") && findChange(changes, "days")->value);
        form.clear("referral");
        QVERIFY(form.value("days").is_null());
    }

    void requiredConstraintAndRelevance()
    {
        Form form(templ, pinnedClock());
        QCOMPARE(form.validationMessage("seen"), std::string("This question needs an answer."));
        QVERIFY(form.isRequired("seen"));
        QVERIFY(!form.isRelevant("seen_evidence"));
        QCOMPARE(form.validationMessage("seen_evidence"), std::string()); // hidden: no message

        FormChanges changes = form.set("seen", "partly");
        const FormChange *evidence = findChange(changes, "seen_evidence");
        QVERIFY(evidence && evidence->relevance && evidence->required && evidence->validation);
        QVERIFY(form.isRelevant("seen_evidence"));
        QCOMPARE(form.validationMessage("seen"), std::string());
        QCOMPARE(form.validationMessage("seen_evidence"), std::string("This question needs an answer."));

        form.set("referral", "2026-12-01");
        QCOMPARE(form.validationMessage("referral"), std::string("The referral cannot be in the future."));
        form.set("referral", "2026-11-26");
        QCOMPARE(form.validationMessage("referral"), std::string());
        form.set("response", "2026-11-01"); // before the referral
        QCOMPARE(form.validationMessage("response"), std::string("This answer is not allowed here."));
        form.set("referral", "2026-10-01"); // fixing the other answer clears this one's message
        QCOMPARE(form.validationMessage("response"), std::string());
        form.set("count", 11);
        QCOMPARE(form.validationMessage("count"), std::string("This answer is not allowed here."));
    }

    void hiddenAnswersAreKeptButIgnored()
    {
        Form form(templ, pinnedClock());
        form.set("seen", "no");
        form.set("seen_evidence", "Not seen alone at any visit.");
        form.set("seen", "yes");
        QVERIFY(!form.isRelevant("seen_evidence"));
        QCOMPARE_JSON(form.value("seen_evidence"), json("Not seen alone at any visit."));
        QVERIFY(form.toJson().contains("seen_evidence"));
        QVERIFY(!form.exportJson().contains("seen_evidence"));
        QVERIFY(form.missingRequired().empty());
        QCOMPARE(form.progress()[0].relevantQuestions, 14); // 15 answerable; the hidden evidence is not counted
        form.set("seen", "partly");
        QVERIFY(form.isRelevant("seen_evidence"));
        QCOMPARE(form.validationMessage("seen_evidence"), std::string()); // the kept answer counts again
    }

    void notApplicableCountsAsAnswered()
    {
        Form form(templ, pinnedClock());
        form.set("seen", "na");
        QVERIFY(form.missingRequired().empty());
        QVERIFY(!form.isRelevant("seen_evidence"));
        QCOMPARE(form.progress()[0].requiredAnswered, 1);
    }

    void progressAndMissing()
    {
        Form form(templ, pinnedClock());
        std::vector<MissingAnswer> missing = form.missingRequired();
        QCOMPARE(missing.size(), std::size_t(1));
        QCOMPARE(missing[0].path, std::string("seen"));
        QCOMPARE(missing[0].label, std::string("Child seen"));
        QCOMPARE(missing[0].section, std::string("Main"));
        QCOMPARE(form.completeness(), 0.0);
        form.set("seen", "no");
        QCOMPARE(form.completeness(), 0.5);
        SectionProgress p = form.progress()[0];
        QCOMPARE(p.relevantQuestions, 15);
        QCOMPARE(p.answered, 1);
        QCOMPARE(p.required, 2);
        QCOMPARE(p.requiredAnswered, 1);
        QVERIFY(!p.complete());
        form.set("seen_evidence", "Seen with mother present only.");
        form.set("count", 12);
        p = form.progress()[0];
        QCOMPARE(p.invalid, 1);
        QVERIFY(!p.complete());
        QVERIFY(!form.isComplete());
        form.set("count", 2);
        QVERIFY(form.progress()[0].complete());
        QVERIFY(form.isComplete());
        QCOMPARE(form.completeness(), 1.0);
    }

    void jsonAndRowsRoundTrip()
    {
        Form form(templ, pinnedClock());
        form.set("seen", "no");
        form.set("seen_evidence", "Evidence");
        form.set("colours", json::array({"red", "blue"}));
        form.set("referral", "2026-01-31");
        form.set("response", "2026-03-01");
        form.set("ratio", 1.5);
        const json saved = form.toJson();
        QVERIFY(!saved.contains("days")); // calculated values are derived, not saved
        Form reopened = Form::fromJson(templ, saved, pinnedClock());
        QCOMPARE_JSON(reopened.toJson(), saved);
        QCOMPARE_JSON(reopened.value("days"), json(29));
        QCOMPARE(reopened.validationIssues().size(), form.validationIssues().size());

        const json exported = form.exportJson();
        QCOMPARE_JSON(exported["days"], json(29));
        QCOMPARE_JSON(Form::fromJson(templ, exported, pinnedClock()).toJson(), saved); // calculated keys are ignored

        const std::vector<AnswerRow> rows = form.toRows();
        QCOMPARE(rows.size(), std::size_t(6));
        QCOMPARE_JSON(Form::fromRows(templ, rows, pinnedClock()).toJson(), saved);
        QCOMPARE_JSON(form.row("colours").value, json::array({"red", "blue"}));
        form.clear("colours");
        QVERIFY(form.row("colours").value.is_null());
        QVERIFY_THROWS_EXCEPTION(Error, form.row("days"));
    }

    void fromJsonRefusesBadSaves()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromJson(templ, json::array(), pinnedClock()));
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromJson(templ, {{"unknown", 1}}, pinnedClock()));
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromJson(templ, {{"seen", "maybe"}}, pinnedClock()));
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromJson(templ, {{"count", "3"}}, pinnedClock()));
        Form nulls = Form::fromJson(templ, {{"seen", nullptr}}, pinnedClock());
        QVERIFY(nulls.value("seen").is_null()); // null is the same as absent
    }
};

QTEST_APPLESS_MAIN(TestFormAnswers)
#include "tst_form_answers.moc"
