// The store's connections: the worker connection the sync engine seals with (shared data, changes announced by its
// owner), prepared statements kept for reuse without holding a read snapshot, and lock() closing every connection.
#include "StoreTestSupport.h"

#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "store/WorkerConnection.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QTest>

#include <chrono>
#include <thread>

using namespace maqa;
using namespace maqa::test;

namespace {

// A submitted return, queued in the outbox.
store::ReturnKey submitOne(store::Store &store, const std::string &caseCode)
{
    const store::ReturnRecord r =
        store.returns().create({"audit", "early-help-audit", 1, "audit-1", caseCode, std::nullopt});
    store.returns().submit(r.key, R"({"seen_alone":"yes"})");
    return r.key;
}

// Frames a passive checkpoint on @p db could not copy back: more than 0 while a reader holds an older snapshot.
long long framesLeftInWal(store::Database &db)
{
    store::Statement s = db.prepare("PRAGMA wal_checkpoint(PASSIVE)"); // busy, frames in the WAL, frames copied
    return s.step() ? s.integer(1) - s.integer(2) : -1;
}

struct CountingObserver : store::StoreObserver
{
    int outboxChanges = 0;
    void outboxChanged() override { ++outboxChanges; }
};

} // namespace

class TestStoreConnections : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::filesystem::path m_dir;
    std::unique_ptr<store::Store> m_store;

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = std::filesystem::path(m_tmp.path().toStdString()) / ("s" + core::newUuid().substr(0, 8));
        m_store = store::Store::create(m_dir, kPassphrase, fastOptions());
    }
    void cleanup() { m_store.reset(); }

    void workerConnectionSharesTheData()
    {
        const store::ReturnKey key = submitOne(*m_store, "EH-1");
        CountingObserver seen;
        m_store->addObserver(&seen);
        auto worker = m_store->openWorkerConnection();
        // What the store committed, the worker reads; what the worker files, the store reads.
        QCOMPARE(worker->outbox().queued(10).size(), std::size_t(1));
        QCOMPARE(*worker->returns().frozenAnswers(key), std::string(R"({"seen_alone":"yes"})"));
        worker->outbox().setEnvelopes({{key, core::Bytes{'{', '}'}}});
        const std::optional<store::OutboxItem> item = m_store->outbox().find(key);
        QVERIFY(item.has_value());
        QCOMPARE(store::toString(item->state), std::string("sealed"));
        QCOMPARE(*item->envelope, (core::Bytes{'{', '}'}));
        // Its owner announces the change, on the store's thread: the worker's own repositories stay silent.
        QCOMPARE(seen.outboxChanges, 0);
        // A batch is all or nothing: one entry already sealed refuses the batch and files none of it.
        const store::ReturnKey other = submitOne(*m_store, "EH-2");
        const std::vector<std::pair<store::ReturnKey, core::Bytes>> batch{{other, core::Bytes{'a'}},
                                                                          {key, core::Bytes{'b'}}};
        QVERIFY_THROWS_EXCEPTION(core::Error, worker->outbox().setEnvelopes(batch));
        QCOMPARE(store::toString(m_store->outbox().find(other)->state), std::string("queued"));
        QCOMPARE(*m_store->outbox().find(key)->envelope, (core::Bytes{'{', '}'}));
        m_store->removeObserver(&seen);
    }

    void workerConnectionOpensWhileTheStoreWrites()
    {
        submitOne(*m_store, "EH-1");
        // The store holds its write lock for a moment while the worker's connection opens (the engine starts a
        // sealing task while the app saves): opening waits for the lock instead of failing "database is locked".
        std::unique_ptr<store::WorkerConnection> worker;
        std::string failure;
        std::thread opener;
        {
            store::Transaction tx(m_store->database());
            m_store->returns().create({"audit", "early-help-audit", 1, "audit-1", "EH-2", std::nullopt});
            opener = std::thread([&] {
                try {
                    worker = m_store->openWorkerConnection();
                } catch (const core::Error &e) {
                    failure = e.what();
                }
            });
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            tx.commit();
        }
        opener.join();
        QVERIFY2(worker, failure.c_str());
        QCOMPARE(worker->outbox().queued(10).size(), std::size_t(1));
    }

    void workerConnectionRefusedWhenLocked()
    {
        m_store->lock();
        try {
            m_store->openWorkerConnection();
            QFAIL("a locked store opened a connection");
        } catch (const core::Error &e) {
            QCOMPARE(e.kind(), core::ErrorKind::Locked);
        }
    }

    void keptStatementHoldsNoSnapshot()
    {
        const store::ReturnKey key = submitOne(*m_store, "EH-1");
        auto worker = m_store->openWorkerConnection();
        const std::string sql = "SELECT uuid FROM returns";
        {
            // Control: a statement stopped half-way holds its read snapshot, so the checkpoint cannot finish.
            store::Statement reading = m_store->database().prepare(sql);
            QVERIFY(reading.step());
            worker->outbox().setEnvelopes({{key, core::Bytes{'x'}}});
            QVERIFY(framesLeftInWal(worker->database()) > 0);
        }
        // Handed back for reuse, it is reset at once: nothing holds the old snapshot any more.
        QCOMPARE(framesLeftInWal(worker->database()), 0LL);
        // And the reused statement starts from the first row with fresh bindings.
        store::Statement again = m_store->database().prepare(sql);
        QVERIFY(again.step());
        QCOMPARE(again.text(0), key.uuid);
        QVERIFY(!again.step());
    }

    void lockClosesTheConnectionWithKeptStatements()
    {
        submitOne(*m_store, "EH-1");
        for (int i = 0; i < 3; ++i) {
            m_store->outbox().counts(); // leaves kept statements behind
            m_store->returns().listLatest();
        }
        const std::filesystem::path wal = m_dir / "maqa.db-wal";
        const bool walBefore = std::filesystem::exists(wal);
        m_store->lock();
        // SQLite removes the WAL when the last connection really closes; a zombie (statements left) would keep it.
        QVERIFY2(walBefore, "the test expects a WAL while the store is open");
        QVERIFY(!std::filesystem::exists(wal));
        m_store = store::Store::open(m_dir, kPassphrase, fastOptions());
        QCOMPARE(m_store->outbox().counts().queued, 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreConnections)
#include "tst_store_connections.moc"
