// maqa-server's HTTP front: cpp-httplib (thread pool, TLS) in front of the route table. Size, route, rate limit,
// token and content type are all checked before the body is read; only then does a handler run.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace maqa::server {

class Store;
class DeviceService;
class OfficeService;
class RateLimiter;

/** How to serve. */
struct ServeOptions
{
    std::string host = "127.0.0.1";
    int port = 8787;                            //!< 0 picks a free port (printed when listening)
    std::string tlsCert;                        //!< PEM certificate chain; with tlsKey, serve HTTPS
    std::string tlsKey;                         //!< PEM private key
    std::size_t maxBodyBytes = 8 * 1024 * 1024; //!< larger bodies get 413 before they are read
    int threads = 16;                           //!< worker threads (each serves one connection at a time)
    int authFailureLimit = 10;                  //!< failures per minute per address before 429
    bool verbose = false;                       //!< one stderr line per request
};

/** The HTTP(S) server over one Store. */
class HttpServer
{
public:
    /** Prepares the server; throws core::Error when the TLS files cannot be loaded. */
    HttpServer(Store &store, ServeOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /** Binds the listening socket and returns its port; throws core::Error(Io) when it cannot. */
    int bind();
    /** Serves until stop() is called. */
    void run();
    /** Stops serving; safe from any thread. */
    void stop();
    /** The base URL, e.g. "https://127.0.0.1:8787". */
    std::string url() const;

private:
    int preRoute(const httplib::Request &request, httplib::Response &response);
    void handle(const httplib::Request &request, httplib::Response &response);
    void log(const httplib::Request &request, const httplib::Response &response);

    Store &m_store;
    ServeOptions m_options;
    int m_boundPort = 0;
    std::vector<int> m_createdSockets;  //!< sockets cpp-httplib made while bind() ran (to widen their backlog)
    std::atomic<bool> m_binding{false}; //!< bind() is running: the sockets made now are the listening ones
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<DeviceService> m_devices;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<httplib::Server> m_http;
};

} // namespace maqa::server
