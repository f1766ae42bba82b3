// Tests of SessionController over a real store: create, lock, refusals, the idle lock with the policy's time,
// the erase after the failure limit, and that locking drops the store before anything can read it again.
#include "app/controllers/SessionController.h"
#include "app/controllers/StoreSignals.h"
#include "store/Store.h"
#include "store/repos/SettingsRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPass = QStringLiteral("correct horse battery staple");
}

class TestSessionController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_count = 0;

    QString freshDir() { return m_tmp.filePath(QStringLiteral("store%1").arg(++m_count)); }

    void openWith(SessionController &session, const QString &passphrase)
    {
        if (session.state() == SessionController::NoStore) {
            session.createStore(passphrase, passphrase);
        } else {
            session.unlock(passphrase);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!session.busy(), 10000);
    }

private slots:
    void createLockUnlock()
    {
        SessionController session(freshDir(), maqa::core::KdfParams::minimum());
        QCOMPARE(session.state(), SessionController::NoStore);
        QSignalSpy opened(&session, &SessionController::storeOpened);
        QSignalSpy closing(&session, &SessionController::aboutToLock);
        openWith(session, kPass);
        QCOMPARE(session.state(), SessionController::Unlocked);
        QCOMPARE(opened.count(), 1);
        QVERIFY(session.store());
        session.store()->settings().set("canary", "kept");
        session.lock();
        QCOMPARE(closing.count(), 1);
        QCOMPARE(session.state(), SessionController::Locked);
        QVERIFY(!session.store());
        openWith(session, kPass);
        QCOMPARE(session.store()->settings().value("canary"), std::string("kept"));
    }

    void refusalsAreReported()
    {
        SessionController session(freshDir(), maqa::core::KdfParams::minimum());
        session.createStore(kPass, kPass + "x");
        QCOMPARE(session.errorMessage(), QStringLiteral("The two passphrases are not the same."));
        QCOMPARE(session.state(), SessionController::NoStore);
        session.createStore("weak", "weak");
        QVERIFY(session.errorMessage().startsWith("The passphrase is too weak"));
        openWith(session, kPass);
        session.lock();
        openWith(session, "not the passphrase");
        QCOMPARE(session.state(), SessionController::Locked);
        QCOMPARE(session.errorMessage(),
                 QStringLiteral("Wrong passphrase. 9 attempts left before the store on this device is erased."));
        openWith(session, "not the passphrase");
        openWith(session, "not the passphrase");
        QCOMPARE(session.retryInSeconds(), 5); // third failure: the back-off starts
        session.unlock(kPass);
        QTRY_VERIFY_WITH_TIMEOUT(!session.busy(), 10000);
        QVERIFY(session.errorMessage().contains("try again in"));
        QTRY_COMPARE_WITH_TIMEOUT(session.retryInSeconds(), 0, 8000);
        openWith(session, kPass);
        QCOMPARE(session.state(), SessionController::Unlocked);
    }

    void idleTimeLocks()
    {
        SessionController session(freshDir(), maqa::core::KdfParams::minimum());
        openWith(session, kPass);
        session.setIdleLockSeconds(1);
        QCOMPARE(session.idleLockSeconds(), 1);
        QTest::qWait(600);
        session.noteActivity(); // activity postpones the lock
        QTest::qWait(600);
        QCOMPARE(session.state(), SessionController::Unlocked);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionController::Locked, 3000);
        QVERIFY(!session.store());
    }

    void policyInTheStoreSetsTheIdleTime()
    {
        const QString dir = freshDir();
        {
            SessionController session(dir, maqa::core::KdfParams::minimum());
            openWith(session, kPass);
            session.store()->settings().set("policy", R"({"idle_lock_seconds": 120})");
        }
        SessionController session(dir, maqa::core::KdfParams::minimum());
        openWith(session, kPass);
        QCOMPARE(session.idleLockSeconds(), 120);
    }

    void failureLimitErasesTheStore()
    {
        const QString dir = freshDir();
        SessionController session(dir, maqa::core::KdfParams::minimum());
        openWith(session, kPass);
        session.store()->vault().setFailureLimit(1);
        session.lock();
        openWith(session, "not the passphrase");
        QCOMPARE(session.state(), SessionController::Wiped);
        QVERIFY(session.errorMessage().contains("erased"));
        QVERIFY(!maqa::store::Store::exists(dir.toStdString()));
        session.acknowledgeWipe();
        QCOMPARE(session.state(), SessionController::NoStore);
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_session_controller.moc"
