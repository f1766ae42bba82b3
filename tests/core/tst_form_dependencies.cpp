// Proves that a change re-evaluates only its dependants: exact evaluation counts for chains, independent
// questions and repeat entries, the same count whatever the template's size, and the changes each write reports.
#include "FormTestTemplates.h"
#include "TemplateGenerator.h"

#include "core/form/FillSample.h"

#include <QTest>

using namespace maqa::core;
using namespace maqa::test;

namespace {
// a → b (relevance) → c (calculation); x stands alone; `fillers` unrelated questions pad the template.
json chainTemplate(int fillers)
{
    json questions = json::array({
        {{"type", "integer"}, {"name", "a"}, {"label", "A"}},
        {{"type", "integer"}, {"name", "b"}, {"label", "B"}, {"relevant", "${a} > 1"}, {"required", true}},
        {{"type", "calculate"}, {"name", "c"}, {"calculation", "${b} * 2"}},
        {{"type", "integer"}, {"name", "x"}, {"label", "X"}},
    });
    for (int i = 0; i < fillers; ++i) {
        questions.push_back({{"type", "text"},
                             {"name", "filler" + std::to_string(i)},
                             {"label", "Filler"},
                             {"relevant", "${x} != 99"}});
    }
    return oneSection(questions);
}

json entriesTemplate()
{
    json fields = json::array({
        {{"type", "integer"}, {"name", "p"}, {"label", "P"}},
        {{"type", "text"}, {"name", "q"}, {"label", "Q"}, {"relevant", "${p} > 0"}},
    });
    return oneSection(json::array({
        {{"type", "repeat"}, {"name", "g"}, {"label", "G"}, {"questions", fields}},
        {{"type", "calculate"}, {"name", "total"}, {"calculation", "sum(${g.p})"}},
        {{"type", "integer"}, {"name", "y"}, {"label", "Y"}},
    }));
}

struct Delta
{
    Form &form;
    std::uint64_t before;
    explicit Delta(Form &f)
        : form(f)
        , before(f.evaluationCount())
    {}
    std::uint64_t operator()() const { return form.evaluationCount() - before; }
};
} // namespace

class TestFormDependencies : public QObject
{
    Q_OBJECT
private slots:
    void constructionEvaluatesEverythingOnce()
    {
        Form form(loadJson(chainTemplate(10)), pinnedClock());
        // 14 questions, each evaluated once for its value and once for its checks, plus the one section.
        QCOMPARE(form.evaluationCount(), std::uint64_t(14 * 2 + 1));
    }

    void onlyDependantsAreEvaluated_data()
    {
        QTest::addColumn<int>("fillers");
        QTest::newRow("small") << 0;
        QTest::newRow("large") << 400;
    }
    void onlyDependantsAreEvaluated()
    {
        QFETCH(int, fillers);
        Form form(loadJson(chainTemplate(fillers)), pinnedClock());
        {
            Delta delta(form);
            form.set("a", 5); // a, b's relevance (now shown), a's and b's checks; c's value is still empty
            QCOMPARE(delta(), std::uint64_t(5));
        }
        {
            Delta delta(form);
            form.set("b", 3); // b, c, and their checks
            QCOMPARE(delta(), std::uint64_t(4));
            QCOMPARE_JSON(form.value("c"), 6);
        }
        {
            Delta delta(form);
            form.set("a", 6); // b's relevance does not change, so nothing past b runs
            QCOMPARE(delta(), std::uint64_t(3));
        }
        {
            Delta delta(form);
            form.set("a", 6); // the same value again: nothing runs
            QCOMPARE(delta(), std::uint64_t(0));
        }
        {
            Delta delta(form);
            form.set("x", 1); // x's readers (the fillers) re-evaluate, but their relevance does not change
            QCOMPARE(delta(), std::uint64_t(2 + fillers));
        }
        {
            Delta delta(form);
            form.set("a", 0); // hides b: b's value becomes empty, so c recomputes, and checks follow
            QCOMPARE(delta(), std::uint64_t(6));
            QVERIFY(form.value("c").is_null());
            QCOMPARE_JSON(form.value("b"), 3); // kept while hidden
        }
    }

    void changesNameWhatChanged()
    {
        Form form(loadJson(chainTemplate(3)), pinnedClock());
        FormChanges changes = form.set("a", 2);
        QCOMPARE(changes.size(), std::size_t(2));
        QCOMPARE(changes[0].path, std::string("a"));
        QVERIFY(changes[0].value && !changes[0].relevance);
        QCOMPARE(changes[1].path, std::string("b"));
        QVERIFY(changes[1].relevance && changes[1].required && changes[1].validation && !changes[1].value);
        changes = form.set("b", 4);
        QVERIFY(findChange(changes, "c")->value);
        QVERIFY(findChange(changes, "b")->validation); // "needs an answer" went away
        changes = form.set("x", 99);                   // hides every filler
        QCOMPARE(changes.size(), std::size_t(4));
        QVERIFY(findChange(changes, "filler2")->relevance);
    }

    void anEntryChangeStaysInItsEntry()
    {
        Form form(loadJson(entriesTemplate()), pinnedClock());
        std::vector<std::string> ids;
        for (int i = 0; i < 10; ++i) {
            ids.push_back(form.addEntry("g").id);
        }
        Delta delta(form);
        form.set("g/" + ids[4] + "/p", 3); // p and q of that entry, the total over all entries, and their checks
        QCOMPARE(delta(), std::uint64_t(6));
        QCOMPARE_JSON(form.value("total"), 3);
        QVERIFY(form.isRelevant("g/" + ids[4] + "/q"));
        QVERIFY(!form.isRelevant("g/" + ids[5] + "/q"));
        Delta unrelated(form);
        form.set("y", 1);
        QCOMPARE(unrelated(), std::uint64_t(2));
        Delta added(form);
        form.addEntry("g"); // the group's count and check, the total (re-read), the new entry's fields and checks
        QCOMPARE(added(), std::uint64_t(2 + 1 + 2 + 2));
    }

    void generatedTemplateOfFiveHundredQuestions()
    {
        auto templ = loadJson(generateTemplate({500, 25, 7, "generated"}));
        QVERIFY(templ);
        QCOMPARE(templ->questions.size(), std::size_t(500));
        Form form(templ, pinnedClock());
        fillSample(form);
        QVERIFY(form.missingRequired().empty());
        // One yes/no near the start: its evidence, the section's score and the scores chained after it.
        const Question *first = nullptr;
        for (const Question &q : templ->questions) {
            if (q.type == QuestionType::YesNo && q.requiredAlways) {
                first = &q;
                break;
            }
        }
        QVERIFY(first);
        Delta delta(form);
        form.set(first->name, form.value(first->name) == json("yes") ? "no" : "yes");
        const std::uint64_t sections = templ->sections.size();
        QVERIFY2(delta() <= 2 * sections + 6, std::to_string(delta()).c_str());
        QVERIFY(form.evaluationCount() > delta());
    }
};

QTEST_APPLESS_MAIN(TestFormDependencies)
#include "tst_form_dependencies.moc"
