// Retry timing (see Backoff.h). Full jitter spreads the retries of many tablets that lost the network together,
// so they do not all come back in the same second and knock the server over again.
#include "client/Backoff.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace maqa::client {

using std::chrono::milliseconds;

milliseconds backoffCeiling(const BackoffPolicy &policy, int attempt)
{
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const long double ceiling =
        static_cast<long double>(policy.base.count()) * static_cast<long double>(1LL << doublings);
    return milliseconds(static_cast<long long>(std::min<long double>(ceiling, policy.cap.count())));
}

milliseconds fullJitterDelay(const BackoffPolicy &policy, int attempt, const UniformSource &uniform)
{
    const double u = uniform ? uniform() : QRandomGenerator::global()->generateDouble();
    const long long ceiling = backoffCeiling(policy, attempt).count();
    return milliseconds(std::clamp(static_cast<long long>(u * static_cast<double>(ceiling + 1)), 0LL, ceiling));
}

milliseconds retryDelay(const BackoffPolicy &policy, int attempt, std::optional<milliseconds> retryAfter,
                        const UniformSource &uniform)
{
    const milliseconds jitter = fullJitterDelay(policy, attempt, uniform);
    if (!retryAfter) {
        return jitter;
    }
    return std::max(jitter, std::clamp(*retryAfter, milliseconds(0), policy.maxRetryAfter));
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        return seconds < 0 ? std::nullopt
                           : std::optional<milliseconds>(milliseconds(std::min(seconds, 1LL << 40) * 1000));
    }
    // IMF-fixdate (RFC 9110 §5.6.7), the only date form servers are allowed to send.
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return std::nullopt;
    }
    when.setTimeZone(QTimeZone::utc());
    return milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace maqa::client
