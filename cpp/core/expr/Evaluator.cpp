// The tree-walking interpreter for expressions (see Evaluator.h). Comparison and emptiness rules follow XLSForm:
// empty equals only '', ordering with empty is false, arithmetic with empty is empty (so it never satisfies).
#include "core/expr/Evaluator.h"

#include "core/expr/Compare.h"
#include "core/expr/Dates.h"

#include <cmath>
#include <optional>

namespace maqa::core::expr {

namespace {

std::size_t codePoints(const std::string &s)
{
    std::size_t n = 0;
    for (unsigned char c : s) {
        n += (c & 0xC0) != 0x80;
    }
    return n;
}

class Interpreter
{
public:
    explicit Interpreter(const Environment &env)
        : m_env(env)
    {}

    Value eval(const Node &n) const
    {
        switch (n.kind) {
        case NodeKind::Number:
            return Value::number(n.number);
        case NodeKind::String:
            return Value::string(n.text);
        case NodeKind::Self:
            return m_env.self();
        case NodeKind::Ref:
            return n.refKind == RefKind::Question ? m_env.reference(n.target) : Value::empty();
        case NodeKind::Negate: {
            const Value v = eval(*n.args[0]);
            return v.isEmpty() ? Value::empty() : Value::number(-v.toNumber());
        }
        case NodeKind::Binary:
            return binary(n);
        case NodeKind::Call:
            return call(n);
        }
        return {};
    }

private:
    Value binary(const Node &n) const
    {
        if (n.op == BinaryOp::And) {
            return Value::boolean(eval(*n.args[0]).truthy() && eval(*n.args[1]).truthy());
        }
        if (n.op == BinaryOp::Or) {
            return Value::boolean(eval(*n.args[0]).truthy() || eval(*n.args[1]).truthy());
        }
        const Value a = eval(*n.args[0]);
        const Value b = eval(*n.args[1]);
        switch (n.op) {
        case BinaryOp::Eq:
            return Value::boolean(valuesEqual(a, b));
        case BinaryOp::Ne:
            return Value::boolean(!valuesEqual(a, b));
        case BinaryOp::Lt:
        case BinaryOp::Le:
        case BinaryOp::Gt:
        case BinaryOp::Ge: {
            const auto c = order(a, b);
            if (!c) {
                return Value::boolean(false);
            }
            const bool r = n.op == BinaryOp::Lt   ? *c < 0
                           : n.op == BinaryOp::Le ? *c <= 0
                           : n.op == BinaryOp::Gt ? *c > 0
                                                  : *c >= 0;
            return Value::boolean(r);
        }
        default:
            break;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return Value::empty();
        }
        const double x = a.toNumber(), y = b.toNumber();
        switch (n.op) {
        case BinaryOp::Add:
            return Value::number(x + y);
        case BinaryOp::Sub:
            return Value::number(x - y);
        case BinaryOp::Mul:
            return Value::number(x * y);
        case BinaryOp::Div:
            return Value::number(x / y); // division by zero is infinite, hence empty
        default:
            return Value::number(std::fmod(x, y));
        }
    }

    void numbersOf(const Node &arg, std::vector<double> &out, bool &failed) const
    {
        std::vector<Value> values;
        if (arg.kind == NodeKind::Ref && arg.refKind == RefKind::Aggregate) {
            m_env.collect(arg.target, arg.refKind, values);
        } else {
            values.push_back(eval(arg));
        }
        for (const Value &v : values) {
            if (v.isEmpty()) {
                continue; // unanswered entries are skipped, as in XLSForm's sum()
            }
            const double x = v.toNumber();
            failed = failed || std::isnan(x);
            out.push_back(x);
        }
    }

