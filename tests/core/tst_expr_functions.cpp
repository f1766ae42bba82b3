// Tests of the interpreter: every operator and built-in function, with the edge cases audits meet — empty answers,
// 'na', division by zero, dates across months, year ends and leap years, times across midnight, repeat aggregates.
#include "ExprTestSupport.h"

#include <QTest>

using namespace maqa::core::expr;
using maqa::test::TableEnvironment;

namespace {
Value dateOf(const char *text)
{
    return Value::date(*parseDate(text));
}
} // namespace

class TestExprFunctions : public QObject
{
    Q_OBJECT
private:
    TableEnvironment env;

private slots:
    void init()
    {
        env = TableEnvironment();
        env.set("empty", Value());
        env.set("na", Value::string("na"));
        env.set("yes", Value::string("yes"));
        env.set("n", Value::number(5));
        env.set("text", Value::string("héllo"));
        env.set("list", Value::list({"police", "gp"}));
        env.set("nolist", Value::list({}));
        env.set("d", dateOf("2026-11-26"));
        env.set("dt", Value::dateTime(*parseDateTime("2026-11-26T09:15")));
        env.set("t", Value::time(*parseTime("07:30")));
    }

    void emptyCompareAndArithmetic()
    {
        QCOMPARE(env.str("${empty} = ''"), std::string("true"));
        QCOMPARE(env.str("${empty} != ''"), std::string("false"));
        QCOMPARE(env.str("${nolist} = ''"), std::string("true"));
        QCOMPARE(env.str("${empty} = 0"), std::string("false"));
        QCOMPARE(env.str("${empty} != 5"), std::string("true"));
        QCOMPARE(env.str("${empty} > 1"), std::string("false"));
        QCOMPARE(env.str("${empty} < 1"), std::string("false"));
        QCOMPARE(env.str("${empty} <= ${empty}"), std::string("false"));
        QVERIFY(env.eval("${empty} + 1").isEmpty());
        QVERIFY(env.eval("-${empty}").isEmpty());
        QVERIFY(env.eval("${empty} * 0").isEmpty());
        QCOMPARE(env.str("not(${empty})"), std::string("true"));
        QCOMPARE(env.str("${empty} and true()"), std::string("false"));
        QCOMPARE(env.str("${empty} or true()"), std::string("true"));
        QCOMPARE(env.eval("${empty}").truthy(), false);
    }

    void notApplicableIsAnAnswerNotEmpty()
    {
        QCOMPARE(env.str("${na} = 'yes'"), std::string("false"));
        QCOMPARE(env.str("${na} != 'no'"), std::string("true"));
        QCOMPARE(env.str("${na} = 'na'"), std::string("true"));
        QCOMPARE(env.str("${na} != ''"), std::string("true"));
        QCOMPARE(env.str("coalesce(${na}, 'x')"), std::string("na"));
        QCOMPARE(env.str("selected(${na}, 'na')"), std::string("true"));
        QCOMPARE(env.str("selected(${yes}, 'na')"), std::string("false"));
    }

    void arithmetic()
    {
        QCOMPARE(env.str("${n} + 2.5"), std::string("7.5"));
        QCOMPARE(env.str("${n} - 7"), std::string("-2"));
        QCOMPARE(env.str("${n} div 2"), std::string("2.5"));
        QCOMPARE(env.str("0.1 + 0.2"), std::string("0.3"));
        QVERIFY(env.eval("${n} div 0").isEmpty());
        QVERIFY(env.eval("${n} mod 0").isEmpty());
        QCOMPARE(env.str("${n} mod 3"), std::string("2"));
        QCOMPARE(env.str("-${n} mod 3"), std::string("-2"));
        QCOMPARE(env.str("'4' * 2"), std::string("8"));
        QVERIFY(env.eval("'four' * 2").isEmpty());
        QCOMPARE(env.str("${n} = '5'"), std::string("true"));
        QCOMPARE(env.str("true() = 1"), std::string("true"));
        QCOMPARE(env.str("false() + 1"), std::string("1"));
    }

