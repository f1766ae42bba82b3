// Checking a server address (see ServerAddress.h). Loopback is decided from the host as written, never by a DNS
// lookup, so a name that resolves elsewhere cannot smuggle plain HTTP off the machine.
#include "client/ServerAddress.h"

#include "core/util/Error.h"

#include <QHostAddress>

namespace maqa::client {

using core::Error;
using core::ErrorKind;

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ServerAddress ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        throw Error(ErrorKind::Invalid,
                    "'" + trimmed.toStdString() + "' is not a server address; it looks like https://maqa.example.org.");
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        throw Error(ErrorKind::Invalid, "A server address has no user name, query or fragment: give it as "
                                        "https://host[:port][/path].");
    }
    ServerAddress address;
    address.m_loopback = isLoopbackHost(url.host());
    if (scheme == QLatin1String("http") && !address.m_loopback) {
        throw Error(ErrorKind::Refused, "Refusing to use plain http:// for " + url.host().toStdString() +
                                            ": the device token and returns would cross the network unencrypted. "
                                            "Use https://, or http:// only for a server on this machine (127.0.0.1).");
    }
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path);
    address.m_base = url;
    return address;
}

QUrl ServerAddress::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + QLatin1String("/api/v1") + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

} // namespace maqa::client
