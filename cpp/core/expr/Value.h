// The values expressions compute with: empty (unanswered), booleans, numbers, text, dates, times, date-times and
// the choice lists of multiple-choice answers. Conversions follow XLSForm/XPath, documented in docs/templates.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace maqa::core::expr {

/** What a Value holds. */
enum class ValueKind { Empty, Bool, Number, String, Date, Time, DateTime, List };

/** One runtime value. Dates are days since 1970-01-01, times minutes since midnight, date-times minutes since epoch. */
class Value
{
public:
    /** The empty value. */
    Value() = default;
    /** The empty value: an unanswered, hidden or failed computation. */
    static Value empty() { return {}; }
    /** A boolean. */
    static Value boolean(bool b);
    /** A number; NaN and infinities become empty, so failed arithmetic never satisfies a condition. */
    static Value number(double n);
    /** Text. */
    static Value string(std::string s);
    /** A date, as days since 1970-01-01. */
    static Value date(std::int64_t days);
    /** A time of day, as minutes since midnight. */
    static Value time(int minutes);
    /** A local date and time, as minutes since 1970-01-01T00:00. */
    static Value dateTime(std::int64_t minutes);
    /** The selected choices of a multiple-choice answer. */
    static Value list(std::vector<std::string> items);

    /** What the value holds. */
    ValueKind kind() const noexcept { return m_kind; }
    /** True when empty, or an empty string or list (XLSForm treats all three as unanswered). */
    bool isEmpty() const noexcept;
    /** XPath boolean(): false for empty, false, 0 and ""; true otherwise. */
    bool truthy() const noexcept;
    /** XPath number(): the number, the day count of a date, parsed text, or NaN. */
    double toNumber() const;
    /** XPath string(): numbers without a trailing ".0", dates as "YYYY-MM-DD", lists space-separated. */
    std::string toString() const;
    /** The raw number of a Number, Date, Time or DateTime value. */
    double rawNumber() const noexcept { return m_number; }
    /** The text of a String value. */
    const std::string &text() const noexcept { return m_text; }
    /** The items of a List value. */
    const std::vector<std::string> &items() const noexcept { return m_items; }

    /** Identity (same kind and content): used to detect that a recomputed value changed. */
    bool operator==(const Value &other) const;

private:
    ValueKind m_kind = ValueKind::Empty;
    double m_number = 0;
    std::string m_text;
    std::vector<std::string> m_items;
};

/** Formats a number the way XPath's string() does: integers without decimals, others with up to 15 digits. */
std::string formatNumber(double n);

} // namespace maqa::core::expr
