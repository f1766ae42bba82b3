// Tests of the loader on sound templates: the documented example loads, built-in and overriding choice lists,
// scoping of references, type inference through calculations, the dependency graph's order, and robustness
// (mutated templates never crash the loader, they only yield problems).
#include "FormTestTemplates.h"
#include "TemplateGenerator.h"

#include "core/form/FillSample.h"

#include <QTest>

#include <fstream>
#include <random>
#include <set>
#include <sstream>

using namespace maqa::core;
using namespace maqa::test;

namespace {
std::string slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The JSON block under "## A complete example" in docs/templates.md.
std::string documentedExample()
{
    const std::string doc = slurp(std::string(MAQA_SOURCE_DIR) + "/docs/templates.md");
    const std::size_t heading = doc.find("## A complete example");
    const std::size_t start = doc.find("```json\n", heading);
    const std::size_t end = doc.find("\n```", start + 8);
    if (heading == std::string::npos || start == std::string::npos || end == std::string::npos) {
        return {};
    }
    return doc.substr(start + 8, end - start - 8);
}

std::vector<std::string> messages(const json &doc)
{
    std::vector<std::string> out;
    for (const TemplateProblem &p : loadTemplate(doc.dump(), "t.json").problems) {
        out.push_back(p.path + ": " + p.message);
    }
    return out;
}
} // namespace

class TestTemplateLoader : public QObject
{
    Q_OBJECT
private slots:
    void documentedExampleLoadsAndFills()
    {
        const std::string text = documentedExample();
        QVERIFY(!text.empty());
        const TemplateLoadResult result = loadTemplate(text, "docs/templates.md");
        for (const TemplateProblem &p : result.problems) {
            qWarning("%s", p.line().c_str());
        }
        QVERIFY(result.ok());
        const Template &t = *result.templ;
        QCOMPARE(t.id, std::string("school-visit-check"));
        QCOMPARE(t.version, 2);
        for (const char *list : {"yes_no", "ofsted", "agencies", "themes", "year_group"}) {
            QVERIFY2(t.choiceListIndex(list) >= 0, list);
        }
        std::set<QuestionType> types;
        for (const Question &q : t.questions) {
            types.insert(q.type);
        }
        QCOMPARE(types.size(), std::size_t(16)); // every type appears
        QVERIFY(t.find("days_to_visit")->shared);
        QVERIFY(t.find("worries")->finding == Finding::Worry);
        QCOMPARE(t.liveRiskQuestion()->name, std::string("live_risk"));
        QCOMPARE(t.find("timeline")->appearance, std::string("timeline"));

        Form form(result.templ, pinnedClock());
        fillSample(form, {11, 3});
        QVERIFY(form.missingRequired().empty());
        form.set("referral_date", "2026-10-01");
        form.set("visit_date", "2026-11-20");
        QVERIFY(form.isRelevant("slow_note") && form.isRequired("delay_reason"));
    }

    void builtInListsAndOverrides()
    {
        auto t = loadJson(oneSection(json::array({{{"type", "grade"}, {"name", "g"}, {"label", "G"}},
                                                  {{"type", "agencies"}, {"name", "a"}, {"label", "A"}}})));
        QVERIFY(t);
        QCOMPARE(t->choicesOf(*t->find("g"))->names.size(), std::size_t(4));
        QVERIFY(t->choicesOf(*t->find("g"))->builtIn);
        QCOMPARE(t->choicesOf(*t->find("a"))->choices[1].label, std::string("Children's Social Care"));
        const json ownScale = {{"ofsted", json::array({{{"name", "met"}, {"label", "Met"}},
                                                       {{"name", "not_met"}, {"label", "Not met"}}})}};
        auto own = loadJson(oneSection(json::array({{{"type", "grade"}, {"name", "g"}, {"label", "G"}}}), ownScale));
        QVERIFY(own);
        QCOMPARE(own->choicesOf(*own->find("g"))->names, (std::vector<std::string>{"met", "not_met"}));
        QVERIFY(!own->choicesOf(*own->find("g"))->builtIn);
        auto scale = loadJson(
            oneSection(json::array({{{"type", "grade"}, {"name", "g"}, {"label", "G"}, {"choices", "met_scale"}}}),
                       {{"met_scale", json::array({{{"name", "met"}, {"label", "Met"}}})}}));
        QVERIFY(scale);
    }

