// The HTTP front (see HttpServer.h). cpp-httplib reads a request's body before its handler runs, and would read an
// oversized one whole just to discard it; so every refusal happens in the pre-routing hook, before the body, and
// a refused request with a body pending is answered and then cut off.
#include "server/http/HttpServer.h"

#include "server/http/Handlers.h"
#include "server/http/Responses.h"
#include "server/http/Routes.h"
#include "server/service/ApiError.h"
#include "server/service/DeviceService.h"
#include "server/service/OfficeService.h"
#include "server/service/RateLimiter.h"
#include "server/service/Secrets.h"
#include "server/store/Store.h"

#include <httplib.h>

#include <QFileInfo>

#include <sys/socket.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string_view>

namespace maqa::server {

using core::Error;
using core::ErrorKind;

namespace {

// What the pre-routing hook learnt about the request this thread is serving, for its handler and the log line.
struct PendingRequest
{
    const Route *route = nullptr;
    std::vector<std::string> params;
    std::optional<Principal> principal;
    std::chrono::steady_clock::time_point start;
};

thread_local PendingRequest t_pending;

std::string bearerToken(const httplib::Request &request)
{
    const std::string header = request.get_header_value("Authorization");
    if (header.size() < 8 || !(header.compare(0, 7, "Bearer ") == 0 || header.compare(0, 7, "bearer ") == 0)) {
        return {};
    }
    std::string token = header.substr(7);
    if (token.size() > 200 || token.find_first_of(" \t\r\n") != std::string::npos) {
        return {};
    }
    return token;
}

bool isJsonContentType(const std::string &value)
{
    std::string mediaType = value.substr(0, value.find(';'));
    while (!mediaType.empty() && mediaType.back() == ' ') {
        mediaType.pop_back();
    }
    for (char &c : mediaType) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return mediaType == "application/json";
}

ApiError asApiError(const std::exception &e)
{
    if (const auto *api = dynamic_cast<const ApiError *>(&e)) {
        return *api;
    }
    if (const auto *error = dynamic_cast<const Error *>(&e)) {
        switch (error->kind()) {
        case ErrorKind::Invalid:
            return ApiError(400, "invalid_request", error->what());
        case ErrorKind::NotFound:
            return ApiError(404, "not_found", error->what());
        case ErrorKind::Io:
        case ErrorKind::Locked:
            std::cerr << "maqa-server: " << error->what() << '\n';
            if (std::string_view(error->what()).starts_with(kStorageRefusedPrefix)) {
                // The device keeps the return and tries again; the office must free space or fix the mount.
                return ApiError(503, "unavailable",
                                "The server cannot save just now: its storage is full or read-only. Your returns "
                                "stay on this device and are sent again later.",
                                false, 30);
            }
            return ApiError(503, "unavailable", "The server cannot reach its database just now; try again shortly.",
                            false, 5);
        default:
            break;
        }
    }
    std::cerr << "maqa-server: internal error: " << e.what() << '\n';
    return ApiError(500, "internal", "The server failed unexpectedly; the problem has been logged.");
}

} // namespace

HttpServer::HttpServer(Store &store, ServeOptions options)
    : m_store(store)
    , m_options(std::move(options))
    , m_limiter(std::make_unique<RateLimiter>(store, m_options.authFailureLimit))
    , m_devices(std::make_unique<DeviceService>(store, *m_limiter, m_options.maxBodyBytes))
    , m_office(std::make_unique<OfficeService>(store))
{
    if (!m_options.tlsCert.empty()) {
        for (const std::string &file : {m_options.tlsCert, m_options.tlsKey}) {
            if (!QFileInfo(QString::fromStdString(file)).isReadable()) {
                throw Error(ErrorKind::Refused, "Cannot read the TLS file " + file + ".");
            }
        }
        auto tls = std::make_unique<httplib::SSLServer>(m_options.tlsCert.c_str(), m_options.tlsKey.c_str());
        if (!tls->is_valid()) {
            throw Error(ErrorKind::Refused, "The TLS certificate " + m_options.tlsCert + " and key " +
                                                m_options.tlsKey +
                                                " cannot be used together (wrong format or "
                                                "mismatched pair).");
        }
        m_http = std::move(tls);
    } else {
        m_http = std::make_unique<httplib::Server>();
    }
    m_http->set_socket_options([this](int socket) {
        httplib::default_socket_options(socket);
        if (m_binding) {
            m_createdSockets.push_back(socket);
        }
    });
    const int threads = m_options.threads;
    m_http->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    m_http->set_payload_max_length(m_options.maxBodyBytes); // a backstop: preRoute refuses first
    // Without TCP_NODELAY a response written as headers then body waits for the client's delayed ACK (~40 ms).
    m_http->set_tcp_nodelay(true);
    m_http->set_keep_alive_max_count(1000);
    m_http->set_keep_alive_timeout(5);
    m_http->set_read_timeout(10);
    m_http->set_write_timeout(30);
    m_http->set_pre_routing_handler([this](const httplib::Request &request, httplib::Response &response) {
        return preRoute(request, response) ? httplib::Server::HandlerResponse::Handled
                                           : httplib::Server::HandlerResponse::Unhandled;
    });
    const auto handler = [this](const httplib::Request &request, httplib::Response &response) {
        handle(request, response);
    };
    m_http->Get(".*", handler);
    m_http->Post(".*", handler);
    m_http->Put(".*", handler);
    m_http->set_error_handler([](const httplib::Request &, httplib::Response &response) {
        if (!response.has_header("Content-Type")) { // an answer cpp-httplib made itself (bad request line, ...)
            sendError(response,
                      ApiError(response.status, errorCodeForStatus(response.status),
                               "The request could not be understood (HTTP " + std::to_string(response.status) + ")."));
        }
    });
    m_http->set_logger(
        [this](const httplib::Request &request, const httplib::Response &response) { log(request, response); });
}

HttpServer::~HttpServer() = default;

int HttpServer::bind()
{
    m_binding = true;
    const bool ok = m_options.port == 0 ? (m_boundPort = m_http->bind_to_any_port(m_options.host)) > 0
                                        : m_http->bind_to_port(m_options.host, m_options.port);
    m_binding = false;
    if (!ok) {
        m_createdSockets.clear();
        throw Error(ErrorKind::Io, "Cannot listen on " + m_options.host + ":" + std::to_string(m_options.port) +
                                       " (the port is in use or the address is not on this machine).");
    }
    if (m_options.port != 0) {
        m_boundPort = m_options.port;
    }
    // cpp-httplib 0.11 listens with a backlog of 5: with many devices connecting at once the kernel dropped
    // handshakes (ListenOverflows), clients waited a second for a retransmitted SYN and some gave up. Calling
    // listen() again on the listening socket widens its queue to the system's limit.
    for (const int socket : m_createdSockets) {
        int listening = 0;
        socklen_t size = sizeof listening;
        if (getsockopt(socket, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) == 0 && listening == 1) {
            ::listen(socket, SOMAXCONN);
        }
    }
    m_createdSockets.clear();
    return m_boundPort;
}

void HttpServer::run()
{
    m_http->listen_after_bind();
}

void HttpServer::stop()
{
    m_http->stop();
}

std::string HttpServer::url() const
{
    const bool v6 = m_options.host.find(':') != std::string::npos;
    return std::string(m_options.tlsCert.empty() ? "http" : "https") + "://" + (v6 ? "[" : "") + m_options.host +
           (v6 ? "]" : "") + ":" + std::to_string(m_boundPort);
}

int HttpServer::preRoute(const httplib::Request &request, httplib::Response &response)
{
    t_pending = PendingRequest{};
    t_pending.start = std::chrono::steady_clock::now();
    const bool chunked = request.has_header("Transfer-Encoding");
    const std::string length = request.get_header_value("Content-Length");
    const bool bodyPending = chunked || (!length.empty() && length != "0");
    try {
        if (chunked) {
            throw ApiError(411, "length_required", "Send the request body with a Content-Length header.");
        }
        if (!length.empty() && (length.size() > 18 || length.find_first_not_of("0123456789") != std::string::npos)) {
            throw ApiError(400, "invalid_request", "The Content-Length header is not a number.");
        }
        if (!length.empty() && std::stoull(length) > m_options.maxBodyBytes) {
            throw ApiError(413, "payload_too_large",
                           "The request body is larger than this server accepts (" +
                               std::to_string(m_options.maxBodyBytes) + " bytes).");
        }
        if ((request.method == "PUT" || request.method == "POST") && length.empty()) {
            throw ApiError(411, "length_required", "Send the request body with a Content-Length header.");
        }
        RouteMatch match = matchRoute(request.method, request.path);
        if (!match.route) {
            if (match.allowedMethods.empty()) {
                throw ApiError(404, "not_found", "There is nothing at this address on the Maqa server.");
            }
            response.set_header("Allow", match.allowedMethods);
            throw ApiError(405, "method_not_allowed", "This address accepts " + match.allowedMethods + " only.");
        }
        const Route &route = *match.route;
        const std::string &address = request.remote_addr;
        if (route.access != Access::Public || route.id == RouteId::Enrol) {
            if (const std::optional<int> wait = m_limiter->retryAfter(address)) {
                throw ApiError(429, "rate_limited",
                               "Too many failed attempts from your address; try again in " + std::to_string(*wait) +
                                   " seconds.",
                               false, *wait);
            }
        }
        if (route.access != Access::Public) {
            const std::string token = bearerToken(request);
            const std::optional<Principal> principal =
                token.empty() ? std::nullopt : m_store.findPrincipal(tokenHash(token));
            if (!principal) {
                m_limiter->recordFailure(address);
                m_store.appendAuditLog({0, nowSeconds(), "anonymous", "auth_failed",
                                        "route:" + std::string(route.method) + " " + std::string(route.path), address});
                throw ApiError(401, "unauthorized",
                               token.empty() ? "This request needs a token: enrol the device first."
                                             : "The token is not valid for this server.");
            }
            if (principal->kind == Principal::Kind::Device && principal->revoked) {
                throw ApiError(401, "revoked",
                               "This device has been revoked by the partnership office; its Maqa data must be erased.",
                               true);
            }
            if (route.access == Access::Device && principal->kind != Principal::Kind::Device) {
                throw ApiError(403, "forbidden", "This address is for enrolled devices, not the office.");
            }
            if (route.access == Access::Office && principal->kind != Principal::Kind::Office) {
                throw ApiError(403, "forbidden", "This address is for the partnership office only.");
            }
            t_pending.principal = principal;
        }
        if (route.takesBody && !isJsonContentType(request.get_header_value("Content-Type"))) {
            throw ApiError(415, "unsupported_media_type",
                           "Send the request body as JSON (Content-Type: "
                           "application/json).");
        }
        t_pending.route = &route;
        t_pending.params = std::move(match.params);
        return 0;
    } catch (const std::exception &e) {
        const ApiError error = asApiError(e);
        if (bodyPending) {
            sendErrorAndClose(response, error);
        } else {
            sendError(response, error);
        }
        return 1;
    }
}

void HttpServer::handle(const httplib::Request &request, httplib::Response &response)
{
    try {
        if (!t_pending.route) {
            throw ApiError(500, "internal", "The request reached no route.");
        }
        const HandlerContext context{*m_devices, *m_office, *t_pending.route, t_pending.params,
                                     t_pending.principal ? &*t_pending.principal : nullptr};
        handleRoute(context, request, response);
    } catch (const std::exception &e) {
        response = httplib::Response();
        sendError(response, asApiError(e));
    }
    t_pending.route = nullptr;
}

void HttpServer::log(const httplib::Request &request, const httplib::Response &response)
{
    if (!m_options.verbose) {
        return;
    }
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_pending.start).count();
    char line[512];
    // Method and path only: never a header (tokens), a query value beyond the path, or a body.
    std::snprintf(line, sizeof line, "maqa-server: %s %s %.200s %d %.1f ms\n", request.remote_addr.c_str(),
                  request.method.c_str(), request.path.c_str(), response.status, ms);
    std::cerr << line << std::flush;
}

} // namespace maqa::server
