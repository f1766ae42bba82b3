// One answer (or non-answer) from the server, and what the engine does about it: accept, retry later, give up on
// the item, or wipe the device. The rules are design.md's: never retry a 4xx other than 408/429.
#pragma once

#include "protocol/ErrorBody.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace maqa::client {

/** What happened to one request. */
struct ApiResponse
{
    int status = 0;                                      //!< HTTP status; 0 when no complete answer arrived
    QByteArray body;                                     //!< the answer's body (complete only when status != 0)
    QString transport;                                   //!< why no answer arrived, in plain words ("" when one did)
    std::optional<std::chrono::milliseconds> retryAfter; //!< from a Retry-After header
    std::optional<protocol::ErrorBody> error;            //!< the error body of a 4xx/5xx, when it parsed

    /** Reads a finished @p reply. A reply cut off mid-way counts as no answer, whatever its status line said. */
    static ApiResponse fromReply(QNetworkReply &reply);
};

/** The engine's reading of a response. */
enum class Verdict {
    Success,       //!< 2xx
    Retry,         //!< no answer, 408, 429 or 5xx: try again later, with backoff
    Refused,       //!< any other 4xx (and 3xx): this request will never succeed; do not retry it
    DeviceRefused, //!< 401/403 for the device itself (bad token, not a device): nothing will succeed
    Wipe,          //!< 401 with "wipe": true — the device was revoked; erase the store
};

/** The verdict on @p response. */
Verdict verdictOf(const ApiResponse &response);

/**
 * The response as a sentence a practitioner understands, e.g. "the server did not answer (connection refused)",
 * "the server is busy (HTTP 503)", or the server's own message for a refusal.
 */
QString describe(const ApiResponse &response);

} // namespace maqa::client
