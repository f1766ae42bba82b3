// The HTTP transport of the real server: bodies over the limit refused before they are read (and the connection
// cut), chunked bodies refused, JSON content type required, plain HTTP refused off loopback, TLS from a
// certificate made here with the openssl CLI.
#include "OfficeFixture.h"

#include "core/crypto/Sodium.h"

#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace maqa;
using namespace maqa::test;

namespace {

// A plain TCP connection to the server, for requests an HTTP client library would not send.
class RawConnection
{
public:
    explicit RawConnection(int port)
        : m_fd(::socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            throw std::runtime_error("Cannot connect to the server.");
        }
    }
    ~RawConnection() { ::close(m_fd); }

    /** Sends all of @p data; false when the server has closed the connection. */
    bool send(const std::string &data)
    {
        for (std::size_t sent = 0; sent < data.size();) {
            const ssize_t n = ::send(m_fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    /** Reads until the server closes the connection or @p deadlineMs passes without data; returns what came. */
    std::string receiveUntilClosed(int deadlineMs, bool *closed)
    {
        std::string data;
        *closed = false;
        for (;;) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, deadlineMs) <= 0) {
                return data; // nothing more within the deadline: the connection is still open
            }
            char buffer[65536];
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                *closed = true;
                return data;
            }
            data.append(buffer, static_cast<std::size_t>(n));
        }
    }

private:
    int m_fd;
};

// A loopback connection to @p port whose handshake completed within @p ms (the kernel queues it for accept()
// even while the server is not accepting), or -1.
int connectWithin(int port, int ms)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        return fd;
    }
    pollfd p{fd, POLLOUT, 0};
    int error = -1;
    socklen_t size = sizeof error;
    if (errno == EINPROGRESS && ::poll(&p, 1, ms) == 1 && getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 &&
        error == 0) {
        return fd;
    }
    ::close(fd);
    return -1;
}

std::string statusLine(const std::string &response)
{
    return response.substr(0, response.find("\r\n"));
}

} // namespace

class TestServerTransport : public QObject
{
    Q_OBJECT
private slots:
    void oversizedBodyIsRefusedBeforeItIsRead()
    {
        Office office({"--max-body", "65536", "--auth-failure-limit", "100000"});
        const Device gp = office.enrol("gp");
        RawConnection connection(office.server->port());
        // Declare a gigabyte, send 64 KiB of it, and wait for the answer without sending more.
        const std::string head = "PUT " + returnPath("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", 1) +
                                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + gp.token +
                                 "\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n";
        QVERIFY(connection.send(head + std::string(65536, 'x')));
        bool closed = false;
        // The server's read timeout is 10 s: an answer inside 8 s means it did not wait for the body.
        const std::string response = connection.receiveUntilClosed(8000, &closed);
        QCOMPARE(statusLine(response), std::string("HTTP/1.1 413 Payload Too Large"));
        QVERIFY(response.find("\"payload_too_large\"") != std::string::npos);
        QVERIFY2(closed, "the server kept the connection open to read the rest of the body");
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM returns"), qint64(0));

        // A client library that sends a modestly oversized body whole still gets the 413.
        const Reply over = office.api->put(returnPath("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", 1),
                                           std::string(100 * 1024, ' '), gp.token);
        QCOMPARE(over.status, 413);
        QCOMPARE(over.errorCode(), std::string("payload_too_large"));
        // The limit is what the device reads from its configuration.
        QCOMPARE(office.api->get("/api/v1/config", gp.token).json()["max_body_bytes"].get<int>(), 65536);
    }

    void bodiesNeedALength()
    {
        Office office;
        const Device gp = office.enrol("gp");
        RawConnection connection(office.server->port());
        QVERIFY(connection.send("PUT /api/v1/progress HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                gp.token +
                                "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "5\r\n{\"cas\r\n"));
        bool closed = false;
        const std::string response = connection.receiveUntilClosed(8000, &closed);
        QCOMPARE(statusLine(response), std::string("HTTP/1.1 411 Length Required"));
        QVERIFY(closed);
    }

    void bodiesMustBeJson()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const std::string envelope = office.seal(gp, office.payload(gp, "EH-1"));
        const std::string uuid = nlohmann::json::parse(envelope)["uuid"];
        const Reply text = office.api->put(returnPath(uuid, 1), envelope, gp.token, "text/plain");
        QCOMPARE(text.status, 415);
        QCOMPARE(text.errorCode(), std::string("unsupported_media_type"));
        QCOMPARE(office.api->put(returnPath(uuid, 1), envelope, gp.token, "application/x-www-form-urlencoded").status,
                 415);
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM returns"), qint64(0));
        QCOMPARE(office.api->put(returnPath(uuid, 1), envelope, gp.token, "application/json; charset=utf-8").status,
                 201);
    }

