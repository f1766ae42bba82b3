// The office's controllers and models over a real office store filled as a pull fills it (OfficeAppFixture):
// set-up (key pair, encrypted backup out and back in), the case-code check, returns with quarantine, reading a
// return, review and the panel's grade, completeness, findings, the briefing saved as it is edited, the action
// plan's RAG history, and exports that exist and parse. Row-level model signals are asserted throughout.
#include "AppTestSupport.h"
#include "OfficeAppFixture.h"
#include "support/OfficeFixtures.h"

#include "app/controllers/office/ActionPlanController.h"
#include "app/controllers/office/BriefingController.h"
#include "app/controllers/office/OfficeAuditsController.h"
#include "app/controllers/office/OfficeExportController.h"
#include "app/controllers/office/OfficeFindingsController.h"
#include "app/controllers/office/OfficeReturnsController.h"
#include "app/controllers/office/OfficeServices.h"
#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSetupController.h"
#include "app/models/office/ActionListModel.h"
#include "app/models/office/BriefingListModel.h"
#include "app/models/office/CompletenessModel.h"
#include "app/models/office/DiscrepancyListModel.h"
#include "app/models/office/FindingListModel.h"
#include "app/models/office/GradeChartModel.h"
#include "app/models/office/OfficeKeyListModel.h"
#include "app/models/office/OfficeReturnListModel.h"
#include "app/models/office/PanelGradeListModel.h"
#include "app/models/office/QuarantineListModel.h"
#include "app/models/office/ReturnAnswersModel.h"
#include "app/models/office/ThemeCountModel.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace maqa::test;