    Value call(const Node &n) const
    {
        const auto &args = n.args;
        switch (n.function) {
        case Function::Not:
            return Value::boolean(!eval(*args[0]).truthy());
        case Function::True:
            return Value::boolean(true);
        case Function::False:
            return Value::boolean(false);
        case Function::If:
            return eval(*args[0]).truthy() ? eval(*args[1]) : eval(*args[2]);
        case Function::Coalesce:
            for (const auto &a : args) {
                Value v = eval(*a);
                if (!v.isEmpty()) {
                    return v;
                }
            }
            return {};
        case Function::Selected: {
            const Value v = eval(*args[0]);
            const std::string wanted = eval(*args[1]).toString();
            if (v.kind() == ValueKind::List) {
                for (const std::string &item : v.items()) {
                    if (item == wanted) {
                        return Value::boolean(true);
                    }
                }
                return Value::boolean(false);
            }
            return Value::boolean(!v.isEmpty() && v.toString() == wanted);
        }
        case Function::CountSelected: {
            const Value v = eval(*args[0]);
            if (v.kind() == ValueKind::List) {
                return Value::number(static_cast<double>(v.items().size()));
            }
            return Value::number(v.isEmpty() ? 0 : 1);
        }
        case Function::Today:
            return Value::date(floorDiv(m_env.nowMinutes(), 1440));
        case Function::Now:
            return Value::dateTime(m_env.nowMinutes());
        case Function::Date:
            return makeDate(n);
        case Function::DaysBetween: {
            const auto a = toDays(eval(*args[0])), b = toDays(eval(*args[1]));
            return a && b ? Value::number(static_cast<double>(*b - *a)) : Value::empty();
        }
        case Function::MonthsBetween:
            return monthsBetween(eval(*args[0]), eval(*args[1]));
        case Function::MinutesBetween: {
            const Value a = eval(*args[0]), b = eval(*args[1]);
            const bool timeOfDay = a.kind() == ValueKind::Time || b.kind() == ValueKind::Time;
            const auto ka = a.isEmpty() ? std::nullopt : temporalKey(a, timeOfDay);
            const auto kb = b.isEmpty() ? std::nullopt : temporalKey(b, timeOfDay);
            return ka && kb ? Value::number(*kb - *ka) : Value::empty();
        }
        case Function::AddDays: {
            const auto d = toDays(eval(*args[0]));
            const Value days = eval(*args[1]);
            const double count = days.toNumber();
            if (!d || days.isEmpty() || std::isnan(count) || std::fabs(count) > 3e6) {
                return {};
            }
            return Value::date(*d + static_cast<std::int64_t>(std::trunc(count)));
        }
        case Function::Year:
        case Function::Month:
        case Function::Day: {
            const auto d = toDays(eval(*args[0]));
            if (!d) {
                return {};
            }
            const CivilDate c = civilFromDays(*d);
            return Value::number(n.function == Function::Year    ? c.year
                                 : n.function == Function::Month ? c.month
                                                                 : c.day);
        }
        case Function::StringLength:
            return Value::number(static_cast<double>(codePoints(eval(*args[0]).toString())));
        case Function::Concat: {
            std::string joined;
            for (const auto &a : args) {
                joined += eval(*a).toString();
            }
            return Value::string(std::move(joined));
        }
        case Function::Contains:
            return Value::boolean(eval(*args[0]).toString().find(eval(*args[1]).toString()) != std::string::npos);
        case Function::StartsWith:
            return Value::boolean(eval(*args[0]).toString().rfind(eval(*args[1]).toString(), 0) == 0);
        case Function::Count: {
            std::vector<Value> values;
            m_env.collect(args[0]->target, args[0]->refKind, values);
            double count = 0;
            for (const Value &v : values) {
                count += !v.isEmpty();
            }
            return Value::number(count);
        }
        case Function::Sum:
        case Function::Min:
        case Function::Max:
            return aggregate(n);
        case Function::Int: {
            const Value v = eval(*args[0]);
            return v.isEmpty() ? Value::empty() : Value::number(std::trunc(v.toNumber()));
        }
        case Function::Round: {
            const Value v = eval(*args[0]);
            const double digits = args.size() > 1 ? eval(*args[1]).toNumber() : 0;
            if (v.isEmpty() || std::isnan(digits) || std::fabs(digits) > 15) {
                return {};
            }
            const double scale = std::pow(10.0, std::trunc(digits));
            return Value::number(std::round(v.toNumber() * scale) / scale);
        }
        case Function::Number: {
            const Value v = eval(*args[0]);
            return v.isEmpty() ? Value::empty() : Value::number(v.toNumber());
        }
        case Function::String:
            return Value::string(eval(*args[0]).toString());
        }
        return {};
    }

    Value makeDate(const Node &n) const
    {
        if (n.args.size() == 1) {
            const Value v = eval(*n.args[0]);
            if (v.isEmpty()) {
                return {};
            }
            const auto d = toDays(v);
            return d ? Value::date(*d) : Value::empty();
        }
        if (n.args.size() != 3) {
            return {};
        }
        const double y = eval(*n.args[0]).toNumber(), m = eval(*n.args[1]).toNumber(), d = eval(*n.args[2]).toNumber();
        if (std::isnan(y) || std::isnan(m) || std::isnan(d) || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 ||
            d > daysInMonth(static_cast<int>(y), static_cast<int>(m))) {
            return {};
        }
        return Value::date(daysFromCivil(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)));
    }

    static Value monthsBetween(const Value &from, const Value &to)
    {
        const auto a = toDays(from), b = toDays(to);
        if (!a || !b) {
            return {};
        }
        const CivilDate x = civilFromDays(*a), y = civilFromDays(*b);
        int months = (y.year - x.year) * 12 + (y.month - x.month);
        if (months > 0 && y.day < x.day) {
            --months; // only whole months count: 31 January to 28 February is not yet a month
        } else if (months < 0 && y.day > x.day) {
            ++months;
        }
        return Value::number(months);
    }

    Value aggregate(const Node &n) const
    {
        std::vector<double> numbers;
        bool failed = false;
        for (const auto &a : n.args) {
            numbersOf(*a, numbers, failed);
        }
        if (failed) {
            return {};
        }
        if (n.function == Function::Sum) {
            double total = 0;
            for (double x : numbers) {
                total += x;
            }
            return Value::number(total);
        }
        if (numbers.empty()) {
            return {};
        }
        double best = numbers.front();
        for (double x : numbers) {
            best = n.function == Function::Min ? std::min(best, x) : std::max(best, x);
        }
        return Value::number(best);
    }

    const Environment &m_env;
};

} // namespace

Value evaluate(const Node &node, const Environment &env)
{
    return Interpreter(env).eval(node);
}

} // namespace maqa::core::expr