    void textComparison()
    {
        QCOMPARE(env.str("'apple' < 'banana'"), std::string("true"));
        QCOMPARE(env.str("'10' < '9'"), std::string("false")); // numbers in text compare as numbers
        QCOMPARE(env.str("${yes} = 'yes'"), std::string("true"));
        QCOMPARE(env.str("${yes} = 'Yes'"), std::string("false"));
    }

    void choiceFunctions()
    {
        QCOMPARE(env.str("selected(${list}, 'gp')"), std::string("true"));
        QCOMPARE(env.str("selected(${list}, 'csc')"), std::string("false"));
        QCOMPARE(env.str("selected(${empty}, 'gp')"), std::string("false"));
        QCOMPARE(env.str("count-selected(${list})"), std::string("2"));
        QCOMPARE(env.str("count-selected(${nolist})"), std::string("0"));
        QCOMPARE(env.str("count-selected(${empty})"), std::string("0"));
        QCOMPARE(env.str("${list} = 'police gp'"), std::string("true"));
        QCOMPARE(env.str("string(${list})"), std::string("police gp"));
    }

    void ifAndCoalesce()
    {
        QCOMPARE(env.str("if(${n} > 3, 'big', 'small')"), std::string("big"));
        QCOMPARE(env.str("if(${empty}, 'set', 'unset')"), std::string("unset"));
        QCOMPARE(env.str("if(true(), 1, 1 div 0)"), std::string("1")); // lazy: the other branch never runs
        QCOMPARE(env.str("coalesce(${empty}, '', ${n})"), std::string("5"));
        QVERIFY(env.eval("coalesce(${empty}, '')").isEmpty());
    }

    void todayAndNowComeFromTheClock()
    {
        QCOMPARE(env.str("today()"), std::string("2026-11-26"));
        QCOMPARE(env.str("now()"), std::string("2026-11-26T14:30"));
        env.now = *parseDateTime("2024-02-29T00:00");
        QCOMPARE(env.str("today()"), std::string("2024-02-29"));
        QCOMPARE(env.str("${d} > today()"), std::string("true"));
        env.now = *parseDateTime("1969-12-31T23:59"); // before the epoch: floor, not truncation
        QCOMPARE(env.str("today()"), std::string("1969-12-31"));
    }

    void dateFunction()
    {
        QCOMPARE(env.str("date('2024-02-29')"), std::string("2024-02-29"));
        QVERIFY(env.eval("date('2023-02-29')").isEmpty());
        QVERIFY(env.eval("date('29/02/2024')").isEmpty());
        QCOMPARE(env.str("date(2024, 2, 29)"), std::string("2024-02-29"));
        QVERIFY(env.eval("date(2023, 2, 29)").isEmpty());
        QVERIFY(env.eval("date(2023, 13, 1)").isEmpty());
        QCOMPARE(env.str("date(${dt})"), std::string("2026-11-26"));
        QCOMPARE(env.str("date('2026-11-26T23:59')"), std::string("2026-11-26"));
        QVERIFY(env.eval("date(${empty})").isEmpty());
    }

    void daysBetweenAcrossMonthsYearsAndLeapYears()
    {
        QCOMPARE(env.str("days-between('2026-01-31', '2026-03-01')"), std::string("29"));
        QCOMPARE(env.str("days-between('2024-02-28', '2024-03-01')"), std::string("2"));
        QCOMPARE(env.str("days-between('2023-02-28', '2023-03-01')"), std::string("1"));
        QCOMPARE(env.str("days-between('2100-02-28', '2100-03-01')"), std::string("1")); // 2100 is not a leap year
        QCOMPARE(env.str("days-between('2000-02-28', '2000-03-01')"), std::string("2")); // 2000 is
        QCOMPARE(env.str("days-between('2025-12-31', '2026-01-01')"), std::string("1"));
        QCOMPARE(env.str("days-between('2026-03-01', '2026-01-31')"), std::string("-29"));
        QCOMPARE(env.str("days-between('2024-01-01', '2025-01-01')"), std::string("366"));
        QCOMPARE(env.str("days-between(${d}, ${dt})"), std::string("0"));
        QCOMPARE(env.str("days-between(today(), '2026-12-25')"), std::string("29"));
        QVERIFY(env.eval("days-between(${empty}, ${d})").isEmpty());
        QVERIFY(env.eval("days-between('soon', ${d})").isEmpty());
    }

