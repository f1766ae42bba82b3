// Tests of repeat groups in Form: entries with stable ids, add/remove/move, min/max entries, same-entry references
// and relevance inside entries, aggregates (count, sum, min, max) over entries, and rows with entry paths.
#include "FormTestTemplates.h"

#include "core/form/AnswerValues.h"
#include "core/util/Error.h"

#include <QTest>

using namespace maqa::core;
using namespace maqa::test;

namespace {
json visitsTemplate()
{
    json fields = json::array({
        {{"type", "time"}, {"name", "time"}, {"label", "Time"}, {"required", true}},
        {{"type", "select_one"}, {"name", "block"}, {"label", "Block"}, {"choices", "blocks"}},
        {{"type", "text"}, {"name", "what"}, {"label", "What happened"}, {"relevant", "${block} != 'night'"}},
        {{"type", "integer"}, {"name", "minutes"}, {"label", "Minutes"}, {"constraint", ". <= ${limit}"}},
        {{"type", "calculate"}, {"name", "late"}, {"calculation", "${time} > '20:00'"}},
    });
    return oneSection(json::array({
                          {{"type", "yes_no"}, {"name", "visited"}, {"label", "Visited"}},
                          {{"type", "integer"}, {"name", "limit"}, {"label", "Limit"}},
                          {{"type", "repeat"},
                           {"name", "visits"},
                           {"label", "Visits"},
                           {"relevant", "${visited} = 'yes'"},
                           {"min_entries", 2},
                           {"max_entries", 3},
                           {"questions", fields}},
                          {{"type", "calculate"}, {"name", "visit_count"}, {"calculation", "count(${visits})"}},
                          {{"type", "calculate"}, {"name", "total"}, {"calculation", "sum(${visits.minutes})"}},
                          {{"type", "calculate"}, {"name", "longest"}, {"calculation", "max(${visits.minutes})"}},
                          {{"type", "calculate"}, {"name", "described"}, {"calculation", "count(${visits.what})"}},
                      }),
                      {{"blocks", json::array({{{"name", "morning"}, {"label", "Morning"}},
                                               {{"name", "night"}, {"label", "Night"}}})}});
}
} // namespace

class TestFormRepeats : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Template> templ;

