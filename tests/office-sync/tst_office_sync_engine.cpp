// OfficeSync as the app drives it, in process against a real maqa-server: its state and status line before and after
// set-up, refusals named in plain words (a token of the wrong shape, a malformed case code or agency), the results of
// the office's requests, repeated sync requests coalesced into one, and a server that is gone reported as an error
// the office store keeps for the next start.
#include "support/OfficeSyncSupport.h"

#include "client/office/OfficeSettingKeys.h"
#include "client/office/OfficeSync.h"
#include "store/Store.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeStore.h"
#include "store/repos/SettingsRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <stdexcept>

using namespace maqa;
using namespace maqa::test;
using Sync = client::OfficeSync;

namespace {

/** The end of one operation. */
struct Finished
{
    Sync::Operation operation;
    bool ok = false;
    QString message;
};

/** Starts @p start and waits for the next operationFinished() of @p sync. */
Finished await(Sync &sync, const std::function<void()> &start)
{
    std::optional<Finished> result;
    const QMetaObject::Connection c = QObject::connect(&sync, &Sync::operationFinished,
                                                       [&](Sync::Operation operation, bool ok, const QString &message) {
                                                           result = Finished{operation, ok, message};
                                                       });
    start();
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 60000); // checked below, with the reason
    QObject::disconnect(c);
    if (!result) {
        throw std::runtime_error("The operation did not finish within a minute.");
    }
    return *result;
}

} // namespace

class TestOfficeSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void drivesTheOfficeLikeTheApp()
    {
        OfficeServer server;
        QTemporaryDir tmp;
        store::StoreOptions options;
        options.kdf = core::KdfParams::minimum();
        auto store = store::Store::create((tmp.path() + "/office").toStdString(), kOfficePassphrase, options);
        store::office::OfficeStore office(*store);
        Sync sync;
        QCOMPARE(sync.state(), Sync::State::Detached);
        sync.attach(store.get(), &office);
        QCOMPARE(sync.state(), Sync::State::NotSetUp);
        QCOMPARE(sync.statusText(), QStringLiteral("The office is not connected to a server yet."));
        QVERIFY(!sync.isSetUp());

        // Without set-up nothing is sent, and the reason is given.
        Finished f = await(sync, [&] { sync.syncNow(); });
        QVERIFY(!f.ok);
        QVERIFY2(f.message.contains("not connected to a server"), qPrintable(f.message));

        // A pasted device token is refused before anything is sent.
        f = await(sync, [&] { sync.setUp(server.url(), QStringLiteral("md1.") + QString(64, 'a')); });
        QCOMPARE(f.operation, Sync::Operation::SetUp);
        QVERIFY(!f.ok);
        QVERIFY2(f.message.contains("not an office token"), qPrintable(f.message));
        QCOMPARE(sync.state(), Sync::State::Error);
        QCOMPARE(sync.statusText(), sync.lastError());

        // Set up: the key pair is made and registered, the store becomes the office's, the status says so.
        QList<Sync::State> states;
        QObject::connect(&sync, &Sync::statusChanged, [&] { states << sync.state(); });
        f = await(sync, [&] { sync.setUp(server.url(), QString::fromStdString(server.token())); });
        QVERIFY2(f.ok, qPrintable(f.message));
        QVERIFY(states.contains(Sync::State::Working));
        QCOMPARE(sync.state(), Sync::State::Idle);
        QVERIFY(sync.isSetUp());
        QVERIFY(sync.lastError().isEmpty());
        QVERIFY(sync.summary().keyRegistered);
        QVERIFY2(sync.statusText().startsWith("Up to date"), qPrintable(sync.statusText()));
        QCOMPARE(store->settings().value(client::office_keys::kRole), std::string("office"));
        QCOMPARE(office.keys().keys().size(), std::size_t(1));
        QVERIFY(office.keys().keys()[0].registeredAt.has_value());

        // The office's requests: a template, an audit and an enrolment code; refusals name the field.
        f = await(sync, [&] { sync.addTemplate(R"({"id": "broken", "version": 1})"); });
        QVERIFY(!f.ok);
        core::office::AuditInfo audit;
        audit.title = "Early Help, summer";
        audit.theme = "Early Help";
        audit.templateId = "early-help-audit";
        audit.cases = {{"EH 7", "0-1", "Child Protection"}};
        audit.agencies = {"gp"};
        f = await(sync, [&] { sync.createAudit(audit); });
        QVERIFY(!f.ok);
        QVERIFY2(f.message.contains("cases[0]"), qPrintable(f.message));
        QFile shipped(QStringLiteral(MAQA_SOURCE_DIR "/assets/templates/early-help-audit.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        f = await(sync, [&] { sync.addTemplate(shipped.readAll().toStdString()); });
        QVERIFY2(f.ok, qPrintable(f.message));
        audit.cases = {{"EH-7", "0-1", "Child Protection"}, {"EH-8", "11-15", "Child in Need"}};
        QString auditId;
        QObject::connect(&sync, &Sync::auditCreated, [&](const QString &id) { auditId = id; });
        f = await(sync, [&] { sync.createAudit(audit); });
        QVERIFY2(f.ok, qPrintable(f.message));
        const std::optional<core::office::AuditInfo> saved = office.audits().find(auditId.toStdString());
        QVERIFY(saved.has_value());
        QCOMPARE(saved->cases.size(), std::size_t(2));
        QCOMPARE(saved->cases[1].ageBand, std::string("11-15"));
        QString code;
        QObject::connect(&sync, &Sync::enrolCodeIssued,
                         [&](const QString &, const QString &issued, const QString &) { code = issued; });
        f = await(sync, [&] { sync.issueEnrolCode(QStringLiteral("gp"), 4); });
        QVERIFY2(f.ok, qPrintable(f.message));
        QVERIFY2(QRegularExpression("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$").match(code).hasMatch(),
                 qPrintable(code));
        f = await(sync, [&] { sync.issueEnrolCode(QStringLiteral("Not an agency"), 4); });
        QVERIFY(!f.ok);
        QVERIFY2(f.message.contains("agency"), qPrintable(f.message));

        // Asking again while a sync waits adds nothing: one sync runs, and one answer comes.
        int syncs = 0;
        QObject::connect(&sync, &Sync::operationFinished, [&](Sync::Operation operation, bool, const QString &) {
            syncs += operation == Sync::Operation::Sync ? 1 : 0;
        });
        sync.syncNow();
        sync.syncNow();
        sync.syncNow();
        QVERIFY(sync.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 60000);
        QCOMPARE(syncs, 1);
        QVERIFY2(sync.lastSummary().contains("1 audit"), qPrintable(sync.lastSummary()));

        // The server goes away: an error in plain words, kept in the store for the next start.
        server.stop();
        f = await(sync, [&] { sync.syncNow(); });
        QVERIFY(!f.ok);
        QVERIFY2(f.message.contains("connection refused"), qPrintable(f.message));
        QCOMPARE(sync.state(), Sync::State::Error);
        QCOMPARE(QString::fromStdString(store->settings().value(client::office_keys::kLastError)), sync.lastError());
        sync.detach();
        QCOMPARE(sync.state(), Sync::State::Detached);
        Sync again;
        again.attach(store.get(), &office);
        QCOMPARE(again.state(), Sync::State::Error);
        QCOMPARE(again.lastError(), f.message);
    }
};

QTEST_GUILESS_MAIN(TestOfficeSyncEngine)
#include "tst_office_sync_engine.moc"
