// Tests of schema upgrades on real SQLCipher files: a store written at schema 2 (envelopes and frozen answers inside
// their rows) upgrades to the latest schema with every record, key and foreign key intact, in one go; transactions
// nest as savepoints so a self-guarding repository call can run inside a caller's batch.
#include "StoreTestSupport.h"

#include "core/util/Error.h"
#include "store/db/Database.h"
#include "store/db/Migrations.h"
#include "store/db/Statement.h"
#include "store/db/migrations/MigrationSql.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void schemaTwoUpgradesWithEverythingKept()
    {
        QTemporaryDir tmp;
        const std::filesystem::path path = tmp.filePath("old.db").toStdString();
        const core::SecureBytes key = core::SecureBytes::random(32);
        {
            store::Database db(path, key, true);
            db.exec(store::migrations::kMigration1);
            db.exec(store::migrations::kMigration2);
            db.exec("PRAGMA user_version = 2");
            db.exec("INSERT INTO returns(uuid, revision, kind, template_id, template_version, audit_id, case_code, "
                    "agency, status, review_state, created_at, updated_at, submitted_at, frozen) VALUES "
                    "('u1', 1, 'audit', 'early-help-audit', 1, 'a1', 'EH-001', 'gp', 'submitted', NULL, 1, 2, 3, "
                    "'{\"q\":\"yes\"}'), "
                    "('u2', 1, 'audit', 'early-help-audit', 1, 'a1', 'EH-002', 'gp', 'draft', NULL, 1, 2, NULL, NULL)");
            db.exec("INSERT INTO answers(uuid, revision, path, value, updated_at) VALUES ('u1', 1, 'q', '\"yes\"', 2), "
                    "('u2', 1, 'q', '\"no\"', 2)");
            db.exec("INSERT INTO outbox(uuid, revision, state, envelope, attempts, queued_at) VALUES "
                    "('u1', 1, 'sealed', x'0102030405', 2, 3)");
        }
        store::Database db(path, key, false);
        QCOMPARE(store::migrate(db), store::latestSchemaVersion());
        QCOMPARE(db.scalarInt("PRAGMA foreign_keys"), 1LL);
        QCOMPARE(db.integrityProblems(), std::string());

        store::StoreNotifier notifier;
        store::ReturnRepository returns(db, notifier, core::systemClock());
        store::OutboxRepository outbox(db, notifier, core::systemClock());
        QCOMPARE(returns.frozenAnswers({"u1", 1}).value(), std::string("{\"q\":\"yes\"}"));
        QVERIFY(!returns.frozenAnswers({"u2", 1}));
        QCOMPARE(returns.answers({"u2", 1})[0].value, std::string("\"no\""));
        const auto item = outbox.find({"u1", 1});
        QVERIFY(item);
        QCOMPARE(*item->envelope, (core::Bytes{1, 2, 3, 4, 5}));
        QCOMPARE(item->attempts, 2);
        QCOMPARE(store::toString(item->state), std::string("sealed"));
        // Schema 4: the outbox's pages are read in order off an index, not sorted.
        std::string plan;
        store::Statement explain = db.prepare(
            "EXPLAIN QUERY PLAN SELECT uuid FROM outbox WHERE state='sealed' ORDER BY queued_at, uuid LIMIT 10");
        while (explain.step()) {
            plan += explain.text(3) + "\n"; // SQLite 3.15: selectid, order, from, detail
        }
        QVERIFY2(plan.find("outbox_in_order") != std::string::npos && plan.find("TEMP B-TREE") == std::string::npos,
                 plan.c_str());
        // Foreign keys still cascade after the table rebuilds.
        returns.discardDraft({"u2", 1});
        QCOMPARE(db.scalarInt("SELECT count(*) FROM answers WHERE uuid='u2'"), 0LL);
        db.exec("DELETE FROM returns WHERE uuid='u1'");
        QCOMPARE(db.scalarInt("SELECT count(*) FROM outbox_envelopes"), 0LL);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM return_payloads"), 0LL);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM outbox"), 0LL);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir tmp;
        const std::filesystem::path path = tmp.filePath("newer.db").toStdString();
        const core::SecureBytes key = core::SecureBytes::random(32);
        {
            store::Database db(path, key, true);
            store::migrate(db);
            db.exec("PRAGMA user_version = 999");
        }
        store::Database db(path, key, false);
        try {
            store::migrate(db);
            QFAIL("a store from a newer Maqa was opened");
        } catch (const core::Error &e) {
            QVERIFY(std::string(e.what()).find("newer version of Maqa") != std::string::npos);
        }
        QCOMPARE(db.scalarInt("PRAGMA user_version"), 999LL);
    }

    void transactionsNestAsSavepoints()
    {
        QTemporaryDir tmp;
        store::Database db(tmp.filePath("nest.db").toStdString(), core::SecureBytes::random(32), true);
        db.exec("CREATE TABLE t(v INTEGER)");
        {
            store::Transaction outer(db);
            db.exec("INSERT INTO t VALUES (1)");
            {
                store::Transaction inner(db); // a repository guarding itself inside the batch
                db.exec("INSERT INTO t VALUES (2)");
                inner.commit();
            }
            {
                store::Transaction abandoned(db); // rolled back alone, the batch goes on
                db.exec("INSERT INTO t VALUES (3)");
            }
            outer.commit();
        }
        QCOMPARE(db.scalarInt("SELECT count(*) FROM t"), 2LL);
        QCOMPARE(db.scalarInt("SELECT sum(v) FROM t"), 3LL);
        {
            store::Transaction outer(db);
            store::Transaction inner(db);
            db.exec("INSERT INTO t VALUES (4)");
            inner.commit();
        } // the outer rollback takes the committed savepoint with it
        QCOMPARE(db.scalarInt("SELECT count(*) FROM t"), 2LL);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