class TestOfficeControllers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    struct Office
    {
        std::unique_ptr<AppServices> services;
        OfficeServices *office = nullptr;
        QString auditId;
    };
    Office filled()
    {
        Office o;
        o.services = openServices(m_dir.filePath(QStringLiteral("office-%1").arg(++m_stores)));
        o.office = o.services->office();
        o.auditId = QString::fromStdString(fillOffice(*o.office->session()->office()));
        o.office->audits()->setCurrentAuditId(o.auditId);
        return o;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void keyPairAndItsBackup()
    {
        Office o = filled();
        OfficeSetupController &setup = *o.office->setup();
        QSignalSpy inserted(setup.keys(), &QAbstractItemModel::rowsInserted);
        QVERIFY(!setup.hasKey());
        QVERIFY(setup.createKey());
        QVERIFY(setup.hasKey());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(roleValue(*setup.keys(), 0, "active").toBool(), true);
        const QUrl backup = QUrl::fromLocalFile(m_dir.filePath("office-key.backup"));
        QVERIFY(!setup.exportBackup(backup, "a long backup passphrase", "a different one"));
        QVERIFY(!setup.errorMessage().isEmpty());
        QVERIFY(setup.exportBackup(backup, "a long backup passphrase", "a long backup passphrase"));
        QVERIFY(readAll(backup.toLocalFile()).size() > 0);

        Office second = filled(); // a second office machine
        OfficeSetupController &other = *second.office->setup();
        QVERIFY(!other.importBackup(backup, "the wrong passphrase"));
        QVERIFY(!other.errorMessage().isEmpty());
        QVERIFY(other.importBackup(backup, "a long backup passphrase"));
        QCOMPARE(other.activeKeyId(), setup.activeKeyId());
    }

    void caseCodesRefuseNamesAndDates()
    {
        Office o = filled();
        OfficeAuditsController &audits = *o.office->audits();
        QVERIFY(!audits.caseCodeProblem("Jamie Smith").isEmpty());
        QVERIFY(!audits.caseCodeProblem("smith-1").isEmpty());
        QVERIFY(!audits.caseCodeProblem("03/05/2015").isEmpty());
        QVERIFY(!audits.caseCodeProblem("EH-03-05-2015").isEmpty());
        QVERIFY(audits.caseCodeProblem("EH-2026-201").isEmpty());
        QSignalSpy inserted(audits.draftCases(), &QAbstractItemModel::rowsInserted);
        QVERIFY(!audits.addCase("Jamie2", "5-10", "Early Help"));
        QVERIFY(!audits.caseProblem().isEmpty());
        QVERIFY(audits.addCase("EH-2026-201", "5-10", "Early Help"));
        QVERIFY(!audits.addCase("EH-2026-201", "0-1", "Early Help")); // listed already
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(roleValue(*audits.draftCases(), 0, "ageBand").toString(), QStringLiteral("5-10"));
        QCOMPARE(audits.audits()->rowCount(), 1);
        QCOMPARE(roleValue(*audits.audits(), 0, "caseCount").toInt(), 6);
    }

    void returnsQuarantineReviewAndPanelGrade()
    {
        Office o = filled();
        OfficeReturnsController &returns = *o.office->returns();
        QCOMPARE(returns.returns()->rowCount(), 21);
        QCOMPARE(returns.quarantine()->rowCount(), 1);
        QVERIFY(roleValue(*returns.quarantine(), 0, "message").toString().contains("signature"));
        const int row = findRow(*returns.returns(), "caseCode", QStringLiteral("EH-2026-101"));
        QVERIFY(row >= 0);
        const QString uuid = roleValue(*returns.returns(), row, "uuid").toString();
        QVERIFY(returns.openReturn(uuid, 1));
        QVERIFY(returns.viewing());
        QVERIFY(returns.answers()->rowCount() > 10);
        QVERIFY(returns.grades()->rowCount() > 0);

        QSignalSpy changed(returns.returns(), &QAbstractItemModel::dataChanged);
        QVERIFY(!returns.setReview("has_issues", "")); // the practitioner needs to know what to fix
        QVERIFY(returns.setReview("has_issues", "Please add the dates of the strategy meetings."));
        QCOMPARE(returns.reviewState(), QStringLiteral("has_issues"));
        QTRY_VERIFY(changed.count() >= 1);
        const int after = findRow(*returns.returns(), "uuid", uuid);
        QCOMPARE(roleValue(*returns.returns(), after, "reviewState").toString(), QStringLiteral("has_issues"));
        QCOMPARE(roleValue(*returns.returns(), after, "comment").toString(),
                 QStringLiteral("Please add the dates of the strategy meetings."));

        PanelGradeListModel &grades = *returns.grades();
        const QString question = roleValue(grades, 0, "question").toString();
        const QStringList choices = roleValue(grades, 0, "choiceNames").toStringList();
        QVERIFY(choices.size() > 1);
        QVERIFY(choices.first().isEmpty()); // "not moderated" clears the panel's grade
        QSignalSpy gradeChanged(&grades, &QAbstractItemModel::dataChanged);
        QVERIFY(returns.setPanelGrade(question, choices.at(1)));
        QTRY_VERIFY(gradeChanged.count() >= 1);
        QCOMPARE(roleValue(grades, 0, "panelGrade").toString(), choices.at(1));
        QVERIFY(!roleValue(grades, 0, "agencyGrade").toString().isEmpty());
        returns.closeReturn();
        QVERIFY(!returns.viewing());
        QCOMPARE(returns.answers()->rowCount(), 0); // the answers leave memory
    }

    void completenessAndFindings()
    {
        Office o = filled();
        OfficeFindingsController &findings = *o.office->findings();
        QTRY_COMPARE(findings.returnCount(), 21);
        CompletenessModel &matrix = *findings.completeness();
        QStringList states;
        QCOMPARE(matrix.rowCount(), 6 + 2); // a header row, the cases, the totals
        QCOMPARE(matrix.columnCount(), 4 + 2);
        QCOMPARE(matrix.agencyCount(), 4);
        const int state = matrix.roleNames().key("cellState");
        for (int r = 1; r <= 6; ++r) {
            for (int c = 1; c <= 4; ++c) {
                states << matrix.data(matrix.index(r, c), state).toString();
            }
        }
        QVERIFY2(states.count("returned") == 21, qPrintable(states.join(',')));
        QCOMPARE(states.count("drafting"), 2);
        QCOMPARE(states.count("not_started"), 1); // EH-2026-106 police
        QVERIFY(matrix.summary().contains("21 of 24"));
        // Past the due date, whatever is not in is overdue; only the cells that changed are reported.
        QSignalSpy cellsChanged(&matrix, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&matrix, &QAbstractItemModel::modelReset);
        auto audit = *o.office->session()->office()->audits().find(o.auditId.toStdString());
        audit.dueDate = "2026-11-20";
        o.office->session()->office()->audits().save(audit);
        QTRY_VERIFY(matrix.data(matrix.index(6, 2), state).toString() == QStringLiteral("overdue"));
        QCOMPARE(matrix.data(matrix.index(5, 4), state).toString(), QStringLiteral("overdue")); // was drafting
        QCOMPARE(reset.count(), 0);
        QVERIFY(cellsChanged.count() >= 1);
        QVERIFY(findings.sectionGrades()->rowCount() > 0);
        QCOMPARE(findings.agencyGrades()->rowCount(), 4);
        QVERIFY(roleValue(*findings.sectionGrades(), 0, "total").toInt() > 0);
        QVERIFY(findings.themes()->rowCount() > 0);
        QVERIFY(findings.statements()->rowCount() > 0);

        const int row = 0;
        QCOMPARE(roleValue(*findings.statements(), row, "inBriefing").toBool(), false);
        QSignalSpy changed(findings.statements(), &QAbstractItemModel::dataChanged);
        QVERIFY(findings.addToBriefing(row));
        QTRY_COMPARE(roleValue(*findings.statements(), row, "inBriefing").toBool(), true);
        QVERIFY(changed.count() >= 1);
        QVERIFY(o.office->briefing()->hasBriefing());
    }

    void briefingSavedAsItIsEditedAndThePlanKeepsItsHistory()
    {
        QString dir;
        {
            Office o = filled();
            BriefingController &briefing = *o.office->briefing();
            QVERIFY(briefing.draft());
            QVERIFY(briefing.themes()->rowCount() > 0);
            QSignalSpy inserted(briefing.reflection(), &QAbstractItemModel::rowsInserted);
            const int row = briefing.addRow(4 - 1); // reflection questions
            QCOMPARE(inserted.count(), 1);
            briefing.setField(3, row, 0, "How quickly do we share strategy minutes with police?");
            briefing.setBackgroundText("Six children, four agencies, autumn 2026.");
            briefing.saveNow();

            ActionPlanController &plan = *o.office->actions();
            QSignalSpy added(plan.actions(), &QAbstractItemModel::rowsInserted);
            QVERIFY(!plan.addAction("", "", "csc", "", "", "red", "", "")); // an action needs its words
            QVERIFY(plan.addAction("Share strategy minutes with police within a day", "Information sharing", "csc",
                                   "Head of Early Help", "2027-03-31", "red", "", "2027-09-30"));
            QCOMPARE(added.count(), 1);
            const QString id = roleValue(*plan.actions(), 0, "actionId").toString();
            QSignalSpy changed(plan.actions(), &QAbstractItemModel::dataChanged);
            QVERIFY(plan.setRag(id, "amber", "Minutes template agreed"));
            QVERIFY(changed.count() >= 1);
            QCOMPARE(roleValue(*plan.actions(), 0, "rag").toString(), QStringLiteral("amber"));
            QVERIFY(
                roleValue(*plan.actions(), 0, "history").toStringList().join('\n').contains("Minutes template agreed"));
            dir = m_dir.filePath(QStringLiteral("office-%1").arg(m_stores));
            o.services->session()->lock();
        }
        auto again = openServices(dir); // what was typed is in the store, not only in memory
        OfficeServices &office = *again->office();
        QTRY_VERIFY(office.briefing()->hasBriefing());
        QCOMPARE(office.briefing()->backgroundText(), QStringLiteral("Six children, four agencies, autumn 2026."));
        bool found = false;
        for (int i = 0; i < office.briefing()->reflection()->rowCount(); ++i) {
            found = found || roleValue(*office.briefing()->reflection(), i, "text").toString().contains("strategy");
        }
        QVERIFY(found);
        QCOMPARE(office.actions()->actions()->rowCount(), 1);
    }

    void exportsWriteFilesThatParse()
    {
        Office o = filled();
        QVERIFY(o.office->briefing()->draft());
        QVERIFY(o.office->actions()->proposeFromBriefing() > 0);
        OfficeExportController &exports = *o.office->exports();
        const QString pdf = m_dir.filePath("briefing.pdf");
        const QString html = m_dir.filePath("briefing.html");
        const QString answers = m_dir.filePath("answers.csv");
        const QString plan = m_dir.filePath("plan.csv");
        QVERIFY2(exports.exportBriefingPdf(QUrl::fromLocalFile(pdf)), qPrintable(exports.errorMessage()));
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        QVERIFY(exports.exportBriefingHtml(QUrl::fromLocalFile(html)));
        QVERIFY(readAll(html).contains("<html"));
        QVERIFY(exports.exportAnswersCsv(QUrl::fromLocalFile(answers)));
        const auto rows = parseCsv(readAll(answers).toStdString());
        QCOMPARE(rows.size(), std::size_t(22)); // a header and one row per return
        QVERIFY(exports.exportActionPlanCsv(QUrl::fromLocalFile(plan)));
        QVERIFY(parseCsv(readAll(plan).toStdString()).size() >= 2);
        QCOMPARE(exports.lastFile(), plan);
    }
};

QTEST_MAIN(TestOfficeControllers) // the PDF is drawn with Qt Gui
#include "tst_office_controllers.moc"
