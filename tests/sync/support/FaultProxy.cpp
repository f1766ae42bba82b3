// The fault-injecting proxy (see FaultProxy.h): HTTP/1.1 framed by Content-Length (neither side sends chunked bodies),
// one upstream connection per client connection, requests on a connection answered one at a time.
#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace maqa::test {

namespace {

// Length of the first complete message in @p buffer, or 0 when it is not all there yet.
qsizetype messageLength(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return 0;
    }
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:")) {
            length = trimmed.mid(15).trimmed().toLongLong();
        }
    }
    const qsizetype total = end + 4 + length;
    return buffer.size() >= total ? total : 0;
}

void reset(QTcpSocket *socket)
{
    if (!socket) {
        return;
    }
    if (socket->socketDescriptor() >= 0) {
        const linger hard{1, 0}; // close with RST, as a crashed middlebox or a dropped route does
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

QByteArray cannedResponse(const Fault &fault)
{
    const QByteArray body = "{\"error\":\"" + QByteArray(fault.status == 429 ? "rate_limited" : "internal") +
                            "\",\"message\":\"Injected by the test proxy (HTTP " + QByteArray::number(fault.status) +
                            ").\",\"wipe\":false}";
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(fault.status) + " Injected\r\nContent-Type: application/json\r\n";
    if (fault.retryAfter > 0) {
        head += "Retry-After: " + QByteArray::number(fault.retryAfter) + "\r\n";
    }
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

/** One client connection and its upstream twin. Deletes itself when either side goes away. */
class ProxyConnection : public QObject
{
public:
    ProxyConnection(FaultProxy &proxy, QTcpSocket *client)
        : QObject(&proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] {
            m_in += m_client->readAll();
            next();
        });
        connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::close);
    }

    void close()
    {
        if (m_closed) {
            return;
        }
        m_closed = true;
        if (m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->abort();
        }
        m_client->disconnect(this);
        if (m_client->state() != QAbstractSocket::UnconnectedState) {
            m_client->disconnectFromHost();
        }
        deleteLater();
    }

    void resetAll()
    {
        reset(m_upstream);
        reset(m_client);
        close();
    }

private:
    void next()
    {
        if (m_busy || m_closed) {
            return;
        }
        const qsizetype length = messageLength(m_in);
        if (length == 0) {
            return;
        }
        const QByteArray request = m_in.left(length);
        m_in.remove(0, length);
        const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
        m_fault = m_proxy.decide(line.value(0), line.value(1));
        m_busy = true;
        switch (m_fault.kind) {
        case Fault::Kind::ResetBeforeSend:
            return resetAll();
        case Fault::Kind::Respond:
            m_client->write(cannedResponse(m_fault));
            m_busy = false;
            return next();
        case Fault::Kind::ResetMidRequest:
            upstream()->write(request.left(request.size() / 2));
            QTimer::singleShot(100, this, [this] { resetAll(); });
            return;
        case Fault::Kind::Slow:
            return trickle(upstream(), request, [] {});
        case Fault::Kind::StripAuthorization: {
            const qsizetype at = request.toLower().indexOf("\r\nauthorization:");
            QByteArray stripped = request;
            if (at >= 0) {
                stripped.remove(at, request.indexOf("\r\n", at + 2) - at);
            }
            upstream()->write(stripped);
            return;
        }
        default:
            upstream()->write(request);
        }
    }

    QTcpSocket *upstream()
    {
        if (!m_upstream) {
            m_upstream = new QTcpSocket(this);
            connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
                m_out += m_upstream->readAll();
                answer();
            });
            connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
                m_upstream->deleteLater();
                m_upstream = nullptr;
                if (m_busy) {
                    resetAll(); // the server went away mid-exchange
                }
            });
            connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::ConnectionRefusedError) {
                    resetAll(); // no server behind the proxy
                }
            });
            m_upstream->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_proxy.m_upstreamPort));
        }
        return m_upstream;
    }

    void answer()
    {
        const qsizetype length = messageLength(m_out);
        if (length == 0 || !m_busy) {
            return;
        }
        const QByteArray response = m_out.left(length);
        m_out.remove(0, length);
        const bool closeAfter = response.left(response.indexOf("\r\n\r\n")).toLower().contains("connection: close");
        switch (m_fault.kind) {
        case Fault::Kind::Delay:
            QTimer::singleShot(m_fault.millis, this, [this, response, closeAfter] { deliver(response, closeAfter); });
            return;
        case Fault::Kind::LostResponse:
            return resetAll();
        case Fault::Kind::CutMidBody: {
            const qsizetype head = response.indexOf("\r\n\r\n") + 4;
            m_client->write(response.left(head + (response.size() - head) / 2));
            m_client->flush();
            QTimer::singleShot(50, this, [this] { close(); });
            return;
        }
        case Fault::Kind::Slow:
            return trickle(m_client, response, [this, closeAfter] { afterDelivery(closeAfter); });
        default:
            return deliver(response, closeAfter);
        }
    }

    // Writes @p rest to @p socket a twentieth of bytesPerSecond every 50 ms, then calls @p done.
    void trickle(QPointer<QTcpSocket> socket, QByteArray rest, std::function<void()> done)
    {
        if (m_closed || !socket) {
            return;
        }
        const qsizetype chunk = std::max(1, m_fault.bytesPerSecond / 20);
        socket->write(rest.left(chunk));
        if (rest.size() <= chunk) {
            return done();
        }
        QTimer::singleShot(50, this, [this, socket, rest = rest.mid(chunk), done] { trickle(socket, rest, done); });
    }

    void deliver(const QByteArray &response, bool closeAfter)
    {
        if (m_closed) {
            return;
        }
        m_client->write(response);
        afterDelivery(closeAfter);
    }

    void afterDelivery(bool closeAfter)
    {
        m_busy = false;
        if (closeAfter) {
            m_client->flush();
            return close();
        }
        next();
    }

    FaultProxy &m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in;
    QByteArray m_out;
    Fault m_fault;
    bool m_busy = false;
    bool m_closed = false;
};

