// libFuzzer target: raw HTTP requests (method, path, query, headers, body: everything cpp-httplib and the server
// read) sent over loopback to the in-process server of ServerUnderFuzz.h. Beyond the sanitizers it checks that the
// server always answers or closes, never answers 500, and never answers 2xx on a guarded route without a valid token.
#include "ServerUnderFuzz.h"

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using maqa::fuzz::ServerUnderFuzz;

namespace {

[[noreturn]] void broken(const std::string &what, const std::string &request, const std::string &response)
{
    std::fprintf(stderr, "fuzz_server: %s\n--- request\n%s\n--- response\n%s\n", what.c_str(), request.c_str(),
                 response.substr(0, 2000).c_str());
    std::abort();
}

// How many whole responses (header and Content-Length bytes of body) @p data holds.
std::size_t wholeResponses(const std::string &data)
{
    std::size_t count = 0;
    for (std::size_t at = 0;; ++count) {
        const std::size_t blank = data.find("\r\n\r\n", at);
        if (blank == std::string::npos) {
            return count;
        }
        std::string header = data.substr(at, blank - at);
        for (char &c : header) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        const std::size_t length = header.find("\r\ncontent-length:");
        const std::size_t size =
            length == std::string::npos ? 0 : std::strtoul(header.c_str() + length + 17, nullptr, 10);
        if (data.size() < blank + 4 + size) {
            return count;
        }
        at = blank + 4 + size;
    }
}

// How many requests @p request seems to hold: one per request line.
std::size_t requestLines(const std::string &request)
{
    std::size_t count = 0;
    for (std::size_t at = request.find(" HTTP/1."); at != std::string::npos; at = request.find(" HTTP/1.", at + 1)) {
        ++count;
    }
    return count == 0 ? 1 : count;
}

// Waits up to @p ms for data on @p fd and appends it; false on timeout, EOF or error (@p closed tells which).
bool readSome(int fd, int ms, std::string &into, bool &closed)
{
    pollfd wait{fd, POLLIN, 0};
    if (poll(&wait, 1, ms) <= 0) {
        return false;
    }
    char buffer[16384];
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
        closed = true;
        return false;
    }
    into.append(buffer, static_cast<std::size_t>(n));
    return true;
}

// Sends @p request on a fresh connection and collects what the server answers. cpp-httplib drops the answer to a
// routed request when the client has already half-closed, so the sending side stays open while answers come; only
// when none comes (the server waits for a body that is not there) is it closed, and the server must then hang up.
std::string exchange(int port, const std::string &request)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        broken("cannot connect to the server", request, "");
    }
    for (std::size_t sent = 0; sent < request.size();) {
        const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            break; // the server may refuse and close before reading everything: that is allowed
        }
        sent += static_cast<std::size_t>(n);
    }
    std::string response;
    bool closed = false;
    // A request cut short (no blank line after the header, or less body than its Content-Length) cannot be answered
    // before the client ends: end at once instead of waiting for an answer that cannot come.
    if (wholeResponses(request) == 0) {
        shutdown(fd, SHUT_WR);
    }
    // Answers until there is one per request line, or the line goes quiet.
    const std::size_t expected = requestLines(request);
    while (!closed && wholeResponses(response) < expected &&
           readSome(fd,
                    response.empty()               ? 2000 // an ASan build on a loaded machine may take a while
                    : wholeResponses(response) > 0 ? 20
                                                   : 2000,
                    response, closed)) {}
    if (!closed) {
        shutdown(fd, SHUT_WR);
        while (readSome(fd, 15000, response, closed)) {}
        if (!closed) {
            close(fd);
            broken("the server neither answered nor closed within 15 s of the client's end", request, response);
        }
    }
    close(fd);
    return response;
}

// The body of the first response (its Content-Length bytes after the header).
std::string firstBody(const std::string &response)
{
    const std::size_t blank = response.find("\r\n\r\n");
    if (blank == std::string::npos) {
        return {};
    }
    std::string header = response.substr(0, blank);
    for (char &c : header) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const std::size_t length = header.find("\r\ncontent-length:");
    const std::size_t size = length == std::string::npos ? 0 : std::strtoul(header.c_str() + length + 17, nullptr, 10);
    return response.substr(blank + 4, size);
}

// What a public route answers: the health answer or an enrolment (which carries a new device's token).
bool isPublicAnswer(const std::string &body)
{
    const nlohmann::json json = nlohmann::json::parse(body, nullptr, false);
    if (!json.is_object()) {
        return false;
    }
    return (json.contains("status") && json.contains("server_time") && json.size() == 3) ||
           (json.contains("device_id") && json.contains("token") && json.contains("policy"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ServerUnderFuzz &server = ServerUnderFuzz::instance();
    const std::string request = server.substitute({reinterpret_cast<const char *>(data), size});
    const std::string response = exchange(server.port(), request);
    static const bool trace = std::getenv("MAQA_FUZZ_SERVER_TRACE") != nullptr; // reproducing: show each answer
    if (trace) {
        std::fprintf(stderr, "%s\n=> %s\n", request.substr(0, request.find('\r')).c_str(),
                     response.substr(0, response.find('\r')).c_str());
    }

    for (std::size_t at = response.find("HTTP/1.1 "); at != std::string::npos;
         at = response.find("HTTP/1.1 ", at + 1)) {
        if (response.compare(at + 9, 3, "500") == 0) {
            broken("the server answered 500: a handler met input it did not expect", request, response);
        }
    }
    if (response.compare(0, 10, "HTTP/1.1 2") == 0 && !server.holdsValidToken(request) &&
        !isPublicAnswer(firstBody(response))) {
        broken("a guarded route answered 2xx without a valid token", request, response);
    }
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ServerUnderFuzz::instance(); // provision before the first input, so setup failures are reported as such
    return 0;
}
