// System and fixed clocks for today()/now() (see Clock.h).
// localtime_r keeps the system clock thread-safe for the server and the office's worker threads.
#include "core/expr/Clock.h"

#include "core/expr/Dates.h"
#include "core/util/Error.h"

#include <ctime>
#include <string>

namespace maqa::core::expr {

namespace {
std::int64_t localMinutes(std::time_t t)
{
    std::tm local{};
    localtime_r(&t, &local);
    return daysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday) * 1440 + local.tm_hour * 60 +
           local.tm_min;
}
} // namespace

std::int64_t SystemClock::nowMinutes() const
{
    return localMinutes(std::time(nullptr));
}

WallClock::WallClock(core::Clock utc)
    : m_utc(std::move(utc))
{}

std::int64_t WallClock::nowMinutes() const
{
    return localMinutes(static_cast<std::time_t>(floorDiv(m_utc(), 1000)));
}

FixedClock::FixedClock(std::string_view dateTime)
{
    if (const auto dt = parseDateTime(dateTime)) {
        m_minutes = *dt;
    } else if (const auto d = parseDate(dateTime)) {
        m_minutes = *d * 1440;
    } else {
        throw Error(ErrorKind::Invalid,
                    "The clock needs a date like 2026-11-26 or 2026-11-26T14:30, not '" + std::string(dateTime) + "'.");
    }
}

} // namespace maqa::core::expr
