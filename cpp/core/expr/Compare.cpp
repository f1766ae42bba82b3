// How values compare: XLSForm's rules for empty values, numbers in text, and dates, times and date-times in
// whatever form they arrive (values or 'YYYY-MM-DD' text). Shared by the interpreter's operators and functions.
#include "core/expr/Compare.h"

#include "core/expr/Dates.h"
#include "core/expr/Evaluator.h"

#include <cmath>

namespace maqa::core::expr {

std::optional<std::int64_t> toDays(const Value &v)
{
    switch (v.kind()) {
    case ValueKind::Date:
        return static_cast<std::int64_t>(v.rawNumber());
    case ValueKind::DateTime:
        return floorDiv(static_cast<std::int64_t>(v.rawNumber()), 1440);
    case ValueKind::String:
        if (const auto d = parseDate(v.text())) {
            return d;
        }
        if (const auto dt = parseDateTime(v.text())) {
            return floorDiv(*dt, 1440);
        }
        return std::nullopt;
    case ValueKind::Number:
        return static_cast<std::int64_t>(std::floor(v.rawNumber()));
    default:
        return std::nullopt;
    }
}

std::optional<double> temporalKey(const Value &v, bool timeOfDay)
{
    switch (v.kind()) {
    case ValueKind::Time:
        return timeOfDay ? std::optional<double>(v.rawNumber()) : std::nullopt;
    case ValueKind::Date:
        return timeOfDay ? std::nullopt : std::optional<double>(v.rawNumber() * 1440);
    case ValueKind::DateTime:
        return timeOfDay ? std::nullopt : std::optional<double>(v.rawNumber());
    case ValueKind::String:
        if (timeOfDay) {
            const auto t = parseTime(v.text());
            return t ? std::optional<double>(*t) : std::nullopt;
        }
        if (const auto dt = parseDateTime(v.text())) {
            return static_cast<double>(*dt);
        }
        if (const auto d = parseDate(v.text())) {
            return static_cast<double>(*d * 1440);
        }
        return std::nullopt;
    case ValueKind::Number:
        return timeOfDay ? v.rawNumber() : v.rawNumber() * 1440; // XLSForm's decimal-date: days since 1970
    default:
        return std::nullopt;
    }
}

bool isTemporal(const Value &v)
{
    return v.kind() == ValueKind::Date || v.kind() == ValueKind::DateTime || v.kind() == ValueKind::Time;
}

std::optional<int> order(const Value &a, const Value &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return std::nullopt;
    }
    double x = 0, y = 0;
    if (isTemporal(a) || isTemporal(b)) {
        const bool timeOfDay = a.kind() == ValueKind::Time || b.kind() == ValueKind::Time;
        const auto ka = temporalKey(a, timeOfDay), kb = temporalKey(b, timeOfDay);
        if (!ka || !kb) {
            return std::nullopt;
        }
        x = *ka;
        y = *kb;
    } else if (a.kind() == ValueKind::Number || b.kind() == ValueKind::Number || a.kind() == ValueKind::Bool ||
               b.kind() == ValueKind::Bool) {
        x = a.toNumber();
        y = b.toNumber();
    } else {
        const double na = a.toNumber(), nb = b.toNumber();
        if (std::isnan(na) || std::isnan(nb)) {
            const int c = a.toString().compare(b.toString());
            return (c > 0) - (c < 0);
        }
        x = na;
        y = nb;
    }
    if (std::isnan(x) || std::isnan(y)) {
        return std::nullopt;
    }
    return (x > y) - (x < y);
}

bool valuesEqual(const Value &a, const Value &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() && b.isEmpty();
    }
    if (a.kind() == ValueKind::Bool || b.kind() == ValueKind::Bool) {
        return a.truthy() == b.truthy();
    }
    if (a.kind() == ValueKind::List || b.kind() == ValueKind::List) {
        return a.toString() == b.toString();
    }
    if (isTemporal(a) || isTemporal(b) || a.kind() == ValueKind::Number || b.kind() == ValueKind::Number) {
        const auto c = order(a, b);
        return c && *c == 0;
    }
    return a.text() == b.text();
}

} // namespace maqa::core::expr
