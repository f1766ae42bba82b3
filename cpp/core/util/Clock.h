// The time source every time-dependent rule reads (unlock back-off, enrolment expiry, outbox retries, today()).
// Production uses the system clock; tests substitute a clock they move by hand.
#pragma once

#include <cstdint>
#include <functional>

namespace maqa::core {

/** Milliseconds since the Unix epoch, UTC. */
using Millis = std::int64_t;

/** A clock: a function returning the current time in milliseconds since the epoch. */
using Clock = std::function<Millis()>;

/** The system's real-time clock. */
Millis systemNow();
/** A Clock reading systemNow(). */
Clock systemClock();

} // namespace maqa::core
