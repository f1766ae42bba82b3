// Tests of FormController and its models over a real store: the one write path (validate, commit, only changed
// rows signalled), refusals beside the question, debounced text flushed on commit and on lock, resume after a
// reopen, repeat entries and the time-ordered timeline, quotes, submit refusal and success, seeded templates.
#include "AppTestSupport.h"

#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/TemplateCatalog.h"
#include "core/form/Form.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/TemplateRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace maqa::test;

class TestFormController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_count = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("store%1").arg(++m_count)); }

    static std::string storedAnswer(AppServices &s, const QString &uuid, const std::string &path)
    {
        const auto record = s.session()->store()->returns().latest(uuid.toStdString());
        for (const auto &row : s.session()->store()->returns().answers(record->key)) {
            if (row.path == path) {
                return row.value;
            }
        }
        return {};
    }

private slots:
    void shippedTemplatesAreSeededOnceWithTheirHash()
    {
        const QString dir = freshDir();
        {
            auto s = openServices(dir);
            const auto list = s->session()->store()->templates().list();
            QCOMPARE(int(list.size()), TemplateCatalog::shippedTemplateFiles().size());
            QCOMPARE(s->templates()->templates().size(), int(list.size()));
            const auto child = s->session()->store()->templates().find("ditl-child", 1);
            QVERIFY(child);
            QCOMPARE(child->kind, std::string("observation"));
            QCOMPARE(child->sha256, maqa::core::sha256Hex(std::string_view(child->body)));
        }
        auto again = openServices(dir); // seeding an already seeded store changes nothing
        QCOMPARE(int(again->session()->store()->templates().list().size()),
                 TemplateCatalog::shippedTemplateFiles().size());
    }

    void anOldDraftOpensWithItsOwnVersion()
    {
        auto s = openServices(freshDir());
        const QString uuid = s->home()->startReturn("ditl-child", "DL-0001");
        auto v1 = s->session()->store()->templates().find("ditl-child", 1);
        auto json = nlohmann::json::parse(v1->body);
        json["version"] = 2;
        json["title"] = "Day in the Life of a Child (v2)";
        maqa::store::TemplateRecord v2 = *v1;
        v2.version = 2;
        v2.title = json["title"];
        v2.body = json.dump();
        v2.sha256 = maqa::core::sha256Hex(std::string_view(v2.body));
        s->session()->store()->templates().put(v2);
        QVERIFY(s->form()->open(uuid));
        QCOMPARE(s->form()->form()->templ().version, 1);
        QCOMPARE(s->form()->title(), QStringLiteral("Day in the Life of a Child"));
        const QString fresh = s->home()->startReturn("ditl-child", "DL-0002");
        QVERIFY(s->form()->open(fresh));
        QCOMPARE(s->form()->form()->templ().version, 2);
    }

    void oneAnswerCommitsAndSignalsOnlyItsRows()
    {
        auto s = openServices(freshDir());
        FormController &form = *s->form();
        const QString uuid = s->home()->startReturn("early-help-audit", "EH-2026-001");
        QVERIFY(form.open(uuid));
        QCOMPARE(form.caseCode(), QStringLiteral("EH-2026-001"));
        QCOMPARE(QString::fromStdString(storedAnswer(*s, uuid, "case_code")), QStringLiteral("\"EH-2026-001\""));
        form.goToSection(1); // 1. Recognition and referral
        QuestionListModel &questions = *form.questions();
        const int answerRow = questions.rowOf("concerns_recognised");
        const int evidenceRow = questions.rowOf("concerns_recognised_evidence");
        QVERIFY(answerRow >= 0 && evidenceRow >= 0);
        QCOMPARE(roleValue(questions, evidenceRow, "relevant").toBool(), false);

        QSignalSpy changed(&questions, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&questions, &QAbstractItemModel::modelReset);
        QSignalSpy sectionsChanged(form.sections(), &QAbstractItemModel::dataChanged);
        QVERIFY(form.setAnswer("concerns_recognised", QStringLiteral("partly")));
        QCOMPARE(reset.count(), 0);
        QSet<int> rows;
        for (const auto &args : changed) {
            rows.insert(args.at(0).toModelIndex().row());
        }
        QCOMPARE(rows, (QSet<int>{answerRow, evidenceRow}));
        QCOMPARE(roleValue(questions, evidenceRow, "relevant").toBool(), true);
        QCOMPARE(roleValue(questions, answerRow, "value").toString(), QStringLiteral("partly"));
        QCOMPARE(storedAnswer(*s, uuid, "concerns_recognised"), std::string("\"partly\""));
        QVERIFY(sectionsChanged.count() >= 1);
        QCOMPARE(sectionsChanged.first().at(0).toModelIndex().row(), 1);
    }

    void refusedValuesStayOutAndShowBesideTheQuestion()
    {
        auto s = openServices(freshDir());
        FormController &form = *s->form();
        const QString uuid = s->home()->startReturn("early-help-audit", "EH-2026-002");
        QVERIFY(form.open(uuid));
        form.goToSection(1);
        const int row = form.questions()->rowOf("concerns_recognised");
        QVERIFY(!form.setAnswer("concerns_recognised", QStringLiteral("maybe")));
        QVERIFY(!roleValue(*form.questions(), row, "message").toString().isEmpty());
        QVERIFY(!form.errorMessage().isEmpty());
        QCOMPARE(storedAnswer(*s, uuid, "concerns_recognised"), std::string());
        QVERIFY(form.setAnswer("concerns_recognised", QStringLiteral("yes")));
        QCOMPARE(roleValue(*form.questions(), row, "message").toString(), QString());
        QCOMPARE(form.errorMessage(), QString());
    }

    void textWaitsForAPauseAndIsSavedOnCommitAndLock()
    {
        const QString dir = freshDir();
        QString uuid;
        {
            auto s = openServices(dir);
            FormController &form = *s->form();
            uuid = s->home()->startReturn("early-help-audit", "EH-2026-003");
            QVERIFY(form.open(uuid));
            form.editText("recognition_good_practice", "Swift referral");
            QCOMPARE(storedAnswer(*s, uuid, "recognition_good_practice"), std::string()); // not per keystroke
            form.commitText();
            QCOMPARE(storedAnswer(*s, uuid, "recognition_good_practice"), std::string("\"Swift referral\""));
            form.editText("recognition_learning", "Called the family on 2015-01-01, DOB 01/02/2015");
            QTRY_COMPARE(storedAnswer(*s, uuid, "recognition_learning").empty(), false); // the pause elapsed
            form.goToSection(1);
            const int row = form.questions()->rowOf("recognition_learning");
            QVERIFY(!roleValue(*form.questions(), row, "identifierWarning").toString().isEmpty());
            QCOMPARE(
                roleValue(*form.questions(), form.questions()->rowOf("recognition_good_practice"), "identifierWarning")
                    .toString(),
                QString());
            form.editText("strengths", "Typed just before the lock");
            s->session()->lock(); // aboutToLock saves pending text while the store is still open
        }
        auto s = openServices(dir);
        QCOMPARE(storedAnswer(*s, uuid, "strengths"), std::string("\"Typed just before the lock\""));
    }

    void reopeningResumesWhereThePractitionerWas()
    {
        const QString dir = freshDir();
        QString uuid;
        {
            auto s = openServices(dir);
            uuid = s->home()->startReturn("early-help-audit", "EH-2026-004");
            QVERIFY(s->form()->open(uuid));
            QCOMPARE(s->form()->currentSection(), 0);
            s->form()->goToPath("drift_evidence");
            QCOMPARE(s->form()->currentSection(), 5);
            s->form()->noteFocus("review_count");
        }
        auto s = openServices(dir); // a new controller over the reopened store, as after a crash
        QVERIFY(s->form()->open(uuid));
        QCOMPARE(s->form()->currentSection(), 5);
        QCOMPARE(s->form()->focusPath(), QStringLiteral("review_count"));
        QVERIFY(s->form()->questions()->rowOf("review_count") >= 0);
        QVERIFY(s->form()->nextSection());
        QCOMPARE(s->form()->currentSection(), 6);
        QVERIFY(s->form()->previousSection());
        QCOMPARE(s->form()->currentSection(), 5);
    }

    void timelineStaysInTimeOrderRowByRow()
    {
        auto s = openServices(freshDir());
        FormController &form = *s->form();
        QVERIFY(form.open(s->home()->startReturn("ditl-child", "DL-0003")));
        EntryListModel &timeline = *form.timeline();
        QSignalSpy inserted(&timeline, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&timeline, &QAbstractItemModel::rowsMoved);
        const QString late = form.addTimelineEntry("19:30");
        QVERIFY(!late.isEmpty());
        QVERIFY(form.timelineHere());
        const int questionRows = form.questions()->rowCount();
        QSignalSpy questionInserted(form.questions(), &QAbstractItemModel::rowsInserted);
        const QString early = form.addTimelineEntry("07:15");
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(moved.count(), 1); // the 07:15 entry moved before 19:30
        QCOMPARE(roleValue(timeline, 0, "entryId").toString(), early);
        QCOMPARE(roleValue(timeline, 1, "time").toString(), QStringLiteral("19:30"));
        QVERIFY(questionInserted.count() >= 1);
        QVERIFY(form.questions()->rowCount() > questionRows);
        QVERIFY(form.setAnswer("timeline/" + early + "/rating", QStringLiteral("concern")));
        QCOMPARE(roleValue(timeline, 0, "ratingLabel").toString(), QStringLiteral("Concern"));
        const QVariantList segments = timeline.daySegments();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[0].toMap()["minutes"].toInt(), 7 * 60 + 15);
        QCOMPARE(segments[0].toMap()["endMinutes"].toInt(), 19 * 60 + 30);
        QSignalSpy removed(&timeline, &QAbstractItemModel::rowsRemoved);
        QVERIFY(form.removeEntry("timeline", late));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(timeline.rowCount(), 1);
        const auto group = form.form()->entryIds("timeline");
        QCOMPARE(int(group.size()), 1);
    }

    void quotesAreCapturedInOneStep()
    {
        auto s = openServices(freshDir());
        FormController &form = *s->form();
        QVERIFY(form.open(s->home()->startReturn("ditl-child", "DL-0004")));
        QVERIFY(form.addQuote("", "10:00", "").isEmpty());
        const QString id = form.addQuote("I like it when Dad reads to me", "19:45", "at bedtime");
        QVERIFY(!id.isEmpty());
        QCOMPARE(form.quotes()->rowCount(), 1);
        QCOMPARE(roleValue(*form.quotes(), 0, "words").toString(), QStringLiteral("I like it when Dad reads to me"));
        QCOMPARE(roleValue(*form.quotes(), 0, "context").toString(), QStringLiteral("at bedtime"));
        QCOMPARE(form.form()->isRelevant("no_quotes_reason"), false);
    }

    void submitIsRefusedWithTheListThenFreezesAndQueues()
    {
        auto s = openServices(freshDir());
        FormController &form = *s->form();
        const QString uuid = s->home()->startReturn("ditl-baby", "DL-0005");
        QVERIFY(form.open(uuid));
        QVERIFY(!form.canSubmit());
        QVERIFY(!form.submit());
        QVERIFY(form.submitRefused());
        QVERIFY(form.issues()->rowCount() > 3);
        QVERIFY(findRow(*form.issues(), "path", QStringLiteral("age_band")) >= 0);
        form.goToPath(roleValue(*form.issues(), 0, "path").toString());
        QVERIFY(!form.focusPath().isEmpty());
        QVERIFY(form.fillSample() > 0);
        QVERIFY(form.canSubmit());
        QCOMPARE(form.issues()->rowCount(), 0);
        QSignalSpy submitted(&form, &FormController::submitted);
        QVERIFY(form.submit());
        QCOMPARE(submitted.count(), 1);
        QVERIFY(form.readOnly());
        QVERIFY(!form.setAnswer("home_conditions", QStringLiteral("changed after submit")));
        const auto frozen = s->session()->store()->returns().frozenAnswers({uuid.toStdString(), 1});
        QVERIFY(frozen);
        const auto json = nlohmann::json::parse(*frozen);
        QVERIFY(json.contains("visit_minutes")); // calculated values travel with the shown answers
        QCOMPARE(s->session()->store()->outbox().counts().queued, 1);
    }
};

QTEST_GUILESS_MAIN(TestFormController)
#include "tst_form_controller.moc"
