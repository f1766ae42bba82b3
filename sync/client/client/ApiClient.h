// The device's HTTP client for the Maqa API on Qt Network: one QNetworkAccessManager (keep-alive connections),
// the bearer token, the trusted CAs, no redirects, and a transfer timeout on every request.
#pragma once

#include "client/ServerAddress.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace maqa::client {

/** Builds and sends API requests. Replies belong to the caller (delete them when finished). */
class ApiClient
{
public:
    /**
     * Talks to @p server through @p network (not owned) with @p token ("" before enrolment). When @p caFile is not
     * empty only the CAs in it are trusted; otherwise the system's. Throws Error(Refused) when the CA file holds no
     * certificate.
     */
    ApiClient(QNetworkAccessManager &network, ServerAddress server, QByteArray token, const QString &caFile,
              std::chrono::milliseconds timeout);

    /** GET @p path (below /api/v1) with @p query. */
    QNetworkReply *get(const QString &path, const QUrlQuery &query = {});
    /** PUT @p body as JSON. */
    QNetworkReply *put(const QString &path, const QByteArray &body);
    /** POST @p body as JSON. */
    QNetworkReply *post(const QString &path, const QByteArray &body);

    /** The server this client talks to. */
    const ServerAddress &server() const { return m_server; }
    /** Replaces the token (after enrolment). */
    void setToken(QByteArray token) { m_token = std::move(token); }

    /** The CA certificates in the PEM file @p caFile; throws Error(Refused) when there are none. */
    static QList<QSslCertificate> loadCaFile(const QString &caFile);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager &m_network;
    ServerAddress m_server;
    QByteArray m_token;
    QList<QSslCertificate> m_caCertificates; //!< empty: the system's
    std::chrono::milliseconds m_timeout;
};

} // namespace maqa::client
