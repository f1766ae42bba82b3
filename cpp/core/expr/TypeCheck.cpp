// The static type rules of docs/templates.md ("Types"). Lenient where XLSForm is (numbers compared with choices
// whose names are numbers), strict where a mistake is certain (a date compared with a number).
#include "core/expr/TypeCheck.h"

#include "core/expr/Dates.h"
#include "core/expr/Value.h"

#include <algorithm>
#include <cmath>

namespace maqa::core::expr {

namespace {

bool isNumericText(const std::string &s)
{
    return !std::isnan(Value::string(s).toNumber());
}

class Checker
{
public:
    Checker(const TypeEnvironment &env, std::vector<std::string> &problems)
        : m_env(env)
        , m_problems(problems)
    {}

    Type check(const Node &n)
    {
        switch (n.kind) {
        case NodeKind::Number:
            return Type::Number;
        case NodeKind::String:
            return Type::String;
        case NodeKind::Self:
            return m_env.selfType;
        case NodeKind::Ref:
            // Groups and aggregates are only meaningful inside count/sum/min/max, which look at them directly;
            // the binder has already reported any other use.
            return n.refKind == RefKind::Question ? m_env.referenceType(n) : Type::Any;
        case NodeKind::Negate:
            requireNumber(*n.args[0], check(*n.args[0]), "arithmetic on");
            return Type::Number;
        case NodeKind::Binary:
            return checkBinary(n);
        case NodeKind::Call:
            return checkCall(n);
        }
        return Type::Any;
    }

private:
    const std::vector<std::string> *choicesOf(const Node &n) const
    {
        if (n.kind == NodeKind::Self) {
            return m_env.selfChoices;
        }
        if (n.kind == NodeKind::Ref && n.refKind == RefKind::Question && m_env.referenceChoices) {
            return m_env.referenceChoices(n);
        }
        return nullptr;
    }

    bool numericChoices(const Node &n) const
    {
        const auto *choices = choicesOf(n);
        return choices && !choices->empty() && std::all_of(choices->begin(), choices->end(), isNumericText);
    }

    std::string describe(const Node &n, Type t) const
    {
        switch (n.kind) {
        case NodeKind::Ref:
            return std::string(describeType(t)) + " (${" + n.text + "})";
        case NodeKind::Self:
            return std::string(describeType(t)) + " (this answer)";
        case NodeKind::String:
            return "the text '" + n.text + "'";
        case NodeKind::Number:
            return "the number " + formatNumber(n.number);
        default:
            return std::string(describeType(t));
        }
    }

    void report(const Node &at, const std::string &message)
    {
        m_problems.push_back("type mismatch at character " + std::to_string(at.position + 1) + ": " + message);
    }

    void requireNumber(const Node &n, Type t, const char *verb)
    {
        const bool ok = t == Type::Number || t == Type::Bool || t == Type::Any ||
                        (n.kind == NodeKind::String && isNumericText(n.text)) ||
                        (t == Type::String && numericChoices(n));
        if (!ok) {
            report(n, std::string(verb) + " " + describe(n, t));
        }
    }

    void requireDateLike(const Node &n, Type t, const char *function)
    {
        bool ok = t == Type::Date || t == Type::DateTime || t == Type::Any;
        if (n.kind == NodeKind::String) {
            ok = parseDate(n.text) || parseDateTime(n.text);
        } else if (t == Type::String) {
            ok = true; // a calculated text may hold a date; checked at run time
        }
        if (!ok) {
            report(n, std::string(function) + "() needs a date, not " + describe(n, t));
        }
    }

    void checkLiteralAgainst(const Node &literal, const Node &other, Type t, BinaryOp op)
    {
        const std::string &text = literal.text;
        const bool equality = op == BinaryOp::Eq || op == BinaryOp::Ne;
        if (text.empty() && equality) {
            return; // `${q} = ''` is the emptiness test and works for every type
        }
        switch (t) {
        case Type::Number:
            if (!isNumericText(text)) {
                report(literal, "cannot compare " + describe(other, t) + " with " + describe(literal, Type::String));
            }
            return;
        case Type::Date:
        case Type::DateTime:
            if (!parseDate(text) && !parseDateTime(text)) {
                report(literal, "'" + text + "' is not a date (write 'YYYY-MM-DD')");
            }
            return;
        case Type::Time:
            if (!parseTime(text)) {
                report(literal, "'" + text + "' is not a time (write 'HH:MM')");
            }
            return;
        case Type::List:
            report(literal, "test " + describe(other, t) +
                                " with selected() or count-selected(), not by comparing it with " +
                                describe(literal, Type::String));
            return;
        case Type::String:
            checkChoice(other, literal);
            return;
        default:
            return;
        }
    }