    void repeatScopesAreSeparate()
    {
        const json timeField = {{"type", "time"}, {"name", "time"}, {"label", "T"}};
        const json checkTime = {{"type", "text"}, {"name", "note"}, {"label", "N"}, {"relevant", "${time} > '12:00'"}};
        auto t = loadJson(oneSection(json::array({
            {{"type", "repeat"}, {"name", "first"}, {"label", "F"}, {"questions", json::array({timeField, checkTime})}},
            {{"type", "repeat"},
             {"name", "second"},
             {"label", "S"},
             {"questions", json::array({timeField, checkTime})}},
        })));
        QVERIFY(t);
        const Question &first = *t->find("first"), &second = *t->find("second");
        const expr::Node &ref1 = *t->findField(first, "note")->relevant->root->args[0];
        const expr::Node &ref2 = *t->findField(second, "note")->relevant->root->args[0];
        QCOMPARE(ref1.target, t->findField(first, "time")->index);
        QCOMPARE(ref2.target, t->findField(second, "time")->index);
        // A field may not take a top-level question's name: that would make ${name} ambiguous inside the entry.
        const auto problems = messages(oneSection(json::array({
            {{"type", "time"}, {"name", "time"}, {"label", "T"}},
            {{"type", "repeat"}, {"name", "r"}, {"label", "R"}, {"questions", json::array({timeField})}},
        })));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(problems[0]).contains("is also a question outside this repeat"));
    }

    void typesFlowThroughCalculations()
    {
        const auto withCheck = [](const std::string &relevant) {
            return messages(oneSection(json::array({
                {{"type", "date"}, {"name", "d1"}, {"label", "D1"}},
                {{"type", "date"}, {"name", "d2"}, {"label", "D2"}},
                {{"type", "calculate"}, {"name", "days"}, {"calculation", "days-between(${d1}, ${d2})"}},
                {{"type", "calculate"}, {"name", "later"}, {"calculation", "${days2}"}},
                {{"type", "calculate"}, {"name", "days2"}, {"calculation", "${days} * 2"}},
                {{"type", "calculate"}, {"name", "until"}, {"calculation", "add-days(${d1}, 7)"}},
                {{"type", "text"}, {"name", "t"}, {"label", "T"}, {"relevant", relevant}},
            })));
        };
        QVERIFY(withCheck("${days} > 3").empty());
        QVERIFY(withCheck("${later} > 3").empty()); // declared before its input: order does not matter
        QVERIFY(withCheck("${until} < ${d2}").empty());
        QCOMPARE(withCheck("${until} > 3").size(), std::size_t(1));
        QCOMPARE(withCheck("${later} = 'soon'").size(), std::size_t(1));
        QVERIFY(QString::fromStdString(withCheck("${until} > 3")[0]).contains("cannot compare a date (${until})"));
    }

    void numericChoicesCompareWithNumbers()
    {
        const json levels = {
            {"level", json::array({{{"name", "1"}, {"label", "One"}}, {{"name", "2"}, {"label", "Two"}}})},
            {"words", json::array({{{"name", "low"}, {"label", "Low"}}})}};
        QVERIFY(messages(oneSection(json::array({
                                        {{"type", "select_one"}, {"name", "l"}, {"label", "L"}, {"choices", "level"}},
                                        {{"type", "text"}, {"name", "t"}, {"label", "T"}, {"relevant", "${l} >= 2"}},
                                    }),
                                    levels))
                    .empty());
        QCOMPARE(messages(oneSection(json::array({
                                         {{"type", "select_one"}, {"name", "w"}, {"label", "W"}, {"choices", "words"}},
                                         {{"type", "text"}, {"name", "t"}, {"label", "T"}, {"relevant", "${w} >= 2"}},
                                     }),
                                     levels))
                     .size(),
                 std::size_t(1));
    }

    void graphOrdersInputsFirst()
    {
        auto t = loadJson(oneSection(json::array({
            {{"type", "calculate"}, {"name", "c"}, {"calculation", "${b} + 1"}},
            {{"type", "integer"}, {"name", "b"}, {"label", "B"}, {"relevant", "${a} > 0"}},
            {{"type", "integer"}, {"name", "a"}, {"label", "A"}, {"constraint", ". < ${c}"}},
        })));
        QVERIFY(t);
        const DependencyGraph &g = t->graph;
        const int a = t->find("a")->index, b = t->find("b")->index, c = t->find("c")->index;
        QVERIFY(g.rank[static_cast<std::size_t>(a)] < g.rank[static_cast<std::size_t>(b)]);
        QVERIFY(g.rank[static_cast<std::size_t>(b)] < g.rank[static_cast<std::size_t>(c)]);
        QVERIFY(g.rank[static_cast<std::size_t>(g.sectionNode(0))] < g.rank[static_cast<std::size_t>(a)]);
        QCOMPARE(g.valueReaders[static_cast<std::size_t>(a)], std::vector<int>{b});
        QCOMPARE(g.valueReaders[static_cast<std::size_t>(b)], std::vector<int>{c});
        QCOMPARE(g.checkReaders[static_cast<std::size_t>(c)], std::vector<int>{a}); // a constraint is not a cycle
        QCOMPARE(g.parent[static_cast<std::size_t>(a)], g.sectionNode(0));
        QCOMPARE(g.children[static_cast<std::size_t>(g.sectionNode(0))].size(), std::size_t(3));
    }

    void generatedTemplatesOfEverySizeLoad()
    {
        for (int size : {10, 100, 500, 2000}) {
            const TemplateLoadResult result = loadTemplate(generateTemplateText({size, 25, 5, "gen"}), "gen.json");
            for (const TemplateProblem &p : result.problems) {
                qWarning("%s", p.line().c_str());
            }
            QVERIFY(result.ok());
            QCOMPARE(result.templ->questions.size(), std::size_t(size));
        }
    }

    void mutatedTemplatesNeverCrashTheLoader()
    {
        const std::string original = slurp(std::string(MAQA_SOURCE_DIR) + "/assets/templates/early-help-audit.json");
        std::mt19937 random(2026);
        int rejected = 0;
        for (int round = 0; round < 300; ++round) {
            std::string text = original;
            const int edits = 1 + static_cast<int>(random() % 4);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = random() % text.size();
                switch (random() % 3) {
                case 0:
                    text[at] = static_cast<char>(" {}[]\"$.,:'0aZ"[random() % 14]);
                    break;
                case 1:
                    text.erase(at, 1 + random() % 40);
                    break;
                default:
                    text.insert(at, text.substr(random() % text.size(), 1 + random() % 60));
                }
            }
            const TemplateLoadResult result = loadTemplate(text, "mutated.json");
            QVERIFY(result.ok() != !result.problems.empty());
            rejected += !result.ok();
        }
        QVERIFY(rejected > 200);
    }
};

QTEST_APPLESS_MAIN(TestTemplateLoader)
#include "tst_template_loader.moc"
