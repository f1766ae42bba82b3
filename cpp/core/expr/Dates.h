// Calendar arithmetic for the expression language and answer validation: dates as days since 1970-01-01,
// times as minutes since midnight, date-times as minutes since 1970-01-01T00:00 (local time, no zone).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace maqa::core::expr {

/** A calendar date split into its parts. */
struct CivilDate
{
    int year = 1970; //!< e.g. 2026
    int month = 1;   //!< 1-12
    int day = 1;     //!< 1-31
};

/** Days since 1970-01-01 of a proleptic Gregorian date (negative before 1970). */
std::int64_t daysFromCivil(int year, int month, int day);
/** The calendar date of @p days since 1970-01-01. */
CivilDate civilFromDays(std::int64_t days);
/** Number of days in @p month of @p year (leap years included). */
int daysInMonth(int year, int month);

/** Parses "YYYY-MM-DD" (a real calendar date, years 1000-9999) into days since 1970-01-01. */
std::optional<std::int64_t> parseDate(std::string_view text);
/** Parses "HH:MM" (00:00-23:59) into minutes since midnight. */
std::optional<int> parseTime(std::string_view text);
/** Parses "YYYY-MM-DDTHH:MM" into minutes since 1970-01-01T00:00. */
std::optional<std::int64_t> parseDateTime(std::string_view text);

/** "YYYY-MM-DD" for @p days since 1970-01-01. */
std::string formatDate(std::int64_t days);
/** "HH:MM" for @p minutes since midnight. */
std::string formatTime(int minutes);
/** "YYYY-MM-DDTHH:MM" for @p minutes since 1970-01-01T00:00. */
std::string formatDateTime(std::int64_t minutes);

/** Floor division for negative minutes (dates before 1970). */
inline std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace maqa::core::expr
