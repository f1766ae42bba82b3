// Building requests (see ApiClient.h). SSL errors are never ignored: nothing here connects to sslErrors, so a
// certificate that does not chain to a trusted CA fails the request, and the engine reports it.
#include "client/ApiClient.h"

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace maqa::client {

ApiClient::ApiClient(QNetworkAccessManager &network, ServerAddress server, QByteArray token, const QString &caFile,
                     std::chrono::milliseconds timeout)
    : m_network(network)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_timeout(timeout)
{
    if (!caFile.isEmpty()) {
        m_caCertificates = loadCaFile(caFile);
    }
}

QList<QSslCertificate> ApiClient::loadCaFile(const QString &caFile)
{
    if (!QFileInfo(caFile).isReadable()) {
        throw core::Error(core::ErrorKind::Refused,
                          "The certificate authority file " + caFile.toStdString() + " cannot be read.");
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        throw core::Error(core::ErrorKind::Refused, "The file " + caFile.toStdString() +
                                                        " holds no PEM certificate, so it cannot say which "
                                                        "server to trust.");
    }
    return certificates;
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QNetworkRequest request(m_server.apiUrl(path, query));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Maqa/" + QCoreApplication::applicationVersion().toUtf8());
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    if (m_server.isTls()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_caCertificates.isEmpty()) {
            tls.setCaCertificates(m_caCertificates);
        }
        request.setSslConfiguration(tls);
    }
    return request;
}

QNetworkReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return m_network.get(request(path, query));
}

QNetworkReply *ApiClient::put(const QString &path, const QByteArray &body)
{
    QNetworkRequest r = request(path, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The answer to a PUT is a line of JSON: asking for it compressed only makes the server spend CPU (brotli).
    r.setRawHeader("Accept-Encoding", "identity");
    // Our PUTs are idempotent (the same bytes for the same key), so they may share a connection back to back; if it
    // drops, Qt re-sends the unanswered ones and the server answers 200 for what it already has.
    r.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
    return m_network.put(r, body);
}

QNetworkReply *ApiClient::post(const QString &path, const QByteArray &body)
{
    QNetworkRequest r = request(path, {});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_network.post(r, body);
}

} // namespace maqa::client
