// Tests of the home page's controllers and models over a real store: assignments grouped by audit with each case's
// state updated row by row, recent returns inserted and removed row by row, case-code plausibility, reopening a
// return the office sent back, the outbox list and the honest sync status, and the persisted text size.
#include "AppTestSupport.h"

#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SettingsController.h"
#include "app/controllers/SyncController.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace maqa::test;

namespace {
std::vector<maqa::store::AssignmentRecord> twoAudits()
{
    maqa::store::AssignmentRecord a;
    a.auditId = "11111111-1111-4111-8111-111111111111";
    a.title = "Early Help, autumn";
    a.theme = "Early Help";
    a.period = "last 12 months";
    a.dueDate = "2026-12-18";
    a.agency = "police";
    a.templateId = "early-help-audit";
    a.cases = {{"EH-2026-014", "5-10", "Early Help"}, {"EH-2026-015", "0-1", "Child in Need"}};
    maqa::store::AssignmentRecord b = a;
    b.auditId = "22222222-2222-4222-8222-222222222222";
    b.title = "Neglect, winter";
    b.dueDate = "2027-02-01";
    b.cases = {{"NG-2027-001", "11-15", "Child Protection"}};
    return {a, b};
}
} // namespace

class TestHomeController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_count = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("store%1").arg(++m_count)); }