FaultProxy::FaultProxy(int upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    if (!m_listener.listen(QHostAddress::LocalHost, 0)) {
        qFatal("The test proxy cannot listen: %s", qPrintable(m_listener.errorString()));
    }
    m_port = m_listener.serverPort();
    connect(&m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
            m_connections.append(new ProxyConnection(*this, socket));
        }
    });
}

FaultProxy::~FaultProxy() = default;

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FaultProxy::goDown()
{
    m_listener.close();
    for (const QPointer<QObject> &connection : std::exchange(m_connections, {})) {
        if (connection) {
            static_cast<ProxyConnection *>(connection.data())->resetAll();
        }
    }
}

void FaultProxy::comeUp()
{
    if (!m_listener.isListening() && !m_listener.listen(QHostAddress::LocalHost, m_port)) {
        qFatal("The test proxy cannot listen again on %d: %s", m_port, qPrintable(m_listener.errorString()));
    }
}

int FaultProxy::count(const QByteArray &method, const QByteArray &prefix) const
{
    return static_cast<int>(std::count_if(m_seen.begin(), m_seen.end(), [&](const SeenRequest &r) {
        return r.method == method && r.path.startsWith(prefix);
    }));
}

Fault FaultProxy::decide(const QByteArray &method, const QByteArray &path)
{
    const Fault fault = m_rule ? m_rule(method, path) : Fault{};
    m_seen.append({method, path, fault.kind});
    return fault;
}

FaultProxy::Rule failFirst(int times, Fault fault, QByteArray method, QByteArray prefix)
{
    auto remaining = std::make_shared<int>(times);
    return [=](const QByteArray &m, const QByteArray &path) {
        if (m == method && path.startsWith(prefix) && *remaining > 0) {
            --*remaining;
            return fault;
        }
        return Fault{};
    };
}

} // namespace maqa::test
