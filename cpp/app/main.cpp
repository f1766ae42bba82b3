// maqa: the practitioner's and the office's app. Builds the controllers, exposes them to QML as singletons, watches
// input for the idle lock, and shows qrc:/Maqa/Main.qml in the Material style (or runs the self-test).
#include "app/AppServices.h"
#include "app/IdleActivityFilter.h"
#include "app/SelfTest.h"
#include "app/qml/QmlSingletons.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(MaqaPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("maqa"));
    QGuiApplication::setOrganizationName(QStringLiteral("Maqa"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Maqa"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Multi-agency case audits and Day-in-the-Life observations."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Data directory."),
                                        QStringLiteral("DIR"), AppServices::defaultDataDirectory());
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QStringLiteral("Load every QML file offscreen and exit."));
    parser.addOptions({dataOption, selfTestOption});
    parser.process(app);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppServices services(parser.value(dataOption), maqa::core::KdfParams::standard());
    QmlSingletons::useServices(services);
    IdleActivityFilter idleFilter(services.session());
    app.installEventFilter(&idleFilter);

    QQmlApplicationEngine engine;
    if (parser.isSet(selfTestOption)) {
        return runSelfTest(engine);
    }
    engine.load(QUrl(QStringLiteral("qrc:/Maqa/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    return QGuiApplication::exec();
}
