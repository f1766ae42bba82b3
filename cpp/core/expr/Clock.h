// The source of today() and now() for expressions: injected, so tests and the fill-sample tool pin the date.
// Times are local wall-clock minutes, matching answers, which carry no time zone.
#pragma once

#include "core/util/Clock.h"

#include <cstdint>
#include <string_view>

namespace maqa::core::expr {

/** Where "now" comes from. */
class Clock
{
public:
    virtual ~Clock() = default; //!< clocks are shared through std::shared_ptr<const Clock>
    /** Local wall-clock time as minutes since 1970-01-01T00:00. */
    virtual std::int64_t nowMinutes() const = 0;
};

/** The machine's local time (the system clock in the local time zone). */
class SystemClock : public Clock
{
public:
    /** Reads the system clock and the local time zone. */
    std::int64_t nowMinutes() const override;
};

/** Local wall-clock time from the app's UTC clock (core/util/Clock.h), so a test that moves that clock moves today().
 */
class WallClock : public Clock
{
public:
    /** Reads @p utc and converts it to local time with the machine's time zone. */
    explicit WallClock(core::Clock utc);
    /** The local minute of utc(). */
    std::int64_t nowMinutes() const override;

private:
    core::Clock m_utc;
};

/** A clock stopped at one moment (tests, demos, reproducible samples). */
class FixedClock : public Clock
{
public:
    /** Stops at @p dateTime, "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD" (midnight); throws Error(Invalid) otherwise. */
    explicit FixedClock(std::string_view dateTime);
    /** The fixed moment. */
    std::int64_t nowMinutes() const override { return m_minutes; }

private:
    std::int64_t m_minutes = 0;
};

} // namespace maqa::core::expr
