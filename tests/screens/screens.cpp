// Renders Maqa's main pages to PNG at tablet landscape (1280x800) and portrait (800x1280), over a real temporary
// store driven through the real controllers, so a page that breaks or renders badly is visible (and fails the test
// when it cannot be shown at all).
#include "OfficeAppFixture.h"
#include "app/AppServices.h"
#include "app/controllers/EnrolmentController.h"
#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/SettingsController.h"
#include "app/controllers/office/ActionPlanController.h"
#include "app/controllers/office/BriefingController.h"
#include "app/controllers/office/OfficeAuditsController.h"
#include "app/controllers/office/OfficeReturnsController.h"
#include "app/controllers/office/OfficeServices.h"
#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSetupController.h"
#include "app/controllers/office/OfficeSyncController.h"
#include "app/models/office/ActionListModel.h"
#include "app/models/office/EnrolCodeListModel.h"
#include "app/models/office/OfficeReturnListModel.h"
#include "app/models/office/PanelGradeListModel.h"
#include "app/qml/QmlSingletons.h"
#include "store/Store.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/ReturnRepository.h"
#include "support/OfficeSyncSupport.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(MaqaPlugin)

namespace {
struct Scene
{
    const char *name;              //!< file name stem
    std::function<bool()> prepare; //!< drives the controllers into the state to show; false on failure
};

bool waitFor(const std::function<bool()> &condition, int ms = 10000)
{
    return QTest::qWaitFor(condition, ms);
}

QObject *findNamed(QQuickItem *root, const QString &name)
{
    if (!root) {
        return nullptr;
    }
    if (root->objectName() == name) {
        return root;
    }
    for (QQuickItem *child : root->childItems()) {
        if (QObject *found = findNamed(child, name)) {
            return found;
        }
    }
    return nullptr;
}

void seedAssignments(maqa::store::Store &store)
{
    maqa::store::AssignmentRecord a;
    a.auditId = "11111111-1111-4111-8111-111111111111";
    a.title = "Early Help, autumn 2026";
    a.theme = "Early Help";
    a.period = "last 12 months, judged on the last 6";
    a.dueDate = "2026-12-18";
    a.agency = "police";
    a.templateId = "early-help-audit";
    a.cases = {{"EH-2026-014", "5-10", "Early Help"},
               {"EH-2026-015", "0-1", "Child in Need"},
               {"EH-2026-016", "11-15", "Early Help"}};
    maqa::store::AssignmentRecord b = a;
    b.auditId = "22222222-2222-4222-8222-222222222222";
    b.title = "Neglect, winter 2027";
    b.theme = "Neglect";
    b.dueDate = "2027-02-01";
    b.cases = {{"NG-2027-001", "2-4", "Child Protection"}, {"NG-2027-002", "5-10", "Child in Need"}};
    store.assignments().replaceAll({a, b});
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screens");
    QDir().mkpath(outDir);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QTemporaryDir data;
    AppServices services(data.filePath(QStringLiteral("store")), maqa::core::KdfParams::minimum());
    QmlSingletons::useServices(services);
    SessionController *session = services.session();
    HomeController *home = services.home();
    FormController *form = services.form();

    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Maqa/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "screens: Main.qml did not load\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    auto workspace = [&] { return findNamed(window->contentItem(), QStringLiteral("workspace")); };
    auto call = [&](QObject *target, const char *method) {
        return target && QMetaObject::invokeMethod(target, method);
    };
    QString ditl;
    QString auditId;
    std::unique_ptr<maqa::test::OfficeServer> server;
    auto officeWorkspace = [&] { return findNamed(window->contentItem(), QStringLiteral("officeWorkspace")); };
    auto showOffice = [&](const char *key) {
        return QMetaObject::invokeMethod(officeWorkspace(), "show", Q_ARG(QString, QString::fromLatin1(key)));
    };

    const QString passphrase = QStringLiteral("screens passphrase 2026");
    const std::vector<Scene> scenes = {
        {"setup", [&] { return session->state() == SessionController::NoStore; }},
        {"role",
         [&] {
             session->createStore(passphrase, passphrase);
             return waitFor([&] { return session->state() == SessionController::Unlocked; }) &&
                    waitFor([&] { return findNamed(window->contentItem(), QStringLiteral("rolePage")); });
         }},
        {"home-empty",
         [&] {
             services.settings()->chooseRole(QStringLiteral("practitioner"));
             return waitFor([&] { return workspace() != nullptr; });
         }},
        {"enrol",
         [&] {
             services.enrolment()->setServerUrl(QStringLiteral("https://maqa.example.org"));
             return call(workspace(), "showEnrol");
         }},
        {"home",
         [&] {
             call(workspace(), "goHome");
             seedAssignments(*session->store());
             const QString draft = home->startAudit("11111111-1111-4111-8111-111111111111", "EH-2026-014");
             form->open(draft);
             form->setAnswer("concerns_recognised", QStringLiteral("yes"));
             form->setAnswer("child_seen", QStringLiteral("partly"));
             form->close();
             const QString sent = home->startAudit("22222222-2222-4222-8222-222222222222", "NG-2027-001");
             form->open(sent);
             form->fillSample();
             form->submit();
             form->close();
             session->store()->returns().setReview({sent.toStdString(), 1}, "has_issues",
                                                   "Please add the dates of the strategy meetings.");
             ditl = home->startReturn("ditl-child", "DL-2026-007");
             home->startReturn("ditl-baby", "DL-2026-011");
             return !ditl.isEmpty();
         }},
        {"audit-form",
         [&] {
             form->open(home->startAudit("11111111-1111-4111-8111-111111111111", "EH-2026-014"));
             form->goToSection(1);
             form->setAnswer("concerns_recognised", QStringLiteral("partly"));
             form->setAnswer("concerns_recognised_evidence",
                             QStringLiteral("The school raised it with the safeguarding lead the same day."));
             form->setAnswer("referral_date", QStringLiteral("2026-03-02"));
             form->setAnswer("response_date", QStringLiteral("2026-03-09"));
             form->setAnswer("recognition_learning", QStringLiteral("Mother said the boy called Jamie was upset."));
             return form->isOpen() && form->currentSection() == 1;
         }},
        {"submit-refused", [&] { return !form->submit() && form->submitRefused(); }},
        {"ditl-timeline",
         [&] {
             form->dismissRefusal();
             form->open(ditl);
             form->fillSample();
             for (const char *time : {"06:45", "12:30", "21:15"}) {
                 const QString id = form->addTimelineEntry(QString::fromLatin1(time));
                 form->setAnswer("timeline/" + id + "/rating",
                                 QString::fromLatin1(time[0] == '2' ? "concern" : "not_known"));
             }
             form->goToSection(1);
             return form->timelineHere();
         }},
        {"ditl-24h",
         [&] {
             return call(findNamed(window->contentItem(), "dayViewDialog"), "open") ||
                    call(window->findChild<QObject *>("dayViewDialog"), "open");
         }},
        {"ditl-quotes",
         [&] {
             call(window->findChild<QObject *>("dayViewDialog"), "close");
             form->addQuote(QStringLiteral("I like it when Dad reads me the dinosaur book"), QStringLiteral("19:40"),
                            QStringLiteral("at bedtime"));
             form->goToSection(2);
             return form->quotesHere();
         }},
        {"outbox", [&] { return call(workspace(), "showOutbox"); }},
        {"settings", [&] { return call(workspace(), "showSettings"); }},
        {"unlock",
         [&] {
             session->lock();
             return session->state() == SessionController::Locked;
         }},
        // The partnership office's pages over an office store filled as a pull fills it.
        {"office-setup",
         [&] {
             session->unlock(passphrase);
             if (!waitFor([&] { return session->state() == SessionController::Unlocked; })) {
                 return false;
             }
             services.settings()->chooseRole(QStringLiteral("office"));
             if (!waitFor([&] { return officeWorkspace() != nullptr; })) {
                 return false;
             }
             services.office()->setup()->createKey();
             return showOffice("setup");
         }},
        {"office-audits",
         [&] {
             auditId = QString::fromStdString(maqa::test::fillOffice(*services.office()->session()->office()));
             services.office()->audits()->setCurrentAuditId(auditId);
             services.office()->audits()->addCase(QStringLiteral("EH-2027-001"), QStringLiteral("0-1"),
                                                  QStringLiteral("Early Help"));
             return showOffice("audits");
         }},
        {"office-returns", [&] { return showOffice("returns"); }},
        {"office-return-view",
         [&] {
             OfficeReturnsController *returns = services.office()->returns();
             const QModelIndex first = returns->returns()->index(0, 0);
             const QString uuid = first.data(returns->returns()->roleNames().key("uuid")).toString();
             if (!returns->openReturn(uuid, 1)) {
                 return false;
             }
             returns->setReview(QStringLiteral("has_issues"), QStringLiteral("Please add the dates of the strategy "
                                                                             "meetings."));
             const QModelIndex grade = returns->grades()->index(0, 0);
             const QStringList names = grade.data(returns->grades()->roleNames().key("choiceNames")).toStringList();
             return names.size() > 1 &&
                    returns->setPanelGrade(grade.data(returns->grades()->roleNames().key("question")).toString(),
                                           names.at(1));
         }},
        {"office-completeness", [&] { return showOffice("completeness"); }},
        {"office-findings", [&] { return showOffice("findings"); }},
        {"office-briefing", [&] { return services.office()->briefing()->draft() && showOffice("briefing"); }},
        {"office-actions",
         [&] {
             ActionPlanController *plan = services.office()->actions();
             plan->proposeFromBriefing();
             const QModelIndex first = plan->actions()->index(0, 0);
             const QString id = first.data(plan->actions()->roleNames().key("actionId")).toString();
             plan->setField(id, QStringLiteral("owner"), QStringLiteral("csc"));
             plan->setField(id, QStringLiteral("lead"), QStringLiteral("Head of Early Help"));
             plan->setField(id, QStringLiteral("dueDate"), QStringLiteral("2027-03-31"));
             plan->setRag(id, QStringLiteral("amber"), QStringLiteral("Minutes template agreed with police"));
             return showOffice("actions");
         }},
        {"office-exports", [&] { return showOffice("exports"); }},
        // Connected to a real server on loopback: an enrolment code shown as text and as its QR image.
        {"office-enrol-code",
         [&] {
             server = std::make_unique<maqa::test::OfficeServer>();
             OfficeSyncController *sync = services.office()->sync();
             sync->connectServer(server->url(), QString::fromStdString(server->token()));
             if (!waitFor([&] { return !sync->busy() && sync->isSetUp(); }, 60000)) {
                 return false;
             }
             OfficeAuditsController *audits = services.office()->audits();
             audits->issueEnrolCode(QStringLiteral("police"), 72);
             return waitFor([&] { return !audits->busy() && audits->enrolCodes()->rowCount() == 1; }, 60000) &&
                    showOffice("audits");
         }},
    };

    int failures = 0;
    for (const Scene &scene : scenes) {
        if (!scene.prepare()) {
            std::fprintf(stderr, "screens: could not reach %s\n", scene.name);
            ++failures;
            continue;
        }
        for (const QSize size : {QSize(1280, 800), QSize(800, 1280)}) {
            window->resize(size);
            QTest::qWait(200); // let layouts settle and animations finish
            QTest::qWait(300); // nested layouts (a grid whose column count follows the width) settle in a second pass
            const QImage image = window->grabWindow();
            const QString file = QStringLiteral("%1/%2-%3x%4.png")
                                     .arg(outDir, QString::fromLatin1(scene.name))
                                     .arg(size.width())
                                     .arg(size.height());
            if (image.isNull() || image.size() != size || !image.save(file)) {
                std::fprintf(stderr, "screens: could not render %s\n", qPrintable(file));
                ++failures;
            } else {
                std::printf("%s\n", qPrintable(file));
            }
        }
    }
    return failures == 0 ? 0 : 1;
}
