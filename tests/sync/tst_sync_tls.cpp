// TLS against maqa-server serving HTTPS with a certificate made here: an unverifiable server is refused (SSL errors
// are never ignored), the enrolment's CA file is trusted and kept, a CA file without a certificate is refused.
#include "support/SyncTestSupport.h"

#include "client/DeviceEnrolment.h"

#include "store/repos/OutboxRepository.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace maqa;
using namespace maqa::test;
using client::SyncEngine;

class TestSyncTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cert;
    std::unique_ptr<ServerSetup> m_server;

private slots:
    void initTestCase()
    {
        m_cert = m_dir.path() + "/cert.pem";
        const QString key = m_dir.path() + "/key.pem";
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                                  "-keyout", key, "-out", m_cert, "-days", "2", "-subj", "/CN=Maqa test office",
                                  "-addext", "subjectAltName=IP:127.0.0.1"});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        m_server = std::make_unique<ServerSetup>(
            QStringList{"--auth-failure-limit", "100000", "--tls-cert", m_cert, "--tls-key", key});
        QVERIFY(m_server->server->url().rfind("https://", 0) == 0);
    }

    void unverifiableServerIsRefused()
    {
        DeviceStore files;
        SyncEngine engine(fastOptions());
        engine.attach(&files.store());
        const auto [ok, message] =
            enrolEngine(engine, QString::fromStdString(m_server->server->url()), m_server->issueCode("gp"));
        QVERIFY(!ok);
        QVERIFY2(message.contains("identity could not be checked"), qPrintable(message));
        QVERIFY(!client::DeviceEnrolment::exists(files.store()));
        engine.detach();
    }

    void caFileFromEnrolmentIsTrusted()
    {
        DeviceStore files;
        SyncEngine engine(fastOptions());
        engine.attach(&files.store());
        std::optional<std::pair<bool, QString>> result;
        connect(&engine, &SyncEngine::enrolmentFinished, this,
                [&](bool ok, const QString &message) { result = std::make_pair(ok, message); });
        engine.enrol(QString::fromStdString(m_server->server->url()), QString::fromStdString(m_server->issueCode("gp")),
                     "TLS tablet", m_cert);
        QVERIFY(waitUntil([&] { return result.has_value(); }));
        QVERIFY2(result->first, qPrintable(result->second));
        QCOMPARE(client::DeviceEnrolment::load(files.store()).caFile, m_cert.toStdString());

        // Later requests (a new engine, as after a restart) trust the same CA: a return goes through.
        engine.detach();
        SyncEngine restarted(fastOptions());
        restarted.attach(&files.store());
        const store::ReturnKey key = files.submit(m_server->auditId, "EH-1", {{"evidence", "over TLS"}});
        QVERIFY(syncUntilSettled(restarted));
        QCOMPARE(store::toString(files.store().outbox().find(key)->state), std::string("delivered"));
        QCOMPARE(m_server->returns().size(), std::size_t(1));
        restarted.detach();
    }

    void caFileWithoutCertificateIsRefused()
    {
        const QString bogus = m_dir.path() + "/not-a-cert.pem";
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a certificate\n");
        file.close();
        DeviceStore files;
        SyncEngine engine(fastOptions());
        engine.attach(&files.store());
        std::optional<std::pair<bool, QString>> result;
        connect(&engine, &SyncEngine::enrolmentFinished, this,
                [&](bool ok, const QString &message) { result = std::make_pair(ok, message); });
        engine.enrol(QString::fromStdString(m_server->server->url()), "ABCD-EFGH-JKMN-PQRS", "TLS tablet", bogus);
        QVERIFY(waitUntil([&] { return result.has_value(); }));
        QVERIFY(!result->first);
        QVERIFY2(result->second.contains("holds no PEM certificate"), qPrintable(result->second));
        engine.detach();
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
