// Proleptic Gregorian calendar conversions (Howard Hinnant's days_from_civil / civil_from_days) and the strict
// text forms answers use. Strict on purpose: "2026-2-30" or "24:00" are refused, never silently normalised.
#include "core/expr/Dates.h"

#include <cstdio>

namespace maqa::core::expr {

std::int64_t daysFromCivil(int year, int month, int day)
{
    const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

int daysInMonth(int year, int month)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[month - 1];
}

namespace {
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count)
{
    if (at + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}
} // namespace

std::optional<std::int64_t> parseDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!y || !m || !d || *y < 1000 || *m < 1 || *m > 12 || *d < 1 || *d > daysInMonth(*y, *m)) {
        return std::nullopt;
    }
    return daysFromCivil(*y, *m, *d);
}

std::optional<int> parseTime(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    const auto h = digits(text, 0, 2), m = digits(text, 3, 2);
    if (!h || !m || *h > 23 || *m > 59) {
        return std::nullopt;
    }
    return *h * 60 + *m;
}

std::optional<std::int64_t> parseDateTime(std::string_view text)
{
    if (text.size() != 16 || text[10] != 'T') {
        return std::nullopt;
    }
    const auto date = parseDate(text.substr(0, 10));
    const auto time = parseTime(text.substr(11));
    if (!date || !time) {
        return std::nullopt;
    }
    return *date * 1440 + *time;
}

std::string formatDate(std::int64_t days)
{
    const CivilDate c = civilFromDays(days);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::string formatTime(int minutes)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

std::string formatDateTime(std::int64_t minutes)
{
    const std::int64_t days = floorDiv(minutes, 1440);
    return formatDate(days) + 'T' + formatTime(static_cast<int>(minutes - days * 1440));
}

} // namespace maqa::core::expr
