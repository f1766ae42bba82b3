// Value construction and XPath-style conversions (see Value.h).
// Kept separate from the evaluator so the form engine can convert answers without pulling in the interpreter.
#include "core/expr/Value.h"

#include "core/expr/Dates.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace maqa::core::expr {

Value Value::boolean(bool b)
{
    Value v;
    v.m_kind = ValueKind::Bool;
    v.m_number = b ? 1 : 0;
    return v;
}

Value Value::number(double n)
{
    Value v;
    if (std::isfinite(n)) {
        v.m_kind = ValueKind::Number;
        v.m_number = n == 0 ? 0 : n; // no negative zero in answers or comparisons
    }
    return v;
}

Value Value::string(std::string s)
{
    Value v;
    v.m_kind = ValueKind::String;
    v.m_text = std::move(s);
    return v;
}

Value Value::date(std::int64_t days)
{
    Value v;
    v.m_kind = ValueKind::Date;
    v.m_number = static_cast<double>(days);
    return v;
}

Value Value::time(int minutes)
{
    Value v;
    v.m_kind = ValueKind::Time;
    v.m_number = minutes;
    return v;
}

Value Value::dateTime(std::int64_t minutes)
{
    Value v;
    v.m_kind = ValueKind::DateTime;
    v.m_number = static_cast<double>(minutes);
    return v;
}

Value Value::list(std::vector<std::string> items)
{
    Value v;
    v.m_kind = ValueKind::List;
    v.m_items = std::move(items);
    return v;
}

bool Value::isEmpty() const noexcept
{
    switch (m_kind) {
    case ValueKind::Empty:
        return true;
    case ValueKind::String:
        return m_text.empty();
    case ValueKind::List:
        return m_items.empty();
    default:
        return false;
    }
}

bool Value::truthy() const noexcept
{
    switch (m_kind) {
    case ValueKind::Empty:
        return false;
    case ValueKind::Bool:
    case ValueKind::Number:
        return m_number != 0;
    case ValueKind::String:
        return !m_text.empty();
    case ValueKind::List:
        return !m_items.empty();
    default:
        return true;
    }
}

double Value::toNumber() const
{
    switch (m_kind) {
    case ValueKind::Bool:
    case ValueKind::Number:
    case ValueKind::Date:
    case ValueKind::Time:
    case ValueKind::DateTime:
        return m_number;
    case ValueKind::String: {
        // XPath number(): optional whitespace, optional minus, digits with an optional fraction; nothing else.
        const char *begin = m_text.c_str();
        while (*begin == ' ') {
            ++begin;
        }
        const char *p = begin;
        if (*p == '-') {
            ++p;
        }
        bool sawDigit = false;
        while ((*p >= '0' && *p <= '9') || *p == '.') {
            sawDigit = sawDigit || *p != '.';
            ++p;
        }
        while (*p == ' ') {
            ++p;
        }
        if (!sawDigit || *p != '\0') {
            return std::nan("");
        }
        return std::strtod(begin, nullptr);
    }
    default:
        return std::nan("");
    }
}

std::string formatNumber(double n)
{
    if (std::nearbyint(n) == n && std::fabs(n) < 1e15) {
        return std::to_string(static_cast<long long>(n));
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", n);
    return buf;
}

std::string Value::toString() const
{
    switch (m_kind) {
    case ValueKind::Empty:
        return {};
    case ValueKind::Bool:
        return m_number != 0 ? "true" : "false";
    case ValueKind::Number:
        return formatNumber(m_number);
    case ValueKind::String:
        return m_text;
    case ValueKind::Date:
        return formatDate(static_cast<std::int64_t>(m_number));
    case ValueKind::Time:
        return formatTime(static_cast<int>(m_number));
    case ValueKind::DateTime:
        return formatDateTime(static_cast<std::int64_t>(m_number));
    case ValueKind::List: {
        std::string joined;
        for (const std::string &item : m_items) {
            joined += (joined.empty() ? "" : " ") + item;
        }
        return joined;
    }
    }
    return {};
}

bool Value::operator==(const Value &other) const
{
    return m_kind == other.m_kind && m_number == other.m_number && m_text == other.m_text && m_items == other.m_items;
}

} // namespace maqa::core::expr
