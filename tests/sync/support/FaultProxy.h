// A fault-injecting HTTP/1.1 proxy for the sync tests: it sits between the engine and the real maqa-server on
// loopback and, request by request, delays, drops, resets, cuts, loses answers, answers 5xx/429, or trickles bytes.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>

#include <functional>

namespace maqa::test {

/** What the proxy does with one request. */
struct Fault
{
    enum class Kind {
        None,               //!< forward, answer as the server did
        Delay,              //!< forward, hold the answer for `millis`
        ResetBeforeSend,    //!< reset the client's connection; the server never sees the request
        ResetMidRequest,    //!< forward half the request, then reset both connections
        LostResponse,       //!< forward, let the server answer (and store), then reset the client: the answer is lost
        CutMidBody,         //!< forward, send the answer's head and half its body, then close
        Respond,            //!< answer `status` (with `retryAfter` seconds when > 0) without forwarding
        Slow,               //!< trickle the request to the server and the answer back at `bytesPerSecond`
        StripAuthorization, //!< forward without the Authorization header (a proxy that eats it)
    };
    Kind kind = Kind::None;
    int millis = 0;
    int status = 500;
    int retryAfter = 0;
    int bytesPerSecond = 2000;
};

/** One request the proxy saw. */
struct SeenRequest
{
    QByteArray method;
    QByteArray path;
    Fault::Kind fault = Fault::Kind::None;
};

/** The proxy. Listens on 127.0.0.1 on a free port; runs in the caller's event loop. */
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    /** Decides the fault for a request (method, path). */
    using Rule = std::function<Fault(const QByteArray &method, const QByteArray &path)>;

    /** Proxies to 127.0.0.1:@p upstreamPort. */
    explicit FaultProxy(int upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    /** The URL devices use: http://127.0.0.1:<port>. */
    QString url() const;
    /** Replaces the rule (default: no fault). */
    void setRule(Rule rule) { m_rule = std::move(rule); }
    /** Points the proxy at another server port (after a restart). */
    void setUpstreamPort(int port) { m_upstreamPort = port; }
    /** Stops accepting connections and resets open ones: clients see "connection refused". */
    void goDown();
    /** Listens again on the same port. */
    void comeUp();
    /** Every request seen so far. */
    const QList<SeenRequest> &seen() const { return m_seen; }
    /** Requests seen with @p method whose path starts with @p prefix. */
    int count(const QByteArray &method, const QByteArray &prefix) const;

private:
    friend class ProxyConnection;
    Fault decide(const QByteArray &method, const QByteArray &path);

    QTcpServer m_listener;
    quint16 m_port = 0;
    int m_upstreamPort;
    Rule m_rule;
    QList<SeenRequest> m_seen;
    QList<QPointer<QObject>> m_connections; //!< open ProxyConnections
};

/** "Fail the first @p times matching requests with @p fault, then pass": a common rule. */
FaultProxy::Rule failFirst(int times, Fault fault, QByteArray method = "PUT", QByteArray prefix = "/api/v1/returns/");

} // namespace maqa::test