private slots:
    void assignmentsShowEachCaseAndUpdateOneRow()
    {
        auto s = openServices(freshDir());
        AssignmentListModel &model = *s->home()->assignments();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        s->session()->store()->assignments().replaceAll(twoAudits());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(roleValue(model, 0, "auditTitle").toString(), QStringLiteral("Early Help, autumn"));
        QCOMPARE(roleValue(model, 2, "caseCode").toString(), QStringLiteral("NG-2027-001"));
        QCOMPARE(roleValue(model, 1, "state").toString(), QStringLiteral("not_started"));
        QVERIFY(roleValue(model, 0, "auditHeading").toString().contains("due 2026-12-18"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString uuid = s->home()->startAudit("11111111-1111-4111-8111-111111111111", "EH-2026-015");
        QVERIFY(!uuid.isEmpty());
        QVERIFY(changed.count() >= 1);
        for (const auto &args : changed) {
            QCOMPARE(args.at(0).toModelIndex().row(), 1);
        }
        QCOMPARE(roleValue(model, 1, "state").toString(), QStringLiteral("draft"));
        QCOMPARE(roleValue(model, 1, "returnUuid").toString(), uuid);
        QCOMPARE(s->home()->startAudit("11111111-1111-4111-8111-111111111111", "EH-2026-015"), uuid);
        QVERIFY(s->form()->open(uuid));
        QVERIFY(s->form()->form()->value("agency") == nlohmann::json("police")); // pre-filled from the assignment
        QCOMPARE(s->home()->recent()->rowCount(), 0); // an assigned case is not a "recent" practice return
        QVERIFY(s->home()->startAudit("no-such-audit", "EH-1").isEmpty());
        QVERIFY(!s->home()->errorMessage().isEmpty());
    }

    void recentReturnsAreInsertedAndRemovedRowByRow()
    {
        auto s = openServices(freshDir());
        ReturnListModel &recent = *s->home()->recent();
        QSignalSpy inserted(&recent, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&recent, &QAbstractItemModel::rowsRemoved);
        const QString first = s->home()->startReturn("ditl-baby", "DL-0100");
        const QString second = s->home()->startReturn("early-help-audit", "PR-0001");
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(recent.rowCount(), 2);
        QCOMPARE(roleValue(recent, 0, "uuid").toString(), second);
        QCOMPARE(roleValue(recent, 1, "title").toString(), QStringLiteral("Day in the Life of a Baby"));
        QCOMPARE(roleValue(recent, 1, "state").toString(), QStringLiteral("draft"));
        QVERIFY(s->home()->discardDraft(first));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(recent.rowCount(), 1);
    }

    void caseCodesAreCheckedForPlausibility()
    {
        auto s = openServices(freshDir());
        HomeController &home = *s->home();
        QCOMPARE(home.caseCodeProblem("EH-2026-014"), QString());
        QVERIFY(!home.caseCodeProblem("Jamie").isEmpty());
        QVERIFY(!home.caseCodeProblem("Jamie Smith 4").isEmpty());
        QVERIFY(!home.caseCodeProblem("9434765919").isEmpty());
        QVERIFY(!home.caseCodeProblem("2015-03-04").isEmpty());
        QVERIFY(!home.caseCodeProblem("").isEmpty());
        QSignalSpy problem(&home, &HomeController::codeProblemChanged);
        home.checkCaseCode("Jamie");
        QCOMPARE(problem.count(), 1);
        QVERIFY(!home.codeProblem().isEmpty());
        home.checkCaseCode("EH-1");
        QCOMPARE(home.codeProblem(), QString());
        QVERIFY(home.startReturn("ditl-child", "Jamie").isEmpty());
        QVERIFY(home.errorMessage().contains("name"));
    }

    void aReturnSentBackReopensAsANewRevision()
    {
        auto s = openServices(freshDir());
        s->session()->store()->assignments().replaceAll(twoAudits());
        const QString uuid = s->home()->startAudit("22222222-2222-4222-8222-222222222222", "NG-2027-001");
        QVERIFY(s->form()->open(uuid));
        s->form()->fillSample();
        QVERIFY(s->form()->submit());
        AssignmentListModel &model = *s->home()->assignments();
        QCOMPARE(roleValue(model, 2, "state").toString(), QStringLiteral("submitted"));
        s->session()->store()->returns().setReview({uuid.toStdString(), 1}, "has_issues", "Please add the dates.");
        QCOMPARE(roleValue(model, 2, "state").toString(), QStringLiteral("returned"));
        QCOMPARE(roleValue(model, 2, "reviewComment").toString(), QStringLiteral("Please add the dates."));
        QCOMPARE(s->home()->reopen(uuid), uuid);
        QCOMPARE(roleValue(model, 2, "state").toString(), QStringLiteral("draft"));
        QCOMPARE(roleValue(model, 2, "revision").toInt(), 2);
        QVERIFY(s->form()->open(uuid));
        QCOMPARE(s->form()->revision(), 2);
        QVERIFY(!s->form()->readOnly());
        QVERIFY(s->home()->reopen(uuid).isEmpty()); // a draft is not "sent back"
    }

    void outboxAndSyncStatusAreHonest()
    {
        auto s = openServices(freshDir());
        SyncController &sync = *s->sync();
        QCOMPARE(sync.enrolled(), false);
        QCOMPARE(sync.statusText(), QStringLiteral("Not enrolled — returns wait in the outbox"));
        OutboxListModel &outbox = *s->home()->outbox();
        QSignalSpy inserted(&outbox, &QAbstractItemModel::rowsInserted);
        const QString uuid = s->home()->startReturn("ditl-child", "DL-0200");
        QVERIFY(s->form()->open(uuid));
        s->form()->fillSample();
        QVERIFY(s->form()->submit());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(roleValue(outbox, 0, "caseCode").toString(), QStringLiteral("DL-0200"));
        QCOMPARE(roleValue(outbox, 0, "state").toString(), QStringLiteral("queued"));
        QTRY_COMPARE(sync.waitingCount(), 1); // the engine recounts once the outbox settles
        QVERIFY(sync.statusText().contains("1 waiting"));
        QSignalSpy changed(&outbox, &QAbstractItemModel::dataChanged);
        s->session()->store()->outbox().markFailed({uuid.toStdString(), 1}, "The office refused this return.");
        QCOMPARE(changed.count(), 1);
        QCOMPARE(roleValue(outbox, 0, "lastError").toString(), QStringLiteral("The office refused this return."));
        QTRY_COMPARE(sync.failedCount(), 1);
        QCOMPARE(sync.lastError(), QStringLiteral("The office refused this return."));
        QVERIFY(sync.statusText().contains("1 refused")); // a refusal is never hidden behind "not enrolled"
        s->session()->lock();
        QCOMPARE(outbox.rowCount(), 0); // nothing of the store stays readable once locked
        QCOMPARE(s->home()->assignments()->rowCount(), 0);
    }

    void textSizeIsKeptInTheStore()
    {
        const QString dir = freshDir();
        {
            auto s = openServices(dir);
            QSignalSpy changed(s->settings(), &SettingsController::textScaleChanged);
            s->settings()->setTextScale(1.2);
            QCOMPARE(changed.count(), 1);
            s->settings()->setTextScale(9.0);
            QCOMPARE(s->settings()->textScale(), 1.6);
            s->settings()->setTextScale(1.2);
        }
        auto s = openServices(dir);
        QCOMPARE(s->settings()->textScale(), 1.2);
        s->session()->lock();
        QCOMPARE(s->settings()->textScale(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestHomeController)
#include "tst_home_controller.moc"
