// The server's address as the practitioner typed it, checked once: https:// anywhere, plain http:// only to this
// machine (loopback), because tokens and returns must never cross a network unencrypted.
#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace maqa::client {

/** A checked server base URL; every API path is built from it. */
class ServerAddress
{
public:
    /**
     * Checks @p text ("https://maqa.example.org", "http://127.0.0.1:8787"). Throws Error(Invalid) when it is not a
     * usable URL, Error(Refused) for plain http:// to anything but loopback.
     */
    static ServerAddress parse(const QString &text);

    /** The URL of API route @p path ("/returns/…", below /api/v1), with @p query. */
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;
    /** The base URL as text, without a trailing slash. */
    QString text() const { return m_base.toString(); }
    /** The host, for messages. */
    QString host() const { return m_base.host(); }
    /** True when the server is on this machine (loopback): reachable whatever the network does. */
    bool isLoopback() const { return m_loopback; }
    /** True for https://. */
    bool isTls() const { return m_base.scheme() == QLatin1String("https"); }

private:
    QUrl m_base;
    bool m_loopback = false;
};

} // namespace maqa::client