    void checkChoice(const Node &question, const Node &literal)
    {
        const auto *choices = choicesOf(question);
        if (!choices || literal.kind != NodeKind::String ||
            std::find(choices->begin(), choices->end(), literal.text) != choices->end()) {
            return;
        }
        std::string list;
        for (std::size_t i = 0; i < choices->size() && i < 12; ++i) {
            list += (i ? ", " : "") + (*choices)[i];
        }
        report(literal,
               "'" + literal.text + "' is not a choice of " +
                   (question.kind == NodeKind::Self ? std::string("this question") : "${" + question.text + "}") +
                   " (" + list + (choices->size() > 12 ? ", ..." : "") + ")");
    }

    static bool temporal(Type t) { return t == Type::Date || t == Type::DateTime; }

    void checkComparison(const Node &n, Type ta, Type tb)
    {
        const Node &a = *n.args[0], &b = *n.args[1];
        if (a.kind == NodeKind::String && b.kind != NodeKind::String) {
            return checkLiteralAgainst(a, b, tb, n.op);
        }
        if (b.kind == NodeKind::String && a.kind != NodeKind::String) {
            return checkLiteralAgainst(b, a, ta, n.op);
        }
        if (ta == Type::Any || tb == Type::Any || ta == tb) {
            if (ta == Type::List && tb == Type::List && n.op != BinaryOp::Eq && n.op != BinaryOp::Ne) {
                report(n, "cannot order multiple-choice answers");
            }
            return;
        }
        const bool ok = (temporal(ta) && temporal(tb)) ||
                        ((ta == Type::Number || ta == Type::Bool) && (tb == Type::Number || tb == Type::Bool)) ||
                        (ta == Type::Number && tb == Type::String && numericChoices(b)) ||
                        (tb == Type::Number && ta == Type::String && numericChoices(a)) ||
                        (ta == Type::Bool && tb == Type::String) || (tb == Type::Bool && ta == Type::String);
        if (!ok) {
            report(n, "cannot compare " + describe(a, ta) + " with " + describe(b, tb));
        }
    }

    Type checkBinary(const Node &n)
    {
        const Type ta = check(*n.args[0]);
        const Type tb = check(*n.args[1]);
        switch (n.op) {
        case BinaryOp::Or:
        case BinaryOp::And:
            return Type::Bool;
        case BinaryOp::Eq:
        case BinaryOp::Ne:
        case BinaryOp::Lt:
        case BinaryOp::Le:
        case BinaryOp::Gt:
        case BinaryOp::Ge:
            checkComparison(n, ta, tb);
            return Type::Bool;
        default:
            requireNumber(*n.args[0], ta, "arithmetic on");
            requireNumber(*n.args[1], tb, "arithmetic on");
            return Type::Number;
        }
    }

    Type unify(const std::vector<const Node *> &nodes)
    {
        Type result = Type::Any;
        bool first = true;
        for (const Node *node : nodes) {
            const Type t = check(*node);
            if (node->kind == NodeKind::String && node->text.empty()) {
                continue; // '' is "nothing" in every type
            }
            if (first) {
                result = t;
                first = false;
            } else if (t != result) {
                result = Type::Any;
            }
        }
        return result;
    }

    void requireAggregate(const Node &arg, const char *function, bool numeric)
    {
        if (arg.kind == NodeKind::Ref && arg.refKind == RefKind::Aggregate) {
            const Type element = m_env.referenceType(arg);
            if (numeric && element != Type::Number && element != Type::Any) {
                report(arg, std::string(function) + "() needs numbers, but ${" + arg.text + "} is " +
                                std::string(describeType(element)));
            }
            return;
        }
        if (arg.kind == NodeKind::Ref && arg.refKind == RefKind::Group && !numeric) {
            return;
        }
        if (!numeric) {
            report(arg, "count() counts a repeat group's entries: write count(${group}) or count(${group.field})");
            return;
        }
        requireNumber(arg, check(arg), (std::string(function) + "() of").c_str());
    }

