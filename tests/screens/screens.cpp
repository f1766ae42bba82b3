// Renders Maqa's main pages to PNG at tablet landscape (1280x800) and portrait (800x1280), over a real temporary
// store, so a page that breaks or renders badly is visible (and fails the test when it cannot be shown at all).
#include "app/AppServices.h"
#include "app/controllers/SessionController.h"
#include "app/qml/QmlSingletons.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <functional>

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
    QmlSingletons::session = services.session();
    SessionController *session = services.session();

    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Maqa/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "screens: Main.qml did not load\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());

    const QString passphrase = QStringLiteral("screens passphrase 2026");
    const std::vector<Scene> scenes = {
        {"setup", [&] { return session->state() == SessionController::NoStore; }},
        {"workspace",
         [&] {
             session->createStore(passphrase, passphrase);
             return waitFor([&] { return session->state() == SessionController::Unlocked; });
         }},
        {"unlock",
         [&] {
             session->lock();
             return session->state() == SessionController::Locked;
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
            QTest::qWait(150); // let layouts settle and animations finish
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
