// Reading replies and judging them (see ApiResponse.h). A reply is an answer only when it has a status line and
// the connection did not fail (Qt's errors 1-99): a status line followed by a cut-off body is no answer.
#include "client/ApiResponse.h"

#include "client/Backoff.h"

#include "core/util/Error.h"
#include "protocol/Json.h"

#include <QNetworkReply>

namespace maqa::client {

namespace {

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return code > 0 && code < 100; // Qt maps some statuses into other ranges (400 → 302, 407 → 105)
}

QString transportSentence(QNetworkReply &reply)
{
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("the server did not answer (connection refused)");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("the server's name could not be found (no network, or a wrong address)");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("the server did not answer in time");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the connection was closed before the server's answer arrived");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("the server's identity could not be checked (%1)").arg(reply.errorString());
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return QStringLiteral("the network is not available (%1)").arg(reply.errorString());
    default:
        return QStringLiteral("the connection to the server failed (%1)").arg(reply.errorString());
    }
}

} // namespace

ApiResponse ApiResponse::fromReply(QNetworkReply &reply)
{
    ApiResponse response;
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (isTransportError(reply.error()) || !status.isValid()) {
        response.transport = transportSentence(reply);
        return response;
    }
    response.status = status.toInt();
    response.body = reply.readAll();
    response.retryAfter = parseRetryAfter(reply.rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (response.status >= 400) {
        try {
            response.error = protocol::ErrorBody::fromJson(
                protocol::parseObject(std::string_view(response.body.constData(), response.body.size()), "error"));
        } catch (const core::Error &) {
            response.error.reset(); // not our server's error body (a proxy's page): the status decides alone
        }
    }
    return response;
}

Verdict verdictOf(const ApiResponse &r)
{
    if (r.status == 0) {
        return Verdict::Retry;
    }
    if (r.status >= 200 && r.status < 300) {
        return Verdict::Success;
    }
    if (r.status == 408 || r.status == 429 || r.status >= 500) {
        return Verdict::Retry;
    }
    if (r.status == 401 && r.error && r.error->wipe) {
        return Verdict::Wipe;
    }
    if (r.status == 401 || (r.status == 403 && r.error && r.error->error == "forbidden")) {
        return Verdict::DeviceRefused;
    }
    return Verdict::Refused;
}

QString describe(const ApiResponse &r)
{
    if (r.status == 0) {
        return r.transport;
    }
    if (r.error && !r.error->message.empty()) {
        return QString::fromStdString(r.error->message);
    }
    if (r.status == 429) {
        return QStringLiteral("the server asked to wait before trying again (HTTP 429)");
    }
    if (r.status == 503 || r.status == 502 || r.status == 504) {
        return QStringLiteral("the server is not available just now (HTTP %1)").arg(r.status);
    }
    if (r.status >= 500) {
        return QStringLiteral("the server failed (HTTP %1)").arg(r.status);
    }
    if (r.status >= 300 && r.status < 400) {
        return QStringLiteral("the server sent the request elsewhere (HTTP %1); check the server address")
            .arg(r.status);
    }
    return QStringLiteral("the server refused the request (HTTP %1)").arg(r.status);
}

} // namespace maqa::client
