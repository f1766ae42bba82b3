// Failed authentications and refused enrolment codes, counted per client address in the database so every
// instance sharing it sees the same count. An address with `limit` failures in the last minute is refused (429).
#pragma once

#include <optional>
#include <string>

namespace maqa::server {

class Store;

/** A sliding one-minute window of failures per address. */
class RateLimiter
{
public:
    /** Refuses an address after @p limit failures within @p windowSeconds. */
    RateLimiter(Store &store, int limit, int windowSeconds = 60);
    /** Seconds until @p address may try again, or nullopt when it is not limited. */
    std::optional<int> retryAfter(const std::string &address);
    /** Counts one failure for @p address now. */
    void recordFailure(const std::string &address);
    /** The number of failures per window that triggers refusal. */
    int limit() const { return m_limit; }

private:
    Store &m_store;
    int m_limit;
    int m_windowSeconds;
};

} // namespace maqa::server
