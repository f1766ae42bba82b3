// Starting the demonstration's server (see DemoServer.h). Attached, it listens on port 0 and the URL comes from its
// "listening on" line; detached, a free port is chosen first and the server is polled on /health until it answers.
#include "demo/DemoServer.h"

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace maqa::cli::demo {

using core::Error;
using core::ErrorKind;

QString DemoServer::program()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("maqa-server"));
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("maqa-server"));
    if (onPath.isEmpty()) {
        throw Error(ErrorKind::NotFound, "maqa-server was not found beside maqa-cli or on the PATH; build it "
                                         "(cmake --build build --target maqa-server) or give --server and --token.");
    }
    return onPath;
}

DemoServer::DemoServer(const QString &dataDir, bool keep)
    : m_keep(keep)
{
    QProcess init;
    init.start(program(), {QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--data"), dataDir});
    if (!init.waitForFinished(60000) || init.exitStatus() != QProcess::NormalExit || init.exitCode() != 0) {
        throw Error(ErrorKind::Refused, "maqa-server admin init failed: " +
                                            QString::fromUtf8(init.readAllStandardError()).trimmed().toStdString());
    }
    m_token = QString::fromUtf8(init.readAllStandardOutput()).trimmed().toStdString();
    keep ? startDetached(dataDir) : startAttached(dataDir);
}

DemoServer::~DemoServer()
{
    stop();
}

void DemoServer::startAttached(const QString &dataDir)
{
    m_process.start(program(), {QStringLiteral("serve"), QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0")});
    QByteArray out;
    while (!out.contains('\n')) {
        if (!m_process.waitForReadyRead(30000)) {
            m_process.kill();
            m_process.waitForFinished();
            throw Error(ErrorKind::Refused, "maqa-server did not start: " +
                                                QString::fromUtf8(m_process.readAllStandardError()).toStdString());
        }
        out += m_process.readAllStandardOutput();
    }
    const int at = out.indexOf("listening on ");
    if (at < 0) {
        throw Error(ErrorKind::Refused, "maqa-server said " + out.trimmed().toStdString() + " instead of its address.");
    }
    m_url = QString::fromUtf8(out.mid(at + 13)).trimmed();
    m_pid = m_process.processId();
}

void DemoServer::startDetached(const QString &dataDir)
{
    QTcpServer probe; // the kernel's choice of a free port, released just before the server takes it
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        throw Error(ErrorKind::Io, "No free loopback port for the demonstration's server.");
    }
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess detached;
    detached.setProgram(program());
    detached.setArguments({QStringLiteral("serve"), QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:%1").arg(port)});
    detached.setStandardOutputFile(QDir(dataDir).filePath(QStringLiteral("server.log")), QIODevice::Append);
    detached.setStandardErrorFile(QDir(dataDir).filePath(QStringLiteral("server.log")), QIODevice::Append);
    if (!detached.startDetached(&m_pid)) {
        throw Error(ErrorKind::Refused, "maqa-server could not be started.");
    }
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    waitUntilHealthy();
}

void DemoServer::waitUntilHealthy()
{
    QNetworkAccessManager network;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(m_url + QStringLiteral("/api/v1/health"))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 200) {
            return;
        }
        QThread::msleep(100);
    }
    throw Error(ErrorKind::Refused, "maqa-server did not answer on " + m_url.toStdString() +
                                        " within 30 seconds; "
                                        "see its server.log.");
}

void DemoServer::stop()
{
    if (m_keep || m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace maqa::cli::demo