    Type checkCall(const Node &n)
    {
        const auto &args = n.args;
        switch (n.function) {
        case Function::Not:
            check(*args[0]);
            return Type::Bool;
        case Function::True:
        case Function::False:
            return Type::Bool;
        case Function::If:
            check(*args[0]);
            return unify({args[1].get(), args[2].get()});
        case Function::Coalesce: {
            std::vector<const Node *> all;
            for (const auto &a : args) {
                all.push_back(a.get());
            }
            return unify(all);
        }
        case Function::Selected: {
            const Type t = check(*args[0]);
            if (t != Type::List && t != Type::String && t != Type::Any) {
                report(*args[0], "selected() needs a choice question, not " + describe(*args[0], t));
            }
            check(*args[1]);
            checkChoice(*args[0], *args[1]);
            return Type::Bool;
        }
        case Function::CountSelected: {
            const Type t = check(*args[0]);
            if (t != Type::List && t != Type::Any) {
                report(*args[0], "count-selected() needs a multiple-choice answer, not " + describe(*args[0], t));
            }
            return Type::Number;
        }
        case Function::Today:
            return Type::Date;
        case Function::Now:
            return Type::DateTime;
        case Function::Date:
            if (args.size() == 2) {
                report(n, "date() takes 1 argument (a date or text) or 3 (year, month, day), not 2");
            }
            if (args.size() == 1) {
                const Type t = check(*args[0]);
                if (t == Type::Time || t == Type::List) {
                    report(*args[0], "date() cannot make a date from " + describe(*args[0], t));
                } else if (args[0]->kind == NodeKind::String && !parseDate(args[0]->text) &&
                           !parseDateTime(args[0]->text)) {
                    report(*args[0], "'" + args[0]->text + "' is not a date (write 'YYYY-MM-DD')");
                }
            } else {
                for (const auto &a : args) {
                    requireNumber(*a, check(*a), "date() needs numbers for year, month and day, not");
                }
            }
            return Type::Date;
        case Function::DaysBetween:
        case Function::MonthsBetween: {
            const char *name = n.function == Function::DaysBetween ? "days-between" : "months-between";
            for (const auto &a : args) {
                requireDateLike(*a, check(*a), name);
            }
            return Type::Number;
        }
        case Function::MinutesBetween: {
            const Type ta = check(*args[0]), tb = check(*args[1]);
            const auto family = [](Type t) { return t == Type::Time ? 1 : temporal(t) ? 2 : t == Type::Any ? 0 : 3; };
            const int fa = family(ta), fb = family(tb);
            if (fa == 3 || fb == 3 || (fa && fb && fa != fb)) {
                report(n, "minutes-between() needs two times or two date-times, not " + describe(*args[0], ta) +
                              " and " + describe(*args[1], tb));
            }
            return Type::Number;
        }
        case Function::AddDays:
            requireDateLike(*args[0], check(*args[0]), "add-days");
            requireNumber(*args[1], check(*args[1]), "add-days() needs a number of days, not");
            return Type::Date;
        case Function::Year:
        case Function::Month:
        case Function::Day:
            requireDateLike(*args[0], check(*args[0]), std::string(functionInfo(n.function).name).c_str());
            return Type::Number;
        case Function::StringLength:
        case Function::Contains:
        case Function::StartsWith:
            for (const auto &a : args) {
                const Type t = check(*a);
                if (t == Type::List) {
                    report(*a, std::string(functionInfo(n.function).name) + "() works on text; for " + describe(*a, t) +
                                   " use selected() or count-selected()");
                }
            }
            return n.function == Function::StringLength ? Type::Number : Type::Bool;
        case Function::Concat:
        case Function::String:
            for (const auto &a : args) {
                check(*a);
            }
            return Type::String;
        case Function::Count:
            requireAggregate(*args[0], "count", false);
            return Type::Number;
        case Function::Sum:
        case Function::Min:
        case Function::Max:
            for (const auto &a : args) {
                requireAggregate(*a, std::string(functionInfo(n.function).name).c_str(), true);
            }
            return Type::Number;
        case Function::Int:
        case Function::Round:
        case Function::Number:
            for (const auto &a : args) {
                const Type t = check(*a);
                if (t == Type::List || t == Type::Time) {
                    report(*a,
                           std::string(functionInfo(n.function).name) + "() needs a number, not " + describe(*a, t));
                }
            }
            return Type::Number;
        }
        return Type::Any;
    }

    const TypeEnvironment &m_env;
    std::vector<std::string> &m_problems;
};

} // namespace

Type checkTypes(const Node &root, const TypeEnvironment &env, std::vector<std::string> &problems)
{
    return Checker(env, problems).check(root);
}

} // namespace maqa::core::expr