    void plainHttpIsRefusedOffLoopback()
    {
        TestDatabase db;
        const CliResult refused =
            runServerCommand(QStringList{"serve"} + db.storeArgs() + QStringList{"--listen", "0.0.0.0:0"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("Refusing to serve plain HTTP on 0.0.0.0"));
        QCOMPARE(refused.err.count('\n'), 1); // one line
        QCOMPARE(runServerCommand(QStringList{"serve"} + db.storeArgs() + QStringList{"--listen", "[::]:0"}).exitCode,
                 1);
        QCOMPARE(runServerCommand(QStringList{"serve"} + db.storeArgs() +
                                  QStringList{"--listen", "0.0.0.0:0", "--tls-cert", "/nonexistent.pem", "--tls-key",
                                              "/nonexistent.key"})
                     .exitCode,
                 1);
        QCOMPARE(runServerCommand(QStringList{"serve"} + db.storeArgs() +
                                  QStringList{"--listen", "0.0.0.0:0", "--tls-cert", "/nonexistent.pem"})
                     .exitCode,
                 2);
    }

    void servesTlsWithACertificateFile()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath("cert.pem");
        const QString key = dir.filePath("key.pem");
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                       "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"});
        QVERIFY(openssl.waitForFinished(120000));
        QCOMPARE(openssl.exitCode(), 0);

        TestDatabase db;
        // TLS may listen on every address; this test reaches it through loopback.
        ServerProcess server(db, {"--tls-cert", cert, "--tls-key", key, "--listen", "0.0.0.0:0"});
        QVERIFY(server.url().rfind("https://0.0.0.0:", 0) == 0);

        httplib::SSLClient tls("127.0.0.1", server.port());
        tls.set_ca_cert_path(cert.toStdString().c_str());
        tls.enable_server_certificate_verification(true);
        const httplib::Result health = tls.Get("/api/v1/health");
        QVERIFY2(health, "no TLS answer");
        QCOMPARE(health->status, 200);
        QCOMPARE(nlohmann::json::parse(health->body)["status"].get<std::string>(), std::string("ok"));

        // A client that does not trust this certificate refuses the connection.
        httplib::SSLClient untrusting("127.0.0.1", server.port());
        untrusting.set_ca_cert_path(QStringLiteral(MAQA_SOURCE_DIR "/docs/api/openapi.yaml").toStdString().c_str());
        untrusting.enable_server_certificate_verification(true);
        QVERIFY(!untrusting.Get("/api/v1/health"));
        // Plain HTTP to the TLS port gets no API answer.
        httplib::Client plain("127.0.0.1", server.port());
        plain.set_read_timeout(10);
        const httplib::Result plainAnswer = plain.Get("/api/v1/health");
        QVERIFY(!plainAnswer || plainAnswer->status != 200);
        QCOMPARE(server.stop(), 0);
    }

    void aBurstOfConnectionsWaitsInTheQueue()
    {
        // 64 devices connect while the server is too busy to accept (paused here): every handshake completes and
        // waits in the listen queue. cpp-httplib's own backlog of 5 made the kernel drop the rest, and devices
        // waited a second or more for a retransmitted SYN (bench_load's p99 and its transport errors).
        Office office;
        const auto pid = static_cast<pid_t>(office.server->pid());
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        std::vector<int> burst;
        for (int i = 0; i < 64; ++i) {
            burst.push_back(connectWithin(office.server->port(), 1000));
        }
        QCOMPARE(::kill(pid, SIGCONT), 0);
        const auto waiting = std::count_if(burst.begin(), burst.end(), [](int fd) { return fd >= 0; });
        // Once it runs again, each is answered.
        int answered = 0;
        for (const int fd : burst) {
            if (fd < 0) {
                continue;
            }
            const std::string request = "GET /api/v1/health HTTP/1.1\r\nHost: maqa\r\nConnection: close\r\n\r\n";
            const int flags = fcntl(fd, F_GETFL);
            fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
            std::string response;
            char buffer[4096];
            if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) == ssize_t(request.size())) {
                pollfd p{fd, POLLIN, 0};
                while (::poll(&p, 1, 10000) == 1) {
                    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                    if (n <= 0) {
                        break;
                    }
                    response.append(buffer, static_cast<std::size_t>(n));
                }
            }
            answered += statusLine(response) == "HTTP/1.1 200 OK" ? 1 : 0;
            ::close(fd);
        }
        QCOMPARE(waiting, 64L);
        QCOMPARE(answered, 64);
    }

    void servesManyRequestsOnOneConnection()
    {
        Office office;
        const Device gp = office.enrol("gp");
        httplib::Client client(office.server->url());
        client.set_keep_alive(true);
        const httplib::Headers headers{{"Authorization", "Bearer " + gp.token}};
        for (int i = 0; i < 20; ++i) {
            const std::string envelope = office.seal(gp, office.payload(gp, "EH-" + std::to_string(1 + i % 3)));
            const std::string uuid = nlohmann::json::parse(envelope)["uuid"];
            const httplib::Result result = client.Put(returnPath(uuid, 1), headers, envelope, "application/json");
            QVERIFY(result);
            QCOMPARE(result->status, 201);
        }
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM returns"), qint64(20));
    }
};

QTEST_GUILESS_MAIN(TestServerTransport)
#include "tst_server_transport.moc"
