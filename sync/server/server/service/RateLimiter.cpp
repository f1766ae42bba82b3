// The failure window (see RateLimiter.h). Retry-After is exact: the moment enough old failures age out that the
// address drops below the limit.
#include "server/service/RateLimiter.h"

#include "server/service/Secrets.h"
#include "server/store/Store.h"

namespace maqa::server {

RateLimiter::RateLimiter(Store &store, int limit, int windowSeconds)
    : m_store(store)
    , m_limit(limit)
    , m_windowSeconds(windowSeconds)
{}

std::optional<int> RateLimiter::retryAfter(const std::string &address)
{
    const std::int64_t now = nowMillis();
    const std::int64_t windowMs = std::int64_t(m_windowSeconds) * 1000;
    const std::vector<std::int64_t> times = m_store.authFailuresSince(address, now - windowMs);
    if (static_cast<int>(times.size()) < m_limit) {
        return std::nullopt;
    }
    // Once the (count - limit + 1)-th oldest failure leaves the window, limit - 1 remain.
    const std::int64_t freeAt = times[times.size() - static_cast<std::size_t>(m_limit)] + windowMs;
    return static_cast<int>(std::max<std::int64_t>(1, (freeAt - now + 999) / 1000));
}

void RateLimiter::recordFailure(const std::string &address)
{
    m_store.recordAuthFailure(address, nowMillis());
}

} // namespace maqa::server
