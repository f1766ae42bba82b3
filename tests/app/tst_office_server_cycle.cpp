// The office and a practitioner's device as the app runs them, against a real maqa-server on loopback: the office
// connects and registers its key, creates an audit (publishing its template), issues an enrolment code shown as a
// QR image; the device enrols from that picture, fills and submits a return; the office pulls and opens it, and
// its review travels back to the device.
#include "AppTestSupport.h"
#include "support/OfficeSyncSupport.h"
#include "support/SyncTestSupport.h"

#include "app/controllers/EnrolmentController.h"
#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SyncController.h"
#include "app/controllers/office/OfficeAuditsController.h"
#include "app/controllers/office/OfficeReturnsController.h"
#include "app/controllers/office/OfficeServices.h"
#include "app/controllers/office/OfficeSetupController.h"
#include "app/controllers/office/OfficeSyncController.h"
#include "app/models/AssignmentListModel.h"
#include "app/models/office/CaseDraftListModel.h"
#include "app/models/office/EnrolCodeListModel.h"
#include "app/models/office/OfficeAuditListModel.h"
#include "app/models/office/OfficeKeyListModel.h"
#include "app/models/office/OfficeReturnListModel.h"
#include "app/qr/EnrolmentQr.h"
#include "client/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace maqa::test;

class TestOfficeServerCycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<AppServices> services(const QString &dir)
    {
        AppServices::Options options;
        options.sync = fastOptions();
        auto s = std::make_unique<AppServices>(dir, maqa::core::KdfParams::minimum(), options);
        maqa::store::StoreOptions storeOptions;
        storeOptions.kdf = maqa::core::KdfParams::minimum();
        s->session()->adoptStore(maqa::store::Store::create(dir.toStdString(), kAppPassphrase, storeOptions));
        return s;
    }
    static bool settled(OfficeSyncController &sync)
    {
        return waitUntil([&] { return !sync.busy(); }, 60000);
    }

private slots:
    void officeAndDeviceThroughTheServer()
    {
        OfficeServer server;
        auto officeApp = services(m_dir.filePath("office"));
        OfficeServices &office = *officeApp->office();
        OfficeSyncController &sync = *office.sync();
        QVERIFY(!sync.isSetUp());

        // Connect: the key pair is made and registered.
        QSignalSpy keyRows(office.setup()->keys(), &QAbstractItemModel::rowsInserted);
        sync.connectServer(server.url(), QString::fromStdString(server.token()));
        QVERIFY(settled(sync));
        QVERIFY2(sync.isSetUp(), qPrintable(sync.errorMessage()));
        QCOMPARE(keyRows.count(), 1);
        QTRY_VERIFY(roleValue(*office.setup()->keys(), 0, "registered").toBool());

        // An audit with two cases for the GP; the template travels first.
        OfficeAuditsController &audits = *office.audits();
        QVERIFY(audits.addCase("EH-2026-301", "0-1", "Early Help"));
        QVERIFY(audits.addCase("EH-2026-302", "11-15", "Child in Need"));
        QSignalSpy auditRows(audits.audits(), &QAbstractItemModel::rowsInserted);
        QVERIFY(audits.createAudit("Early Help, winter 2026", "Early Help", "the last 6 months", "2027-01-31",
                                   "early-help-audit", {"gp"}));
        QVERIFY(waitUntil([&] { return !audits.busy(); }, 60000));
        QVERIFY2(audits.errorMessage().isEmpty(), qPrintable(audits.errorMessage()));
        QCOMPARE(auditRows.count(), 1);
        QCOMPARE(audits.draftCases()->rowCount(), 0);
        const QString auditId = audits.currentAuditId();
        QVERIFY(!auditId.isEmpty());

        // An enrolment code for the GP, as text and as a QR picture the device reads back.
        QSignalSpy codeRows(audits.enrolCodes(), &QAbstractItemModel::rowsInserted);
        QVERIFY(audits.issueEnrolCode("gp", 4));
        QVERIFY(waitUntil([&] { return !audits.busy(); }, 60000));
        QCOMPARE(codeRows.count(), 1);
        const QString code = roleValue(*audits.enrolCodes(), 0, "code").toString();
        QVERIFY(!code.isEmpty());
        const QString picture = m_dir.filePath("gp-code.png");
        QVERIFY(audits.saveQrImage(0, QUrl::fromLocalFile(picture)));
        const EnrolmentLink link = readEnrolmentImage(picture);
        QCOMPARE(link.serverUrl, server.url());
        QCOMPARE(link.code, code);

        // The device enrols from the picture, receives the audit, submits a return.
        auto device = services(m_dir.filePath("device"));
        QVERIFY(device->enrolment()->readQrImage(QUrl::fromLocalFile(picture)));
        device->enrolment()->enrol();
        QVERIFY(waitUntil([&] { return device->sync()->enrolled() && !device->enrolment()->busy(); }));
        QCOMPARE(device->sync()->agency(), QStringLiteral("gp"));
        QVERIFY(syncUntilSettled(*device->sync()->engine()));
        QTRY_VERIFY(device->home()->assignments()->rowCount() > 0);
        const QString uuid = device->home()->startAudit(auditId, "EH-2026-301");
        QVERIFY(!uuid.isEmpty());
        QVERIFY(device->form()->open(uuid));
        device->form()->fillSample();
        QVERIFY(device->form()->submit());
        device->form()->close();
        QVERIFY(waitUntil([&] { return device->sync()->deliveredCount() == 1; }));

        // The office pulls and opens it, reviews it; the review reaches the device.
        OfficeReturnsController &returns = *office.returns();
        QSignalSpy returnRows(returns.returns(), &QAbstractItemModel::rowsInserted);
        sync.syncNow();
        QVERIFY(settled(sync));
        QVERIFY2(sync.lastError().isEmpty(), qPrintable(sync.lastError()));
        QTRY_COMPARE(returns.returns()->rowCount(), 1);
        QVERIFY(returnRows.count() >= 1);
        QCOMPARE(roleValue(*returns.returns(), 0, "caseCode").toString(), QStringLiteral("EH-2026-301"));
        QVERIFY(returns.openReturn(uuid, 1));
        QVERIFY(returns.setReview("has_issues", "Please add the dates of the strategy meetings."));
        QVERIFY(roleValue(*returns.returns(), 0, "toSend").toBool());
        sync.syncNow();
        QVERIFY(settled(sync));
        QTRY_VERIFY(!roleValue(*returns.returns(), 0, "toSend").toBool());

        QVERIFY(syncUntilSettled(*device->sync()->engine()));
        AssignmentListModel &assignments = *device->home()->assignments();
        const int row = findRow(assignments, "caseCode", QStringLiteral("EH-2026-301"));
        QVERIFY(row >= 0);
        QTRY_COMPARE(roleValue(assignments, row, "state").toString(), QStringLiteral("returned"));
        QCOMPARE(roleValue(assignments, row, "reviewComment").toString(),
                 QStringLiteral("Please add the dates of the strategy meetings."));
    }
};

QTEST_MAIN(TestOfficeServerCycle)
#include "tst_office_server_cycle.moc"
