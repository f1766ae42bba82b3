// The practitioner's sync as the app runs it, against a real maqa-server on loopback: enrolment through
// EnrolmentController (typed, from a QR picture, a replayed or expired code, an unreachable server, a certificate
// that cannot be checked and then its CA file), then SyncController's
// honest status while a submitted return travels, Sync now, and letting go of the engine on lock.
#include "AppTestSupport.h"
#include "support/SyncTestSupport.h"

#include "app/controllers/EnrolmentController.h"
#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SyncController.h"
#include "app/qr/EnrolmentQr.h"
#include "client/SyncEngine.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace maqa::test;

class TestSyncController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerSetup> m_server;

    std::unique_ptr<AppServices> services(const QString &name)
    {
        AppServices::Options options;
        options.sync = fastOptions();
        const QString dir = m_dir.filePath(name);
        auto s = std::make_unique<AppServices>(dir, maqa::core::KdfParams::minimum(), options);
        maqa::store::StoreOptions storeOptions;
        storeOptions.kdf = maqa::core::KdfParams::minimum();
        s->session()->adoptStore(maqa::store::Store::create(dir.toStdString(), kAppPassphrase, storeOptions));
        return s;
    }
    QString url() const { return QString::fromStdString(m_server->server->url()); }

    /** Enrols through the controller and waits for the outcome. */
    bool enrolWith(EnrolmentController &enrolment)
    {
        QSignalSpy busy(&enrolment, &EnrolmentController::busyChanged);
        enrolment.enrol();
        return waitUntil([&] { return !enrolment.busy() && busy.count() >= 2; });
    }

