// Everything the app's QML and the headless CLI share, built once: the session and the controllers over it.
// main() builds one for the window; tests, benchmarks and maqa-cli build one over their data directory.
#pragma once

#include "core/crypto/KeyWrap.h"

#include <QObject>
#include <QString>

class SessionController;
class TemplateCatalog;
class SyncController;
class SettingsController;
class HomeController;
class FormController;

/** Owns the controllers of one running app (or test). */
class AppServices : public QObject
{
    Q_OBJECT
public:
    /** Controllers over @p dataDirectory; new stores use @p kdf. */
    AppServices(const QString &dataDirectory, const maqa::core::KdfParams &kdf, QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    TemplateCatalog *templates() const { return m_templates; }
    SyncController *sync() const { return m_sync; }
    SettingsController *settings() const { return m_settings; }
    HomeController *home() const { return m_home; }
    FormController *form() const { return m_form; }

    /** The default data directory: $MAQA_DATA, else the platform's app-data location. */
    static QString defaultDataDirectory();

private:
    SessionController *m_session = nullptr;
    TemplateCatalog *m_templates = nullptr; //!< first: it seeds the store before the lists read it
    SyncController *m_sync = nullptr;
    SettingsController *m_settings = nullptr;
    HomeController *m_home = nullptr;
    FormController *m_form = nullptr;
};
