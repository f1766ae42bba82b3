// The engine against a real maqa-server behind a fault-injecting proxy (down, resets, lost and cut answers, 5xx, 429,
// slow link, store withdrawn mid-upload): every return arrives exactly once and none is lost on the device.
#include "support/FaultProxy.h"
#include "support/SyncTestSupport.h"

#include "store/repos/OutboxRepository.h"

#include <QFile>
#include <QTest>

#include <map>

using namespace maqa;
using namespace maqa::test;
using client::SyncEngine;

class TestSyncFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerSetup> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<DeviceStore> m_device;
    std::unique_ptr<SyncEngine> m_engine;
    std::vector<store::ReturnKey> m_sent; //!< every return submitted so far

    std::vector<store::ReturnKey> submit(int n)
    {
        std::vector<store::ReturnKey> keys;
        for (int i = 0; i < n; ++i) {
            const char *cases[] = {"EH-1", "EH-2", "EH-3"};
            keys.push_back(
                m_device->submit(m_server->auditId, cases[i % 3], {{"evidence", "note " + std::to_string(i)}}));
        }
        m_sent.insert(m_sent.end(), keys.begin(), keys.end());
        return keys;
    }

    // Every return submitted so far is on the server exactly once and delivered on the device; nothing failed.
    void verifyExactlyOnce()
    {
        std::map<std::string, int> onServer;
        for (const nlohmann::json &r : m_server->returns()) {
            onServer[r["uuid"].get<std::string>() + "/" + std::to_string(r["revision"].get<int>())] += 1;
        }
        QCOMPARE(onServer.size(), m_sent.size());
        for (const store::ReturnKey &key : m_sent) {
            QCOMPARE(onServer[key.uuid + "/" + std::to_string(key.revision)], 1);
            const std::optional<store::OutboxItem> item = m_device->store().outbox().find(key);
            QVERIFY(item.has_value());
            QCOMPARE(store::toString(item->state), std::string("delivered"));
        }
        const store::OutboxCounts counts = m_device->store().outbox().counts();
        QCOMPARE(counts.waiting(), 0);
        QCOMPARE(counts.failed, 0);
        QCOMPARE(m_engine->waitingCount(), 0);
    }

    int putsOf(const store::ReturnKey &key) const
    {
        return m_proxy->count("PUT", QByteArray("/api/v1/returns/") + key.uuid.c_str());
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerSetup>();
        m_proxy = std::make_unique<FaultProxy>(m_server->server->port());
        m_device = std::make_unique<DeviceStore>();
        m_engine = std::make_unique<SyncEngine>(fastOptions());
        m_engine->attach(&m_device->store());
        QCOMPARE(m_engine->state(), SyncEngine::State::NotEnrolled);
        const auto [ok, message] = enrolEngine(*m_engine, m_proxy->url(), m_server->issueCode("gp"));
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(syncUntilSettled(*m_engine));
        QCOMPARE(m_engine->state(), SyncEngine::State::Idle);
        QVERIFY(m_engine->lastSuccess().isValid());
    }

    void init() { m_proxy->setRule({}); }

    void serverDown()
    {
        m_proxy->goDown();
        submit(2);
        QVERIFY(waitUntil([&] { return m_engine->state() == SyncEngine::State::WaitingForNetwork; }));
        QVERIFY2(m_engine->lastError().contains("connection refused"), qPrintable(m_engine->lastError()));
        QVERIFY(m_engine->statusText().startsWith("Waiting for the network"));
        QVERIFY(m_engine->isBusy()); // it keeps trying on its own
        QCOMPARE(m_engine->waitingCount(), 2);
        m_proxy->comeUp();
        QVERIFY(waitUntil([&] { return m_engine->waitingCount() == 0 && !m_engine->isBusy(); }));
        verifyExactlyOnce();
        // The pass that got through clears the error and the status line.
        QVERIFY(waitUntil([&] { return m_engine->lastError().isEmpty(); }));
        QCOMPARE(m_engine->state(), SyncEngine::State::Idle);
    }

    void connectionResetMidRequest()
    {
        m_proxy->setRule(failFirst(3, {Fault::Kind::ResetMidRequest}));
        submit(4);
        QVERIFY(syncUntilSettled(*m_engine));
        verifyExactlyOnce();
    }

    void responseLostAfterTheServerStored()
    {
        m_proxy->setRule(failFirst(2, {Fault::Kind::LostResponse}));
        const std::vector<store::ReturnKey> keys = submit(3);
        QVERIFY(syncUntilSettled(*m_engine));
        verifyExactlyOnce();
        int puts = 0;
        for (const store::ReturnKey &key : keys) {
            puts += putsOf(key);
        }
        QCOMPARE(puts, 5); // two were sent again after their answers were lost, and not stored twice
    }

    void responseCutMidBody()
    {
        m_proxy->setRule(failFirst(2, {Fault::Kind::CutMidBody}));
        submit(3);
        QVERIFY(syncUntilSettled(*m_engine));
        verifyExactlyOnce();
    }

    void serverErrors()
    {
        Fault error{Fault::Kind::Respond};
        error.status = 500;
        m_proxy->setRule(failFirst(4, error));
        submit(3);
        QVERIFY(syncUntilSettled(*m_engine));
        verifyExactlyOnce();
    }

    void rateLimitedWithRetryAfter()
    {
        Fault busy{Fault::Kind::Respond};
        busy.status = 429;
        busy.retryAfter = 1;
        m_proxy->setRule(failFirst(1, busy));
        const core::Millis before = m_device->store().now();
        const std::vector<store::ReturnKey> keys = submit(2);
        QVERIFY(waitUntil([&] { return m_engine->lastErrorOf(client::TaskKind::Upload).contains("HTTP 429"); }));
        // The refused item waits at least as long as the server asked, and so does the whole upload kind.
        std::optional<store::OutboxItem> limited = m_device->store().outbox().find(keys[0]);
        if (limited->attempts == 0) {
            limited = m_device->store().outbox().find(keys[1]); // the other one reached the proxy first
        }
        QCOMPARE(limited->attempts, 1);
        QVERIFY(limited->lastError->find("HTTP 429") != std::string::npos);
        QVERIFY(limited->nextAttemptAt >= before + 1000);
        QVERIFY(m_engine->nextAttempt().isValid());
        QVERIFY(waitUntil([&] { return m_engine->waitingCount() == 0 && !m_engine->isBusy(); }));
        verifyExactlyOnce();
    }

    void retryResumesAfterRestart()
    {
        Fault busy{Fault::Kind::Respond};
        busy.status = 503;
        busy.retryAfter = 1;
        m_proxy->setRule(failFirst(1, busy));
        const store::ReturnKey key = submit(1).front();
        QVERIFY(waitUntil([&] { return m_device->store().outbox().find(key)->attempts == 1; }));
        const core::Millis retryAt = m_device->store().outbox().find(key)->nextAttemptAt;
        // The app quits and starts again: the retry time kept in the outbox brings the item back by itself.
        m_engine = std::make_unique<SyncEngine>(fastOptions());
        m_engine->attach(&m_device->store());
        QVERIFY(waitUntil([&] { return m_engine->waitingCount() == 0 && m_engine->deliveredCount() > 0; }));
        QVERIFY(m_device->store().now() >= retryAt);
        QCOMPARE(putsOf(key), 2);
        verifyExactlyOnce();
    }

    void slowLink()
    {
        Fault slow{Fault::Kind::Slow};
        slow.bytesPerSecond = 3000;
        m_proxy->setRule([slow](const QByteArray &, const QByteArray &) { return slow; });
        submit(3);
        QVERIFY(syncUntilSettled(*m_engine));
        verifyExactlyOnce();
    }

    void delayedAnswers()
    {
        Fault delay{Fault::Kind::Delay};
        delay.millis = 300;
        m_proxy->setRule([delay](const QByteArray &, const QByteArray &) { return delay; });
        submit(4);
        QVERIFY(syncUntilSettled(*m_engine));
        verifyExactlyOnce();
    }

    void storeWithdrawnMidUpload()
    {
        Fault slow{Fault::Kind::Slow};
        slow.bytesPerSecond = 2000;
        m_proxy->setRule([slow](const QByteArray &, const QByteArray &) { return slow; });
        submit(6);
        m_engine->syncNow();
        QVERIFY(waitUntil([&] {
            return m_engine->state() == SyncEngine::State::Syncing && m_engine->store() &&
                   m_engine->lastErrorOf(client::TaskKind::Upload).isEmpty() &&
                   m_proxy->count("PUT", "/api/v1/returns/") > 0;
        }));
        // The app locks: it takes the store back first, then locks it. Nothing may touch it afterwards.
        m_engine->detach();
        m_device->close();
        QCOMPARE(m_engine->state(), SyncEngine::State::Detached);
        QCOMPARE(m_engine->waitingCount(), 0);
        QTest::qWait(1500); // answers still arriving for the aborted requests must be ignored
        m_proxy->setRule({});
        m_engine->attach(&m_device->open());
        QVERIFY(waitUntil([&] { return m_engine->waitingCount() == 0 && !m_engine->isBusy(); }));
        verifyExactlyOnce();
    }

    void storeWithdrawnMidSeal()
    {
        m_proxy->goDown(); // nothing can go out: only sealing runs, on the engine's worker thread
        const int n = 1200;
        submit(n);
        m_engine->syncNow();
        QVERIFY(waitUntil([&] { return m_device->store().outbox().counts().sealed > 0; }));
        m_engine->detach(); // waits for the batch in progress, then closes the worker's connection
        // Every item is whole: sealed with its envelope, or still queued to be sealed; the store verifies.
        const store::OutboxCounts counts = m_device->store().outbox().counts();
        QCOMPARE(counts.sealed + counts.queued, n);
        QCOMPARE(counts.failed, 0);
        for (const store::OutboxItem &item : m_device->store().outbox().all()) {
            if (item.state != store::OutboxState::Delivered) { // earlier tests' returns keep their envelopes
                QCOMPARE(item.envelope.has_value(), item.state == store::OutboxState::Sealed);
            }
        }
        QCOMPARE(m_device->store().integrityProblems(), std::string());
        m_device->close();
        // SQLite deletes the WAL only when the last connection closes: the worker's is gone with its key.
        QVERIFY(!QFile::exists(m_device->dir() + "/maqa.db-wal"));
        m_proxy->comeUp();
        m_engine->attach(&m_device->open());
        QVERIFY(waitUntil([&] { return m_engine->waitingCount() == 0 && !m_engine->isBusy(); }, 120000));
        verifyExactlyOnce();
    }

    void storeLockedWithoutDetach()
    {
        Fault slow{Fault::Kind::Slow};
        slow.bytesPerSecond = 2000;
        m_proxy->setRule([slow](const QByteArray &, const QByteArray &) { return slow; });
        submit(4);
        m_engine->syncNow();
        QVERIFY(waitUntil([&] { return m_proxy->count("PUT", "/api/v1/returns/") > 0 && m_engine->isBusy(); }));
        // An owner that forgets detach(): the engine notices the locked store, drops everything, touches nothing.
        m_device->store().lock();
        QVERIFY(waitUntil([&] { return m_engine->state() == SyncEngine::State::Detached; }, 30000));
        QCOMPARE(m_engine->store(), nullptr);
        m_proxy->setRule({});
        m_device->close();
        m_engine->attach(&m_device->open());
        QVERIFY(waitUntil([&] { return m_engine->waitingCount() == 0 && !m_engine->isBusy(); }));
        verifyExactlyOnce();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_proxy.reset();
        m_device.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
