// Tests of the expression parser: precedence and associativity, every token, and syntax errors with the
// 1-based character position a QA officer needs to find the mistake; limits on length and nesting.
#include "ExprTestSupport.h"

#include <QTest>

using namespace maqa::core::expr;
using maqa::test::TableEnvironment;

class TestExprParser : public QObject
{
    Q_OBJECT
private:
    static std::string error(const std::string &text, const ParseLimits &limits = {})
    {
        return parseExpression(text, limits).error;
    }

private slots:
    void precedenceFollowsXPath()
    {
        TableEnvironment env;
        QCOMPARE(env.str("1 + 2 * 3"), std::string("7"));
        QCOMPARE(env.str("(1 + 2) * 3"), std::string("9"));
        QCOMPARE(env.str("10 - 4 - 3"), std::string("3")); // left-associative
        QCOMPARE(env.str("12 div 3 div 2"), std::string("2"));
        QCOMPARE(env.str("7 mod 4 * 2"), std::string("6"));
        QCOMPARE(env.str("-2 * -3"), std::string("6"));
        QCOMPARE(env.str("- (1 + 1)"), std::string("-2"));
        QCOMPARE(env.str("1 < 2 = 2 < 3"), std::string("true"));            // relational binds tighter than =
        QCOMPARE(env.str("1 = 1 or 1 = 2 and 1 = 3"), std::string("true")); // and binds tighter than or
        QCOMPARE(env.str("(1 = 1 or 1 = 2) and 1 = 3"), std::string("false"));
        QCOMPARE(env.str("1 + 1 = 2"), std::string("true"));
    }

    void tokens()
    {
        TableEnvironment env;
        env.set("a", Value::number(4));
        QCOMPARE(env.str("${a}+.5"), std::string("4.5"));
        QCOMPARE(env.str("${a} div 8"), std::string("0.5"));
        QCOMPARE(env.str("3.25 * 4"), std::string("13"));
        // Text has no escapes (as in XPath 1.0): a doubled quote is two strings, which is an error.
        QVERIFY(!parseExpression("'it''s'").root);
    }

    void stringsTakeEitherQuote()
    {
        TableEnvironment env;
        QCOMPARE(env.str("concat('say \"hi\"', \" it's\")"), std::string("say \"hi\" it's"));
    }

    void referencesAndSelf()
    {
        auto parsed = parseExpression("${visit_date} <= today() and . != '' and sum(${timeline.rating}) > 0");
        QVERIFY(parsed.root);
        std::vector<std::string> refs;
        forEachRef(*parsed.root, [&](Node &n, Node *) { refs.push_back(n.text); });
        QCOMPARE(refs, (std::vector<std::string>{"visit_date", "timeline.rating"}));
    }

    void syntaxErrorsNamePositions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "syntax error at character 1: the expression is empty";
        QTest::newRow("unclosed paren") << "(1 + 2"
                                        << "syntax error at character 7: expected ')' but found 'end'";
        QTest::newRow("dangling op") << "${a} and"
                                     << "syntax error at character 9: the expression ends too early";
        QTest::newRow("double equals")
            << "${a} == 'x'"
            << "syntax error at character 6: '==' is not an operator; compare with a single '='";
        QTest::newRow("ampersand") << "${a} && ${b}"
                                   << "syntax error at character 6: '&' is not an operator; write 'and' or 'or'";
        QTest::newRow("slash") << "4 / 2"
                               << "syntax error at character 3: '/' is not an operator; divide with 'div'";
        QTest::newRow("unterminated text") << "${a} = 'yes"
                                           << "syntax error at character 8: text starting here has no closing '";
        QTest::newRow("unterminated ref") << "${a = 1"
                                          << "syntax error at character 1: reference starting here has no closing '}'";
        QTest::newRow("bad ref") << "${1a} = 1"
                                 << "syntax error at character 1: '${1a}' is not a question name";
        QTest::newRow("bare dollar") << "$a"
                                     << "syntax error at character 1: '$' must start a reference like ${name}";
        QTest::newRow("unknown function") << "dayz-between(${a}, ${b})"
                                          << "syntax error at character 1: unknown function dayz-between()";
        QTest::newRow("bare word")
            << "yes"
            << "syntax error at character 1: unexpected word 'yes' (questions are written ${yes}, functions f(...))";
        QTest::newRow("arity") << "selected(${a})"
                               << "syntax error at character 1: selected() takes 2 arguments, not 1";
        QTest::newRow("arity range") << "round(1, 2, 3)"
                                     << "syntax error at character 1: round() takes 1 to 2 arguments, not 3";
        QTest::newRow("arity variadic") << "concat()"
                                        << "syntax error at character 1: concat() takes at least 1 argument, not 0";
        QTest::newRow("trailing") << "1 2"
                                  << "syntax error at character 3: unexpected '2' after a complete expression";
        QTest::newRow("odd char") << "1 # 2"
                                  << "syntax error at character 3: unexpected character '#'";
        QTest::newRow("bang") << "!${a}"
                              << "syntax error at character 1: '!' is not an operator; write != or not(...)";
    }
    void syntaxErrorsNamePositions()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QCOMPARE(QString::fromStdString(error(text.toStdString())), message);
    }

    void limitsRefuseHostileInput()
    {
        std::string deep;
        for (int i = 0; i < 60; ++i) {
            deep += "(";
        }
        deep += "1";
        for (int i = 0; i < 60; ++i) {
            deep += ")";
        }
        QVERIFY(QString::fromStdString(error(deep)).contains("nested more than 48 levels deep"));
        QVERIFY(error(std::string(2001, ' ')).find("longer than 2000 characters") != std::string::npos);
        // A long flat chain is not deep: 300 additions parse fine.
        std::string flat = "1";
        for (int i = 0; i < 300; ++i) {
            flat += " + 1";
        }
        TableEnvironment env;
        QCOMPARE(env.str(flat), std::string("301"));
        std::string negations(100, '-');
        QVERIFY(!error(negations + "1").empty());
    }
};

QTEST_APPLESS_MAIN(TestExprParser)
#include "tst_expr_parser.moc"