private slots:
    void initTestCase() { m_server = std::make_unique<ServerSetup>(); }
    void cleanupTestCase() { m_server.reset(); }

    void missingFieldsAreExplained()
    {
        auto s = services("empty");
        s->enrolment()->enrol();
        QVERIFY(!s->enrolment()->busy());
        QVERIFY(s->enrolment()->errorMessage().contains("Type the server address"));
        QVERIFY(!s->sync()->enrolled());
    }

    void enrolsFromAQrPictureAndTheCodeCannotBeReplayed()
    {
        const QString code = QString::fromStdString(m_server->issueCode("police"));
        const QString picture = m_dir.filePath("enrol.png");
        QVERIFY(qrCodeImage(enrolmentPayload(url(), code)).save(picture));

        auto s = services("police");
        EnrolmentController &enrolment = *s->enrolment();
        QSignalSpy fields(&enrolment, &EnrolmentController::fieldsChanged);
        QVERIFY(enrolment.readQrImage(QUrl::fromLocalFile(picture)));
        QCOMPARE(fields.count(), 1);
        QCOMPARE(enrolment.serverUrl(), url());
        QCOMPARE(enrolment.code(), code);
        QCOMPARE(s->sync()->statusText(), QStringLiteral("Not enrolled — returns wait in the outbox"));
        QSignalSpy enrolled(&enrolment, &EnrolmentController::enrolled);
        QVERIFY(enrolWith(enrolment));
        QCOMPARE(enrolled.count(), 1);
        QVERIFY2(enrolment.errorMessage().isEmpty(), qPrintable(enrolment.errorMessage()));
        QVERIFY(s->sync()->enrolled());
        QCOMPARE(s->sync()->agency(), QStringLiteral("police"));
        QCOMPARE(s->sync()->serverUrl(), url());
        QVERIFY(enrolment.code().isEmpty()); // a used code is of no further use

        auto other = services("replay");
        other->enrolment()->setServerUrl(url());
        other->enrolment()->setCode(code);
        QVERIFY(enrolWith(*other->enrolment()));
        QVERIFY2(other->enrolment()->errorMessage().contains("already been used"),
                 qPrintable(other->enrolment()->errorMessage()));
        QVERIFY(!other->sync()->enrolled());
    }

    void anUnreachableServerIsSaidInPlainWords()
    {
        auto s = services("unreachable");
        s->enrolment()->setServerUrl(QStringLiteral("http://127.0.0.1:9"));
        s->enrolment()->setCode(QString::fromStdString(m_server->issueCode("gp")));
        QVERIFY(enrolWith(*s->enrolment()));
        QVERIFY2(s->enrolment()->errorMessage().contains("Check the server address"),
                 qPrintable(s->enrolment()->errorMessage()));
        QVERIFY(!s->sync()->enrolled());
    }

    void anExpiredCodeIsSaidInPlainWords()
    {
        const QString code = QString::fromStdString(m_server->issueCode("gp"));
        QProcess sql;
        sql.start(QStringLiteral(MAQA_TEST_BIN_DIR "/maqa_sync_server_sql"),
                  m_server->db.storeArgs() +
                      QStringList{"UPDATE enrol_codes SET expires_at = 1 WHERE used_at IS NULL"});
        QVERIFY(sql.waitForFinished(60000));
        QVERIFY2(sql.exitCode() == 0, sql.readAllStandardError().constData());
        auto s = services("expired");
        s->enrolment()->setServerUrl(url());
        s->enrolment()->setCode(code);
        QVERIFY(enrolWith(*s->enrolment()));
        QVERIFY2(s->enrolment()->errorMessage().contains("expired"), qPrintable(s->enrolment()->errorMessage()));
        QVERIFY(!s->sync()->enrolled());
    }

    void anUncheckableCertificateIsExplainedAndItsCaFileTrusted()
    {
        const QString cert = m_dir.filePath("cert.pem");
        const QString key = m_dir.filePath("key.pem");
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                                  "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=Maqa test office",
                                  "-addext", "subjectAltName=IP:127.0.0.1"});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        ServerSetup tls(QStringList{"--auth-failure-limit", "100000", "--tls-cert", cert, "--tls-key", key});
        const QString tlsUrl = QString::fromStdString(tls.server->url());
        QVERIFY(tlsUrl.startsWith("https://"));

        auto s = services("tls");
        EnrolmentController &enrolment = *s->enrolment();
        enrolment.setServerUrl(tlsUrl);
        enrolment.setCode(QString::fromStdString(tls.issueCode("police")));
        QVERIFY(enrolWith(enrolment));
        QVERIFY2(enrolment.errorMessage().contains("choose its CA file"), qPrintable(enrolment.errorMessage()));
        QVERIFY(!s->sync()->enrolled());
        // The office's CA file chosen, the same device tries again and is enrolled.
        enrolment.setCaFile(QUrl::fromLocalFile(cert).toString()); // as the file dialog gives it
        QCOMPARE(enrolment.caFile(), cert);
        QVERIFY(enrolWith(enrolment));
        QVERIFY2(enrolment.errorMessage().isEmpty(), qPrintable(enrolment.errorMessage()));
        QVERIFY(s->sync()->enrolled());
        s->session()->lock();
        s->session()->lock();
    }

    void aSubmittedReturnTravelsAndTheStatusSaysSo()
    {
        auto s = services("gp");
        s->enrolment()->setServerUrl(url());
        s->enrolment()->setCode(QString::fromStdString(m_server->issueCode("gp")));
        QVERIFY(enrolWith(*s->enrolment()));
        SyncController &sync = *s->sync();
        QVERIFY(sync.enrolled());
        QVERIFY(syncUntilSettled(*sync.engine()));
        QVERIFY(sync.lastSuccess().isValid());
        QVERIFY(sync.lastError().isEmpty());
        QCOMPARE(sync.state(), SyncController::Idle);

        // The pull brought the audit and its template: the practitioner starts, fills and submits a return.
        const QString uuid = s->home()->startAudit(QString::fromStdString(m_server->auditId), "EH-1");
        QVERIFY(!uuid.isEmpty());
        QVERIFY(s->form()->open(uuid));
        s->form()->fillSample();
        QVERIFY(s->form()->submit());
        s->form()->close();
        QVERIFY(waitUntil([&] { return sync.deliveredCount() == 1 && sync.waitingCount() == 0 && !sync.syncing(); }));
        QCOMPARE(m_server->returns().size(), std::size_t(1));
        QCOMPARE(sync.failedCount(), 0);
        QVERIFY(!sync.statusText().contains("waiting"));

        // Sync now runs a pass at once and ends clean; locking lets go of the engine.
        QSignalSpy status(&sync, &SyncController::statusChanged);
        sync.syncNow();
        QVERIFY(syncUntilSettled(*sync.engine()));
        QVERIFY(status.count() > 0);
        s->session()->lock();
        QCOMPARE(sync.state(), SyncController::Locked);
        QCOMPARE(sync.statusText(), QStringLiteral("Locked"));
        QVERIFY(sync.agency().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_sync_controller.moc"
