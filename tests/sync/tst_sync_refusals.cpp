// Refusals as the device meets them (no/bad/revoked token and wipe, foreign agency, oversized body, malformed JSON,
// replayed/expired codes, plain HTTP): each has a clear message; a refused return is never sent again on its own.
#include "support/FaultProxy.h"
#include "support/SyncTestSupport.h"

#include "client/DeviceEnrolment.h"
#include "client/SettingKeys.h"

#include "store/repos/OutboxRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace maqa;
using namespace maqa::test;
using client::SyncEngine;

namespace {

/** A device: its store and its engine (destroyed first). */
struct Device
{
    DeviceStore files;
    SyncEngine engine{fastOptions()};

    Device() { engine.attach(&files.store()); }
    ~Device() { engine.detach(); }

    std::optional<store::OutboxItem> item(const store::ReturnKey &key) { return files.store().outbox().find(key); }
};

std::string state(const std::optional<store::OutboxItem> &item)
{
    return item ? store::toString(item->state) : std::string("missing");
}

} // namespace

class TestSyncRefusals : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerSetup> m_server;
    std::unique_ptr<FaultProxy> m_proxy;

    std::unique_ptr<Device> enrolled(const std::string &agency, const QString &url = {})
    {
        auto device = std::make_unique<Device>();
        const auto [ok, message] =
            enrolEngine(device->engine, url.isEmpty() ? m_proxy->url() : url, m_server->issueCode(agency));
        if (!ok) {
            qWarning("%s", qPrintable(message));
            return nullptr;
        }
        if (!syncUntilSettled(device->engine)) {
            return nullptr;
        }
        return device;
    }

    int putsOf(const store::ReturnKey &key) const
    {
        return m_proxy->count("PUT", QByteArray("/api/v1/returns/") + key.uuid.c_str());
    }

    // Syncs twice more and checks that @p key was not sent again: a refused return waits for the practitioner.
    void verifyNeverRetried(Device &device, const store::ReturnKey &key)
    {
        const int puts = putsOf(key);
        QVERIFY(syncUntilSettled(device.engine));
        QVERIFY(syncUntilSettled(device.engine));
        QCOMPARE(putsOf(key), puts);
        QCOMPARE(device.item(key)->attempts, 1);
        QCOMPARE(state(device.item(key)), std::string("failed"));
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerSetup>();
        m_proxy = std::make_unique<FaultProxy>(m_server->server->port());
    }

    void init() { m_proxy->setRule({}); }

    void noToken()
    {
        auto device = enrolled("gp");
        QVERIFY(device);
        m_proxy->setRule([](const QByteArray &method, const QByteArray &) {
            return method == "PUT" ? Fault{Fault::Kind::StripAuthorization} : Fault{};
        });
        const store::ReturnKey key = device->files.submit(m_server->auditId, "EH-1", {{"evidence", "x"}});
        QVERIFY(syncUntilSettled(device->engine));
        QCOMPARE(state(device->item(key)), std::string("failed"));
        QVERIFY2(device->item(key)->lastError->find("needs a token") != std::string::npos,
                 device->item(key)->lastError->c_str());
        QCOMPARE(device->engine.state(), SyncEngine::State::Error);
        QVERIFY2(device->engine.lastError().contains("needs a token"), qPrintable(device->engine.lastError()));
        m_proxy->setRule({});
        verifyNeverRetried(*device, key);
    }

    void badToken()
    {
        auto device = enrolled("gp");
        QVERIFY(device);
        device->engine.detach();
        device->files.store().settings().set(client::keys::kDeviceToken, std::string(43, 'A'));
        const store::ReturnKey key = device->files.submit(m_server->auditId, "EH-2", {{"evidence", "x"}});
        device->engine.attach(&device->files.store());
        QVERIFY(syncUntilSettled(device->engine));
        QCOMPARE(device->engine.state(), SyncEngine::State::Error);
        QVERIFY2(device->engine.lastError().contains("token is not valid"), qPrintable(device->engine.lastError()));
        QCOMPARE(state(device->item(key)), std::string("failed"));
        verifyNeverRetried(*device, key);
    }

    void revokedDeviceIsWiped()
    {
        auto device = enrolled("police");
        QVERIFY(device);
        const std::string deviceId = client::DeviceEnrolment::load(device->files.store()).deviceId;
        const QString dir = device->files.dir();
        m_server->admin({"revoke", QString::fromStdString(deviceId)});
        QSignalSpy wiped(&device->engine, &SyncEngine::wiped);
        device->files.submit(m_server->auditId, "EH-3", {{"evidence", "x"}});
        device->engine.syncNow();
        QVERIFY(wiped.wait(30000));
        QCOMPARE(device->engine.state(), SyncEngine::State::Wiped);
        QVERIFY(device->engine.statusText().contains("erased"));
        QVERIFY(!device->files.store().isOpen());
        QVERIFY(!store::Store::exists(dir.toStdString()));
        QVERIFY(!QFile::exists(dir + "/maqa.db"));
        QVERIFY(!QFile::exists(dir + "/maqa.key"));
        QCOMPARE(device->engine.store(), nullptr);
    }

    void foreignAgency()
    {
        auto device = enrolled("police");
        QVERIFY(device);
        const std::string gpOnly = m_server->createAudit("gp");
        const store::ReturnKey foreign = device->files.submit(gpOnly, "EH-1", {{"evidence", "x"}});
        const store::ReturnKey own = device->files.submit(m_server->auditId, "EH-1", {{"evidence", "y"}});
        QVERIFY(syncUntilSettled(device->engine));
        QCOMPARE(state(device->item(own)), std::string("delivered")); // one refusal does not stop the others
        QCOMPARE(state(device->item(foreign)), std::string("failed"));
        QVERIFY2(device->item(foreign)->lastError->find("not taking part") != std::string::npos,
                 device->item(foreign)->lastError->c_str());
        QCOMPARE(device->engine.failedCount(), 1);
        QVERIFY2(device->engine.statusText().contains("refused"), qPrintable(device->engine.statusText()));
        verifyNeverRetried(*device, foreign);
        // The practitioner (or the app) may send it again on purpose; it is refused again, and says so.
        device->engine.retryFailed();
        QVERIFY(waitUntil([&] { return putsOf(foreign) == 2 && !device->engine.isBusy(); }));
        QCOMPARE(state(device->item(foreign)), std::string("failed"));
    }

    void oversizedBody()
    {
        auto small = std::make_unique<ServerSetup>(QStringList{"--auth-failure-limit", "100000", "--max-body", "4096"});
        std::swap(small, m_server); // enrol against the small server through the same helper
        auto device = enrolled("gp", QString::fromStdString(m_server->server->url()));
        QVERIFY(device);
        const store::ReturnKey key =
            device->files.submit(m_server->auditId, "EH-1", {{"evidence", std::string(20000, 'x')}});
        QVERIFY(syncUntilSettled(device->engine));
        std::swap(small, m_server);
        QVERIFY2(state(device->item(key)) == "failed", device->item(key)->lastError.value_or("").c_str());
        QVERIFY2(device->item(key)->lastError->find("too large for the server") != std::string::npos,
                 device->item(key)->lastError->c_str());
    }

    void malformedJson()
    {
        auto device = enrolled("gp");
        QVERIFY(device);
        device->engine.detach();
        const store::ReturnKey key = device->files.submit(m_server->auditId, "EH-2", {{"evidence", "x"}});
        const std::string garbage = "{\"format\": \"maqa-envelope/1\", \"uuid\": ";
        device->files.store().outbox().setEnvelope(key, core::Bytes(garbage.begin(), garbage.end()));
        device->engine.attach(&device->files.store());
        QVERIFY(syncUntilSettled(device->engine));
        QCOMPARE(state(device->item(key)), std::string("failed"));
        QVERIFY2(device->item(key)->lastError->find("refused this return") != std::string::npos,
                 device->item(key)->lastError->c_str());
        verifyNeverRetried(*device, key);
    }

    void replayedEnrolmentCode()
    {
        const std::string code = m_server->issueCode("gp");
        Device first;
        QVERIFY(enrolEngine(first.engine, m_proxy->url(), code).first);
        Device second;
        const auto [ok, message] = enrolEngine(second.engine, m_proxy->url(), code);
        QVERIFY(!ok);
        QVERIFY2(message.contains("already been used"), qPrintable(message));
        QVERIFY(!client::DeviceEnrolment::exists(second.files.store()));
        QCOMPARE(second.engine.state(), SyncEngine::State::NotEnrolled);
        // The same through maqa-cli: exit 1 and the server's sentence.
        second.engine.detach();
        second.files.close();
        // Straight to the server: the proxy lives in this process's event loop, which waits for maqa-cli here.
        const CliRun run =
            runCli({"enrol", "--data", second.files.dir(), "--server", QString::fromStdString(m_server->server->url()),
                    "--code", QString::fromStdString(code)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("maqa-cli: This enrolment code has already been used."), run.err.constData());
    }

    void expiredEnrolmentCode()
    {
        const std::string code = m_server->issueCode("gp");
        QProcess sql;
        sql.start(QStringLiteral(MAQA_TEST_BIN_DIR "/maqa_sync_server_sql"),
                  m_server->db.storeArgs() +
                      QStringList{"UPDATE enrol_codes SET expires_at = 1 WHERE used_at IS NULL"});
        QVERIFY(sql.waitForFinished(60000));
        QVERIFY2(sql.exitCode() == 0, sql.readAllStandardError().constData());
        Device device;
        const auto [ok, message] = enrolEngine(device.engine, m_proxy->url(), code);
        QVERIFY(!ok);
        QVERIFY2(message.contains("expired"), qPrintable(message));
        QVERIFY(!client::DeviceEnrolment::exists(device.files.store()));
    }

    void plainHttpOffTheMachineIsRefused()
    {
        Device device;
        const int before = m_proxy->count("POST", "/api/v1/enrol");
        const auto [ok, message] = enrolEngine(device.engine, "http://maqa.example.org", "ABCD-EFGH-JKMN-PQRS");
        QVERIFY(!ok);
        QVERIFY2(message.contains("unencrypted"), qPrintable(message));
        QCOMPARE(m_proxy->count("POST", "/api/v1/enrol"), before);
        QVERIFY(!client::DeviceEnrolment::exists(device.files.store()));
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncRefusals)
#include "tst_sync_refusals.moc"
