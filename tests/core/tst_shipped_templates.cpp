// Tests of the three shipped templates (assets/templates): they load cleanly, carry the domain's structure
// (eleven audit parts, grades, findings, shared questions, live risk, timeline and quotes), their relevance and
// calculations behave, and fill-sample leaves no shown required question empty.
#include "FormTestTemplates.h"

#include "core/form/FillSample.h"
#include "core/privacy/IdentifierScan.h"

#include <QTest>

#include <fstream>
#include <set>
#include <sstream>

using namespace maqa::core;
using namespace maqa::test;

namespace {
std::shared_ptr<const Template> shipped(const std::string &name)
{
    std::ifstream in(std::string(MAQA_SOURCE_DIR) + "/assets/templates/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    TemplateLoadResult result = loadTemplate(text.str(), name);
    for (const TemplateProblem &p : result.problems) {
        qWarning("%s", p.line().c_str());
    }
    return result.templ;
}

} // namespace

class TestShippedTemplates : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Template> audit, baby, child;

private slots:
    void initTestCase()
    {
        audit = shipped("early-help-audit.json");
        baby = shipped("ditl-baby.json");
        child = shipped("ditl-child.json");
        QVERIFY(audit && baby && child);
    }

    void identities()
    {
        QCOMPARE(audit->id, std::string("early-help-audit"));
        QVERIFY(audit->kind == TemplateKind::Audit);
        QCOMPARE(baby->id, std::string("ditl-baby"));
        QCOMPARE(child->id, std::string("ditl-child"));
        QVERIFY(baby->kind == TemplateKind::Observation && child->kind == TemplateKind::Observation);
        for (const auto &t : {audit, baby, child}) {
            QCOMPARE(t->version, 1);
        }
    }

    void auditHasTheElevenPartsEachWithGradeAndFindings()
    {
        QCOMPARE(audit->sections.size(), std::size_t(12)); // the header, then parts 1 to 11
        QCOMPARE(audit->sections[1].title.rfind("1. ", 0), std::size_t(0));
        QCOMPARE(audit->sections[11].title.rfind("11. ", 0), std::size_t(0));
        for (std::size_t s = 1; s <= 9; ++s) {
            const Section &section = audit->sections[s];
            const auto &qs = section.questions;
            QVERIFY(qs.size() >= 4);
            const Question &grade = audit->questions[static_cast<std::size_t>(qs[qs.size() - 3])];
            QVERIFY(grade.type == QuestionType::Grade && grade.requiredAlways);
            QCOMPARE(audit->choicesOf(grade)->names,
                     (std::vector<std::string>{"outstanding", "good", "requires_improvement", "inadequate"}));
            QVERIFY(audit->questions[static_cast<std::size_t>(qs[qs.size() - 2])].finding == Finding::GoodPractice);
            QVERIFY(audit->questions[static_cast<std::size_t>(qs[qs.size() - 1])].finding == Finding::Learning);
        }
        const Question *themes = audit->find("themes");
        QVERIFY(themes && themes->type == QuestionType::Themes);
        QCOMPARE(audit->choicesOf(*themes)->names.size(), std::size_t(11));
        QVERIFY(audit->find("worries")->finding == Finding::Worry);
        QVERIFY(audit->find("overall_grade")->type == QuestionType::Grade);
    }

    void everyYesNoHasEvidenceOrAFollowUp()
    {
        int withEvidence = 0;
        for (const Question &q : audit->questions) {
            if (q.type == QuestionType::YesNo && audit->find(q.name + "_evidence")) {
                ++withEvidence;
            }
        }
        QVERIFY(withEvidence >= 30);
    }

    void sharedQuestionsAreTheOnesAgenciesCanContradict()
    {
        std::set<std::string> shared;
        for (const Question &q : audit->questions) {
            if (q.shared) {
                shared.insert(q.name);
            }
        }
        for (const char *name : {"strategy_minutes_received", "strategy_minutes_shared_with", "invited_to_meetings",
                                 "informed_of_outcome", "referrer_informed", "gp_aware", "timeliness_days"}) {
            QVERIFY2(shared.count(name), name);
        }
    }

    void auditRelevanceAndCalculations()
    {
        Form form(audit, pinnedClock());
        QVERIFY(!form.isRelevant("escalation_details"));
        form.set("disagreement", "yes");
        QVERIFY(form.isRelevant("escalation_used"));
        QVERIFY(!form.isRelevant("escalation_details"));
        form.set("escalation_used", "no");
        QVERIFY(form.isRelevant("escalation_not_used_reason"));
        form.set("escalation_used", "yes");
        QVERIFY(form.isRelevant("escalation_details") && form.isRequired("escalation_details"));
        QVERIFY(!form.isRelevant("escalation_not_used_reason"));

        QVERIFY(!form.isRelevant("consent_reason"));
        form.set("consent_sought", "no");
        QVERIFY(form.isRelevant("consent_reason") && form.isRequired("consent_reason"));

        form.set("referral_date", "2026-10-30");
        form.set("response_date", "2026-11-03");
        QCOMPARE_JSON(form.value("timeliness_days"), 4);
        form.set("response_date", "2026-10-29");
        QCOMPARE(form.validationMessage("response_date"),
                 std::string("The first response comes after the referral and not in the future."));

        form.set("audit_date", "2026-11-20");
        form.set("episode_opened", "2025-06-01");
        QCOMPARE_JSON(form.value("months_open"), 17);
        QVERIFY(form.isRelevant("drift_note"));

        form.set("need_start", "3");
        form.set("need_end", "4");
        QCOMPARE_JSON(form.value("need_change"), "stepped up");
        form.set("need_end", "2");
        QCOMPARE_JSON(form.value("need_change"), "stepped down");

        form.set("concerns_recognised", "partly");
        QVERIFY(form.isRequired("concerns_recognised_evidence"));
        form.set("concerns_recognised", "yes");
        QVERIFY(form.isRelevant("concerns_recognised_evidence") && !form.isRequired("concerns_recognised_evidence"));
        form.set("concerns_recognised", "na");
        QVERIFY(!form.isRelevant("concerns_recognised_evidence"));

        form.set("recognition_grade", "good");
        form.set("voice_grade", "inadequate");
        QCOMPARE_JSON(form.value("parts_graded"), 2);
        QCOMPARE_JSON(form.value("parts_inadequate"), 1);
    }