    void monthsBetweenCountsWholeMonths()
    {
        QCOMPARE(env.str("months-between('2024-01-31', '2024-02-29')"), std::string("0"));
        QCOMPARE(env.str("months-between('2024-01-31', '2024-03-31')"), std::string("2"));
        QCOMPARE(env.str("months-between('2024-01-15', '2024-02-15')"), std::string("1"));
        QCOMPARE(env.str("months-between('2024-03-15', '2024-01-16')"), std::string("-1"));
        QCOMPARE(env.str("months-between('2023-02-28', '2024-02-28')"), std::string("12"));
        QCOMPARE(env.str("months-between('2025-11-30', '2026-11-26') >= 12"), std::string("false"));
        QVERIFY(env.eval("months-between(${empty}, ${d})").isEmpty());
    }

    void addDaysAndParts()
    {
        QCOMPARE(env.str("add-days('2024-02-28', 1)"), std::string("2024-02-29"));
        QCOMPARE(env.str("add-days('2023-02-28', 1)"), std::string("2023-03-01"));
        QCOMPARE(env.str("add-days('2026-12-31', 1)"), std::string("2027-01-01"));
        QCOMPARE(env.str("add-days(${d}, -26)"), std::string("2026-10-31"));
        QVERIFY(env.eval("add-days(${d}, ${empty})").isEmpty());
        QCOMPARE(env.str("year(${d})"), std::string("2026"));
        QCOMPARE(env.str("month(${dt})"), std::string("11"));
        QCOMPARE(env.str("day('2024-02-29')"), std::string("29"));
        QVERIFY(env.eval("year(${empty})").isEmpty());
    }

    void minutesBetweenTimesAndDateTimes()
    {
        QCOMPARE(env.str("minutes-between(${t}, '09:00')"), std::string("90"));
        QCOMPARE(env.str("minutes-between('09:00', ${t})"), std::string("-90"));
        QCOMPARE(env.str("minutes-between('2026-11-26T23:30', '2026-11-27T00:15')"), std::string("45"));
        QCOMPARE(env.str("minutes-between(${dt}, now())"), std::string("315"));
        QVERIFY(env.eval("minutes-between(${t}, ${empty})").isEmpty());
        QVERIFY(env.eval("minutes-between(${t}, 'later')").isEmpty());
    }

    void temporalComparisons()
    {
        QCOMPARE(env.str("${d} = '2026-11-26'"), std::string("true"));
        QCOMPARE(env.str("${d} < '2026-11-27'"), std::string("true"));
        QCOMPARE(env.str("${d} < ${dt}"), std::string("true")); // midnight before 09:15
        QCOMPARE(env.str("${d} = date(${dt})"), std::string("true"));
        QCOMPARE(env.str("${t} < '08:00'"), std::string("true"));
        QCOMPARE(env.str("${t} >= '07:30'"), std::string("true"));
        QCOMPARE(env.str("${t} < 'breakfast'"), std::string("false"));
        QCOMPARE(env.str("${d} <= today()"), std::string("true"));
        QCOMPARE(env.str("'2024-02-29' < '2024-03-01'"), std::string("true"));
    }

