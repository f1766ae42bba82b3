// The server on a full disk and in a read-only data directory: ingest fails with a clear error (in its log, and a
// 503 the device retries), every return stored before is still there, and the device loses nothing meanwhile.
#include "support/FaultProxy.h"
#include "support/ForkedChild.h"
#include "support/SyncTestSupport.h"

#include "store/repos/OutboxRepository.h"

#include <QProcess>
#include <QTest>

#include <set>
#include <unistd.h>

using namespace maqa;
using namespace maqa::test;
using client::SyncEngine;

namespace {
// `maqa-server serve` started with @p restrict run in the child just before exec (a file-size limit, another user).
class RestrictedServer
{
public:
    RestrictedServer(const QStringList &storeArgs, std::function<void()> restrict)
    {
        m_process.setChildProcessModifier([restrict = std::move(restrict)] {
            try {
                restrict();
            } catch (const std::exception &) {
                ::_exit(126); // never run the server unrestricted: the test then fails on its missing port
            }
        });
        m_process.start(QStringLiteral(MAQA_BIN_DIR "/maqa-server"),
                        QStringList{"serve"} + storeArgs + QStringList{"--listen", "127.0.0.1:0"});
    }
    ~RestrictedServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    /** The port it listens on, or 0 when it ended instead (its stderr then says why). */
    int waitForPort()
    {
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(60000)) {
            out += m_process.readAllStandardOutput();
        }
        const qsizetype at = out.lastIndexOf(':');
        return out.contains("listening on ") && at > 0 ? out.mid(at + 1).trimmed().toInt() : 0;
    }
    /** Waits until it ended by itself; its exit code, or -2 when it is still running. */
    int waitForExit() { return m_process.waitForFinished(60000) ? m_process.exitCode() : -2; }
    QByteArray errorOutput()
    {
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }

private:
    QProcess m_process;
    QByteArray m_stderr;
};
} // namespace

class TestServerDiskFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerSetup> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<DeviceStore> m_device;
    std::unique_ptr<SyncEngine> m_engine;
    std::vector<store::ReturnKey> m_sent;

    store::ReturnKey submit(std::size_t evidenceBytes)
    {
        const std::string evidence(evidenceBytes, 'e');
        m_sent.push_back(m_device->submit(m_server->auditId, "EH-1", {{"evidence", evidence}}));
        return m_sent.back();
    }

    // Every return sent so far is on the server exactly once (none lost, none twice) and delivered on the device.
    void verifyAllDelivered()
    {
        std::multiset<std::string> onServer;
        for (const nlohmann::json &r : m_server->returns()) {
            onServer.insert(r["uuid"].get<std::string>());
        }
        QCOMPARE(onServer.size(), m_sent.size());
        for (const store::ReturnKey &key : m_sent) {
            QCOMPARE(onServer.count(key.uuid), std::size_t(1));
            QCOMPARE(store::toString(m_device->store().outbox().find(key)->state), std::string("delivered"));
        }
    }

    // The device's upload was refused with the server's clear message, and the return still waits on the device.
    void verifyRefusedAndKept(const store::ReturnKey &key, const char *expected)
    {
        QVERIFY(waitUntil([&] { return !m_engine->lastErrorOf(client::TaskKind::Upload).isEmpty(); }, 60000));
        const QString error = m_engine->lastErrorOf(client::TaskKind::Upload);
        qInfo("device: %s", qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        const std::optional<store::OutboxItem> item = m_device->store().outbox().find(key);
        QVERIFY(item.has_value());
        QCOMPARE(store::toString(item->state), std::string("sealed")); // waiting to be sent again, not failed, not lost
    }

    // A normal server on the same database again: what waited on the device arrives, nothing stored before is lost.
    void recover()
    {
        m_server->restart();
        m_proxy->setUpstreamPort(m_server->server->port());
        QVERIFY(waitUntil([&] { return m_engine->waitingCount() == 0 && !m_engine->isBusy(); }, 60000));
        verifyAllDelivered();
    }

    QString dataDir() const { return m_server->db.storeArgs().value(1); }

private slots:
    void init()
    {
        m_sent.clear();
        m_server = std::make_unique<ServerSetup>();
        m_proxy = std::make_unique<FaultProxy>(m_server->server->port());
        m_device = std::make_unique<DeviceStore>();
        m_engine = std::make_unique<SyncEngine>(fastOptions());
        m_engine->attach(&m_device->store());
        const auto [ok, message] = enrolEngine(*m_engine, m_proxy->url(), m_server->issueCode("gp"));
        QVERIFY2(ok, qPrintable(message));
        for (int i = 0; i < 3; ++i) {
            submit(100);
        }
        QVERIFY(syncUntilSettled(*m_engine));
        verifyAllDelivered();
        m_server->server.reset(); // the tests start their own, restricted, server on the same database
    }

    void cleanup()
    {
        m_engine.reset();
        m_proxy.reset();
        m_device.reset();
        m_server.reset();
    }

    void ingestOnFullDisk()
    {
        RestrictedServer full(m_server->db.storeArgs(), [] { limitFileSize(256 * 1024); });
        const int port = full.waitForPort();
        QVERIFY2(port > 0, full.errorOutput().constData());
        m_proxy->setUpstreamPort(port);
        const store::ReturnKey large = submit(1024 * 1024);
        m_engine->syncNow();
        verifyRefusedAndKept(large, "storage is full");
        QVERIFY(waitUntil([&] { return full.errorOutput().contains("could not save"); }, 10000));
        const QByteArray log = full.errorOutput();
        qInfo("server: %s", log.trimmed().constData());
        QVERIFY2(log.contains("its disk is full"), log.constData());
        recover();
    }

    void readOnlyDataDirectory()
    {
        const QString data = dataDir();
        shareReadOnly(data.toStdString());
        const UserIds nobody = nobodyIds();
        RestrictedServer readOnly(m_server->db.storeArgs(), [nobody] { becomeUser(nobody); });
        const int port = readOnly.waitForPort();
        if (port > 0) { // it came up: ingest must then be refused clearly
            m_proxy->setUpstreamPort(port);
            const store::ReturnKey key = submit(100);
            m_engine->syncNow();
            verifyRefusedAndKept(key, "read-only");
        } else {
            QVERIFY(readOnly.waitForExit() != 0);
        }
        qInfo("server: %s", readOnly.errorOutput().trimmed().constData());
        QVERIFY2(readOnly.errorOutput().contains("read-only"), readOnly.errorOutput().constData());
        makePrivate(data.toStdString());
        recover();
    }
};

QTEST_GUILESS_MAIN(TestServerDiskFaults)
#include "tst_server_disk_faults.moc"
