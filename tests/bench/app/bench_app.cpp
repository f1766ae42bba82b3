// Prints BENCH lines for the practitioner app, measured in the real QML app offscreen over a real SQLCipher store:
// opening a 500-question template at its first section, opening a Day-in-the-Life draft with 200 timeline entries
// (both from FormController::open to the first rendered frame of the page), and the autosave of one answer.
#include "TemplateGenerator.h"

#include "app/AppServices.h"
#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/TemplateCatalog.h"
#include "app/qml/QmlSingletons.h"
#include "core/crypto/Sodium.h"
#include "core/form/Form.h"
#include "store/Store.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/TemplateRepository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(MaqaPlugin)

namespace {
void putTemplate(maqa::store::Store &store, const nlohmann::json &json)
{
    maqa::store::TemplateRecord record;
    record.id = json["id"];
    record.version = json["version"];
    record.kind = json["kind"];
    record.title = json["title"];
    record.body = json.dump();
    record.sha256 = maqa::core::sha256Hex(std::string_view(record.body));
    store.templates().put(record);
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

/** Milliseconds from FormController::open(uuid) until the page it pushes has rendered a frame. */
double openToFirstFrame(QQuickWindow &window, FormController &form, const QString &uuid)
{
    form.close();
    // The popped page is deleted when control returns to the event loop, as it is before a practitioner's next tap.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    if (!form.open(uuid)) {
        std::fprintf(stderr, "bench_app: %s\n", qPrintable(form.errorMessage()));
        std::exit(1);
    }
    const QImage frame = window.grabWindow(); // polishes, syncs and renders the new page
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (frame.isNull()) {
        std::exit(1);
    }
    return ms;
}

void report(const char *measure, const std::vector<double> &samples)
{
    std::printf("BENCH %s_first %.1f ms target=<150\n", measure, samples.front());
    std::printf("BENCH %s_median %.1f ms target=<150\n", measure,
                percentile(std::vector<double>(samples.begin() + 1, samples.end()), 0.5));
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QTemporaryDir dir;
    AppServices services(dir.filePath(QStringLiteral("store")), maqa::core::KdfParams::minimum());
    QmlSingletons::useServices(services);
    maqa::store::StoreOptions options;
    options.kdf = maqa::core::KdfParams::minimum();
    services.session()->adoptStore(maqa::store::Store::create(dir.filePath(QStringLiteral("store")).toStdString(),
                                                              "bench passphrase 2026", options));
    maqa::store::Store &store = *services.session()->store();

    maqa::test::GeneratedTemplateOptions generated;
    generated.questions = 500;
    generated.id = "bench-500";
    const nlohmann::json big = maqa::test::generateTemplate(generated);
    putTemplate(store, big);
    const QString bigDraft = QString::fromStdString(services.home()->createDraft("bench-500", 1, "BN-0001", {}));

    auto day = nlohmann::json::parse(store.templates().find("ditl-child", 1)->body);
    day["id"] = "ditl-bench";
    for (auto &section : day["sections"]) {
        for (auto &q : section["questions"]) {
            if (q.value("appearance", "") == "timeline") {
                q["max_entries"] = 200;
            }
        }
    }
    putTemplate(store, day);
    const std::string dayDraft = services.home()->createDraft("ditl-bench", 1, "DL-0200", {});
    {
        maqa::core::Form filled(services.templates()->templateFor("ditl-bench", 1));
        const char *ratings[] = {"strength", "concern", "not_known"};
        for (int i = 0; i < 200; ++i) {
            const std::string id = filled.addEntry("timeline").id;
            const std::string at = "timeline/" + id + "/";
            char time[6];
            std::snprintf(time, sizeof time, "%02d:%02d", (i * 7) / 60 % 24, (i * 7) % 60);
            filled.set(at + "time", time);
            filled.set(at + "block", "play");
            filled.set(at + "what", "Plays with blocks on the floor while the adults talk.");
            filled.set(at + "experience", "I build a tower and show it to Mum.");
            filled.set(at + "source", "observed");
            filled.set(at + "rating", ratings[i % 3]);
        }
        std::vector<maqa::store::AnswerRow> rows;
        for (const auto &row : filled.toRows()) {
            rows.push_back({row.path, row.value.dump()});
        }
        store.returns().setAnswers(store.returns().latest(dayDraft)->key, rows);
    }

    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Maqa/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "bench_app: Main.qml did not load\n");
        return 1;
    }
    window->resize(1280, 800);
    window->grabWindow();

    FormController &form = *services.form();
    std::vector<double> bigOpen, dayOpen;
    for (int i = 0; i < 7; ++i) {
        bigOpen.push_back(openToFirstFrame(*window, form, bigDraft));
        dayOpen.push_back(openToFirstFrame(*window, form, QString::fromStdString(dayDraft)));
    }
    form.goToSection(1); // the timeline section with its 200 entries
    window->grabWindow();
    report("app_open_500_question_template", bigOpen);
    report("app_open_ditl_200_entries", dayOpen);

    form.open(bigDraft);
    std::string yesNo;
    for (const auto &q : form.form()->templ().questions) {
        if (q.type == maqa::core::QuestionType::YesNo && !q.inRepeat() && form.form()->isRelevant(q.name)) {
            yesNo = q.name;
            break;
        }
    }
    std::vector<double> saves;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        form.setAnswer(QString::fromStdString(yesNo), i % 2 ? QStringLiteral("yes") : QStringLiteral("no"));
        saves.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("BENCH app_autosave_one_answer_median %.2f ms\n", percentile(saves, 0.5));
    std::printf("BENCH app_autosave_one_answer_p99 %.2f ms\n", percentile(saves, 0.99));
    return 0;
}
