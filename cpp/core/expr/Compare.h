// Internal to the interpreter: conversions of values to days and to comparable temporal keys, and ordering with
// XLSForm's rules. Evaluator.cpp and its functions use these; callers outside expr/ use Evaluator.h.
#pragma once

#include "core/expr/Value.h"

#include <cstdint>
#include <optional>

namespace maqa::core::expr {

/** Days since 1970-01-01 of a date, a date-time, date text or a day count; nullopt otherwise. */
std::optional<std::int64_t> toDays(const Value &v);
/** Minutes since midnight (@p timeOfDay) or since the epoch, of a temporal value or its text; nullopt otherwise. */
std::optional<double> temporalKey(const Value &v, bool timeOfDay);
/** True for dates, times and date-times. */
bool isTemporal(const Value &v);
/** -1, 0 or 1, or nullopt when the two cannot be ordered (empty, NaN, unparsable text). */
std::optional<int> order(const Value &a, const Value &b);

} // namespace maqa::core::expr
