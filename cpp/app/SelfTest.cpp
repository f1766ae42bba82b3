// The self-test behind `maqa --self-test` (see SelfTest.h).
// Any QML warning while loading counts as a failure: warnings are how broken bindings announce themselves.
#include "app/SelfTest.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>

#include <cstdio>

namespace {
int g_warnings = 0;
QtMessageHandler g_previous = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        ++g_warnings;
    }
    if (g_previous) {
        g_previous(type, context, message);
    }
}
} // namespace

int runSelfTest(QQmlApplicationEngine &engine)
{
    g_previous = qInstallMessageHandler(countWarnings);
    int failures = 0;
    engine.load(QUrl(QStringLiteral("qrc:/Maqa/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "self-test: Main.qml did not load\n");
        ++failures;
    } else if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first())) {
        window->grabWindow(); // renders one frame, so bindings that only fail when painted show up too
    }
    int files = 0;
    QDirIterator it(QStringLiteral(":/Maqa"), {QStringLiteral("*.qml")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        ++files;
        if (component.isError()) {
            std::fprintf(stderr, "self-test: %s: %s\n", qPrintable(path), qPrintable(component.errorString()));
            ++failures;
        }
    }
    QCoreApplication::processEvents();
    qInstallMessageHandler(g_previous);
    std::fprintf(stderr, "self-test: %d QML files compiled, %d failures, %d warnings\n", files, failures, g_warnings);
    return failures == 0 && g_warnings == 0 && files > 1 ? 0 : 1;
}
