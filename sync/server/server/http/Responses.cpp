// JSON answers and error bodies (see Responses.h).
// Error bodies always have all three fields, so clients can parse them strictly.
#include "server/http/Responses.h"

#include "server/service/ApiError.h"

#include "protocol/ErrorBody.h"

#include <httplib.h>

namespace maqa::server {

namespace {

void setErrorHeaders(httplib::Response &response, const ApiError &error)
{
    response.status = error.status();
    if (error.status() == 401) {
        response.set_header("WWW-Authenticate", "Bearer realm=\"maqa\"");
    }
    if (error.retryAfter() > 0) {
        response.set_header("Retry-After", std::to_string(error.retryAfter()));
    }
}

std::string errorText(const ApiError &error)
{
    // A message may quote what the client sent (a path segment cut at 40 bytes): never let bad UTF-8 throw here.
    return protocol::ErrorBody{error.code(), error.what(), error.wipe()}.toJson().dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

void sendJson(httplib::Response &response, int status, const nlohmann::json &body)
{
    response.status = status;
    response.set_content(body.dump(), "application/json");
}

void sendError(httplib::Response &response, const ApiError &error)
{
    setErrorHeaders(response, error);
    response.set_content(errorText(error), "application/json");
}

void sendErrorAndClose(httplib::Response &response, const ApiError &error)
{
    setErrorHeaders(response, error);
    response.set_header("Connection", "close");
    const std::string body = errorText(error);
    response.set_content_provider(body.size(), "application/json",
                                  [body](size_t offset, size_t length, httplib::DataSink &sink) {
                                      sink.write(body.data() + offset, length);
                                      return false; // "failed": cpp-httplib drops the connection after this answer
                                  });
}

std::string errorCodeForStatus(int status)
{
    switch (status) {
    case 400:
        return "invalid_request";
    case 401:
        return "unauthorized";
    case 403:
        return "forbidden";
    case 404:
        return "not_found";
    case 405:
        return "method_not_allowed";
    case 411:
        return "length_required";
    case 413:
        return "payload_too_large";
    case 414:
        return "uri_too_long";
    case 415:
        return "unsupported_media_type";
    case 429:
        return "rate_limited";
    case 503:
        return "unavailable";
    default:
        return status >= 500 ? "internal" : "invalid_request";
    }
}

} // namespace maqa::server