    void textFunctions()
    {
        QCOMPARE(env.str("string-length(${text})"), std::string("5")); // characters, not bytes
        QCOMPARE(env.str("string-length(${empty})"), std::string("0"));
        QCOMPARE(env.str("string-length(${n})"), std::string("1"));
        QCOMPARE(env.str("concat(${n}, '/', ${d}, '/', ${list})"), std::string("5/2026-11-26/police gp"));
        QCOMPARE(env.str("concat(${empty})"), std::string(""));
        QCOMPARE(env.str("contains(${text}, 'll')"), std::string("true"));
        QCOMPARE(env.str("contains(${text}, '')"), std::string("true"));
        QCOMPARE(env.str("contains(${empty}, 'a')"), std::string("false"));
        QCOMPARE(env.str("starts-with(${text}, 'hé')"), std::string("true"));
        QCOMPARE(env.str("starts-with(${text}, 'llo')"), std::string("false"));
    }

    void numberConversions()
    {
        QCOMPARE(env.str("int(3.7)"), std::string("3"));
        QCOMPARE(env.str("int(-3.7)"), std::string("-3"));
        QCOMPARE(env.str("int('12')"), std::string("12"));
        QCOMPARE(env.str("round(2.5)"), std::string("3"));
        QCOMPARE(env.str("round(-2.5)"), std::string("-3"));
        QCOMPARE(env.str("round(3.14159, 2)"), std::string("3.14"));
        QCOMPARE(env.str("round(1234, -2)"), std::string("1200"));
        QVERIFY(env.eval("round(${empty})").isEmpty());
        QVERIFY(env.eval("number('abc')").isEmpty());
        QVERIFY(env.eval("number(${empty})").isEmpty());
        QCOMPARE(env.str("number(' 42 ')"), std::string("42"));
        QCOMPARE(env.str("number(true())"), std::string("1"));
        QCOMPARE(env.str("string(3.0)"), std::string("3"));
        QCOMPARE(env.str("string(${d})"), std::string("2026-11-26"));
        QCOMPARE(env.str("string(${t})"), std::string("07:30"));
        QCOMPARE(env.str("string(1 = 1)"), std::string("true"));
    }

    void aggregatesOverRepeatEntries()
    {
        env.setCollection("visits.rating", {Value::number(3), Value(), Value::number(5), Value::number(1)});
        env.setCollection("visits.note", {Value::string("a"), Value(), Value::string("")});
        env.setCollection("none.rating", {});
        QCOMPARE(env.str("sum(${visits.rating})"), std::string("9"));
        QCOMPARE(env.str("count(${visits.rating})"), std::string("3")); // unanswered entries are not counted
        QCOMPARE(env.str("count(${visits.note})"), std::string("1"));
        QCOMPARE(env.str("min(${visits.rating})"), std::string("1"));
        QCOMPARE(env.str("max(${visits.rating}, 10)"), std::string("10"));
        QCOMPARE(env.str("sum(${none.rating})"), std::string("0"));
        QVERIFY(env.eval("min(${none.rating})").isEmpty());
        QCOMPARE(env.str("sum(1, 2, 3)"), std::string("6"));
        QVERIFY(env.eval("sum(${visits.note})").isEmpty()); // text is not a number: no silent zero
        QCOMPARE(env.str("max(${n}, ${empty}, 2)"), std::string("5"));
    }

    void valuesEqualIsSymmetric()
    {
        const std::vector<Value> samples{Value(),
                                         Value::string(""),
                                         Value::string("5"),
                                         Value::number(5),
                                         Value::boolean(true),
                                         dateOf("2026-11-26"),
                                         Value::list({"a"}),
                                         Value::string("2026-11-26")};
        for (const Value &a : samples) {
            for (const Value &b : samples) {
                QCOMPARE(valuesEqual(a, b), valuesEqual(b, a));
            }
        }
        QVERIFY(valuesEqual(Value(), Value::string("")));
        QVERIFY(valuesEqual(dateOf("2026-11-26"), Value::string("2026-11-26")));
        QVERIFY(!valuesEqual(Value(), Value::number(0)));
    }
};

QTEST_APPLESS_MAIN(TestExprFunctions)
#include "tst_expr_functions.moc"
