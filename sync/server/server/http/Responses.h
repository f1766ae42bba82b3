// Writing JSON answers and error bodies onto cpp-httplib responses, including the one trick the server needs from
// it: refusing a request without reading its body, then closing the connection.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace httplib {
struct Response;
}

namespace maqa::server {

class ApiError;

/** Sets @p status and a JSON body. */
void sendJson(httplib::Response &response, int status, const nlohmann::json &body);
/** Sets the error's status, its error body, and WWW-Authenticate (401) or Retry-After (429, 503). */
void sendError(httplib::Response &response, const ApiError &error);
/**
 * Like sendError, but for a request whose body has not been read: the connection is closed after the answer so
 * the unread body is never parsed (or read at all). cpp-httplib closes a connection when a content provider
 * reports failure, which is how this is done; tests/server checks the connection really closes.
 */
void sendErrorAndClose(httplib::Response &response, const ApiError &error);
/** The error code the API uses for a bare HTTP status (for answers cpp-httplib made itself). */
std::string errorCodeForStatus(int status);

} // namespace maqa::server
