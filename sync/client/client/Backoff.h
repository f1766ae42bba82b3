// Retry timing: full-jitter exponential backoff (AWS architecture blog, "Exponential Backoff And Jitter") capped at
// a few minutes, and the server's Retry-After, which is never undercut.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace maqa::client {

/** The knobs of the retry timing. Tests shrink them; production keeps the defaults. */
struct BackoffPolicy
{
    std::chrono::milliseconds base{1000};              //!< ceiling of the first retry's delay
    std::chrono::milliseconds cap{5 * 60 * 1000};      //!< no delay (without Retry-After) exceeds this
    std::chrono::milliseconds maxRetryAfter{3600'000}; //!< a larger Retry-After is clamped to this
};

/** A source of uniform doubles in [0, 1); the default reads QRandomGenerator::global(). */
using UniformSource = std::function<double()>;

/** min(cap, base · 2^(attempt−1)): the upper bound of the delay after @p attempt consecutive failures (≥ 1). */
std::chrono::milliseconds backoffCeiling(const BackoffPolicy &policy, int attempt);

/** Full jitter: a uniform delay in [0, backoffCeiling(attempt)]. */
std::chrono::milliseconds fullJitterDelay(const BackoffPolicy &policy, int attempt, const UniformSource &uniform = {});

/**
 * The delay before the next try after @p attempt consecutive failures: full jitter, but never less than the
 * server's @p retryAfter (clamped to maxRetryAfter).
 */
std::chrono::milliseconds retryDelay(const BackoffPolicy &policy, int attempt,
                                     std::optional<std::chrono::milliseconds> retryAfter,
                                     const UniformSource &uniform = {});

/**
 * Reads a Retry-After header: delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT", relative to
 * @p now). nullopt when absent or unreadable; a date in the past gives 0.
 */
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace maqa::client