private slots:
    void initTestCase()
    {
        templ = loadJson(visitsTemplate());
        QVERIFY(templ);
    }

    void entriesHaveStableIdsAndOrder()
    {
        Form form(templ, pinnedClock());
        form.set("visited", "yes");
        const EntryAdded a = form.addEntry("visits");
        const EntryAdded b = form.addEntry("visits");
        QVERIFY(isEntryId(a.id) && isEntryId(b.id) && a.id != b.id);
        QCOMPARE(a.id.size(), std::size_t(8));
        QVERIFY(findChange(a.changes, "visits") && findChange(a.changes, "visits")->value);
        QVERIFY(findChange(a.changes, "visits/" + a.id + "/time")->relevance);
        QCOMPARE(form.entryIds("visits"), (std::vector<std::string>{a.id, b.id}));
        QCOMPARE_JSON(form.value("visits"), json::array({a.id, b.id}));
        form.set("visits/" + b.id + "/minutes", 5);
        form.moveEntry("visits", b.id, 0);
        QCOMPARE(form.entryIds("visits"), (std::vector<std::string>{b.id, a.id}));
        QCOMPARE_JSON(form.value("visits/" + b.id + "/minutes"), 5); // answers travel with their entry
        QVERIFY_THROWS_EXCEPTION(Error, form.moveEntry("visits", b.id, 2));
        form.removeEntry("visits", b.id);
        QCOMPARE(form.entryIds("visits"), (std::vector<std::string>{a.id}));
        QVERIFY_THROWS_EXCEPTION(Error, form.value("visits/" + b.id + "/minutes"));
        QVERIFY_THROWS_EXCEPTION(Error, form.removeEntry("visits", b.id));
        QVERIFY_THROWS_EXCEPTION(Error, form.addEntry("visited")); // not a repeat
        QVERIFY_THROWS_EXCEPTION(Error, form.set("visits", json::array()));
    }

    void minAndMaxEntries()
    {
        Form form(templ, pinnedClock());
        QVERIFY(!form.isRelevant("visits"));
        QVERIFY(form.missingRequired().empty()); // hidden: not required
        form.set("visited", "yes");
        QVERIFY(form.isRequired("visits"));
        QCOMPARE(form.validationMessage("visits"), std::string("Add at least 2 entries."));
        form.addEntry("visits");
        QCOMPARE(form.missingRequired().size(), std::size_t(2)); // the group, and the first entry's time
        form.addEntry("visits");
        QCOMPARE(form.validationMessage("visits"), std::string());
        form.addEntry("visits");
        try {
            form.addEntry("visits");
            QFAIL("a fourth entry was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Refused);
        }
        QCOMPARE(form.entryIds("visits").size(), std::size_t(3));
    }

    void referencesInsideAnEntryReadThatEntry()
    {
        Form form(templ, pinnedClock());
        form.set("visited", "yes");
        const std::string a = form.addEntry("visits").id, b = form.addEntry("visits").id;
        form.set("visits/" + a + "/block", "night");
        form.set("visits/" + b + "/block", "morning");
        QVERIFY(!form.isRelevant("visits/" + a + "/what"));
        QVERIFY(form.isRelevant("visits/" + b + "/what"));
        form.set("visits/" + a + "/time", "21:15");
        form.set("visits/" + b + "/time", "08:00");
        QCOMPARE_JSON(form.value("visits/" + a + "/late"), true);
        QCOMPARE_JSON(form.value("visits/" + b + "/late"), false);
        // A top-level answer read inside every entry: changing it re-checks all of them.
        form.set("limit", 30);
        form.set("visits/" + a + "/minutes", 45);
        form.set("visits/" + b + "/minutes", 20);
        QCOMPARE(form.validationMessage("visits/" + a + "/minutes"), std::string("This answer is not allowed here."));
        QCOMPARE(form.validationMessage("visits/" + b + "/minutes"), std::string());
        const FormChanges changes = form.set("limit", 50);
        QVERIFY(findChange(changes, "visits/" + a + "/minutes")->validation);
        QCOMPARE(form.validationMessage("visits/" + a + "/minutes"), std::string());
    }

    void aggregatesFollowEntries()
    {
        Form form(templ, pinnedClock());
        QCOMPARE_JSON(form.value("visit_count"), 0);
        QCOMPARE_JSON(form.value("total"), 0);
        QVERIFY(form.value("longest").is_null());
        form.set("visited", "yes");
        const std::string a = form.addEntry("visits").id, b = form.addEntry("visits").id,
                          c = form.addEntry("visits").id;
        QCOMPARE_JSON(form.value("visit_count"), 3);
        form.set("visits/" + a + "/minutes", 10);
        form.set("visits/" + b + "/minutes", 25);
        QCOMPARE_JSON(form.value("total"), 35);
        QCOMPARE_JSON(form.value("longest"), 25);
        form.set("visits/" + a + "/what", "Breakfast");
        form.set("visits/" + c + "/what", "Nursery run");
        QCOMPARE_JSON(form.value("described"), 2);
        form.set("visits/" + c + "/block", "night"); // hides c's "what": a hidden answer is not counted
        QCOMPARE_JSON(form.value("described"), 1);
        const FormChanges removed = form.removeEntry("visits", b);
        QVERIFY(findChange(removed, "total") && findChange(removed, "visit_count"));
        QCOMPARE_JSON(form.value("total"), 10);
        QCOMPARE_JSON(form.value("visit_count"), 2);
        form.set("visited", "no"); // the whole group hidden: no entries count, answers kept
        QCOMPARE_JSON(form.value("visit_count"), 0);
        QCOMPARE_JSON(form.value("total"), 0);
        QVERIFY(!form.isRelevant("visits/" + a + "/minutes"));
        QCOMPARE_JSON(form.value("visits/" + a + "/minutes"), 10);
        QVERIFY(!form.exportJson().contains("visits"));
        QVERIFY(form.toJson().contains("visits"));
    }

    void rowsCarryEntryPaths()
    {
        Form form(templ, pinnedClock());
        form.set("visited", "yes");
        const std::string a = form.addEntry("visits").id, b = form.addEntry("visits").id;
        form.set("visits/" + a + "/time", "07:00");
        form.set("visits/" + b + "/time", "12:30");
        form.set("visits/" + b + "/what", "Lunch");
        std::vector<AnswerRow> rows = form.toRows();
        std::map<std::string, json> byPath;
        for (const AnswerRow &r : rows) {
            byPath[r.path] = r.value;
        }
        QCOMPARE(byPath.size(), std::size_t(5));
        QCOMPARE_JSON(byPath["visits"], json::array({a, b}));
        QCOMPARE_JSON(byPath["visits/" + b + "/what"], "Lunch");
        QCOMPARE_JSON(form.row("visits/" + a + "/time").value, "07:00");
        QCOMPARE_JSON(form.row("visits").value, json::array({a, b}));

        // Removing an entry rewrites only the group row; the old field rows are ignored when read back.
        form.removeEntry("visits", a);
        std::vector<AnswerRow> stale = rows;
        for (AnswerRow &r : stale) {
            if (r.path == "visits") {
                r.value = form.row("visits").value;
            }
        }
        Form reopened = Form::fromRows(templ, stale, pinnedClock());
        QCOMPARE_JSON(reopened.toJson(), form.toJson());
        QCOMPARE(reopened.entryIds("visits"), (std::vector<std::string>{b}));
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromRows(templ, {{"visits/a/b/c", 1}}, pinnedClock()));
    }

    void savedEntriesAreValidated()
    {
        const json twoWithSameId = {{"visited", "yes"}, {"visits", json::array({{{"_id", "x1"}}, {{"_id", "x1"}}})}};
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromJson(templ, twoWithSameId, pinnedClock()));
        const json noId = {{"visits", json::array({{{"time", "07:00"}}})}};
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromJson(templ, noId, pinnedClock()));
        const json tooMany = {
            {"visits", json::array({{{"_id", "a"}}, {{"_id", "b"}}, {{"_id", "c"}}, {{"_id", "d"}}})}};
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromJson(templ, tooMany, pinnedClock()));
        const json badField = {{"visits", json::array({{{"_id", "a"}, {"time", "25:00"}}})}};
        QVERIFY_THROWS_EXCEPTION(Error, Form::fromJson(templ, badField, pinnedClock()));
        const json good = {{"visited", "yes"},
                           {"visits", json::array({{{"_id", "a"}, {"time", "07:00"}, {"minutes", 5}},
                                                   {{"_id", "b"}, {"minutes", 7}}})}};
        Form form = Form::fromJson(templ, good, pinnedClock());
        QCOMPARE_JSON(form.value("total"), 12);
        QCOMPARE(form.validationMessage("visits/b/time"), std::string("This question needs an answer."));
        QCOMPARE_JSON(form.toJson(), good);
    }
};

QTEST_APPLESS_MAIN(TestFormRepeats)
#include "tst_form_repeats.moc"