    void liveRiskIsFlaggedAndFollowedUp()
    {
        for (const auto &t : {audit, baby, child}) {
            const Question *risk = t->liveRiskQuestion();
            QVERIFY(risk && risk->type == QuestionType::YesNo && !risk->inRepeat() && risk->requiredAlways);
            Form form(t, pinnedClock());
            QVERIFY(!form.isRelevant("live_risk_action"));
            form.set(risk->name, "yes");
            QVERIFY(form.isRelevant("live_risk_action") && form.isRequired("live_risk_action"));
        }
    }

    void dayInTheLifeHasTimelineAndQuotes()
    {
        for (const auto &t : {baby, child}) {
            const Question *timeline = t->find("timeline");
            QVERIFY(timeline && timeline->type == QuestionType::Repeat);
            QCOMPARE(timeline->appearance, std::string("timeline"));
            for (const char *field : {"time", "block", "what", "who", "experience", "source", "rating"}) {
                QVERIFY2(t->findField(*timeline, field), field);
            }
            QCOMPARE(t->choicesOf(*t->findField(*timeline, "block"))->names.size(), std::size_t(8));
            const Question *quotes = t->find("quotes");
            QVERIFY(quotes && quotes->appearance == "quotes");
            for (const char *field : {"words", "time", "context"}) {
                QVERIFY2(t->findField(*quotes, field), field);
            }
            for (const char *name :
                 {"case_code", "age_band", "visit_start", "practitioner_role", "agency", "present", "accounts_from",
                  "home_safe", "fed_well", "warm_interaction", "impact", "differences", "actions"}) {
                QVERIFY2(t->find(name), name);
            }
            QVERIFY(!t->find("date_of_birth")); // age bands, never birth dates
        }
        QVERIFY(baby->find("quotes")->label.find("Observed sounds") != std::string::npos);
        QVERIFY(child->find("quotes")->label.find("words") != std::string::npos);
    }

    void dayInTheLifeCalculations()
    {
        Form form(child, pinnedClock());
        QVERIFY(form.isRelevant("no_quotes_reason"));
        form.addEntry("quotes");
        QVERIFY(!form.isRelevant("no_quotes_reason"));
        const std::string a = form.addEntry("timeline").id, b = form.addEntry("timeline").id;
        form.set("timeline/" + a + "/rating", "concern");
        form.set("timeline/" + b + "/rating", "strength");
        QCOMPARE_JSON(form.value("concern_count"), 1);
        form.set("timeline/" + b + "/rating", "concern");
        QCOMPARE_JSON(form.value("concern_count"), 2);
        form.set("visit_start", "2026-11-26T09:00");
        form.set("visit_end", "2026-11-26T10:30");
        QCOMPARE_JSON(form.value("visit_minutes"), 90);
        QCOMPARE(form.validationMessage("timeline"), std::string("Add at least 3 entries."));
    }

    void fillSampleLeavesNothingRequiredEmpty_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("seed");
        for (const char *file : {"early-help-audit.json", "ditl-baby.json", "ditl-child.json"}) {
            for (int seed : {1, 2, 3, 4, 5}) {
                QTest::addRow("%s/%d", file, seed) << QString(file) << seed;
            }
        }
    }
    void fillSampleLeavesNothingRequiredEmpty()
    {
        QFETCH(QString, file);
        QFETCH(int, seed);
        Form form(shipped(file.toStdString()), pinnedClock());
        const int added = fillSample(form, {static_cast<std::uint32_t>(seed), 3});
        QVERIFY(added > 20);
        for (const MissingAnswer &m : form.missingRequired()) {
            qWarning("missing %s", m.path.c_str());
        }
        QVERIFY(form.missingRequired().empty());
        QVERIFY(form.validationIssues().empty());
        QVERIFY(form.isComplete());
        QCOMPARE(form.completeness(), 1.0);
        QCOMPARE(fillSample(form, {static_cast<std::uint32_t>(seed), 3}), 0); // already full: nothing to add
        // The sample text is neutral: the identifier scan finds nothing in it.
        const nlohmann::json exported = form.exportJson();
        for (const auto &[key, value] : exported.items()) {
            if (value.is_string()) {
                QVERIFY2(scanForIdentifiers(value.get<std::string>()).empty(), value.get<std::string>().c_str());
            }
        }
        const Form reopened = Form::fromJson(form.sharedTemplate(), form.toJson(), pinnedClock());
        QCOMPARE_JSON(reopened.exportJson(), form.exportJson());
    }
};

QTEST_APPLESS_MAIN(TestShippedTemplates)
#include "tst_shipped_templates.moc"
