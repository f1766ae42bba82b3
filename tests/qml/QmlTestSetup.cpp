// The Qt Quick Test runner for Maqa's QML tests: every tst_*.qml file runs in its own process (one CTest each)
// against real controllers over a fresh temporary store, exposed exactly as main() exposes them.
#include "app/AppServices.h"
#include "app/qml/QmlSingletons.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(MaqaPlugin)

/** Builds the app's services before the test's QML engine loads anything. */
class QmlTestSetup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        Q_UNUSED(engine)
        m_services =
            std::make_unique<AppServices>(m_data.filePath(QStringLiteral("store")), maqa::core::KdfParams::minimum());
        QmlSingletons::session = m_services->session();
    }

    void cleanupTestCase() { m_services.reset(); }

private:
    QTemporaryDir m_data;
    std::unique_ptr<AppServices> m_services;
};

QUICK_TEST_MAIN_WITH_SETUP(maqa_qml, QmlTestSetup)
#include "QmlTestSetup.moc"
