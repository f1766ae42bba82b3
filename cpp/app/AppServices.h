// Everything the app's QML and the headless CLI share, built once: the session and the controllers over it — the
// practitioner's, the device's sync and enrolment, and the partnership office's (OfficeServices).
// main() builds one for the window; tests, benchmarks and maqa-cli build one over their data directory.
#pragma once

#include "client/SyncOptions.h"
#include "client/office/OfficeSyncOptions.h"
#include "core/crypto/KeyWrap.h"

#include <QObject>
#include <QString>

class SessionController;
class TemplateCatalog;
class SyncController;
class EnrolmentController;
class SettingsController;
class HomeController;
class FormController;
class OfficeServices;

/** Owns the controllers of one running app (or test). */
class AppServices : public QObject
{
    Q_OBJECT
public:
    /** How the network parts behave (tests shorten delays and leave the system's network state aside). */
    struct Options
    {
        maqa::client::SyncOptions sync;         //!< the device's sync engine
        maqa::client::OfficeSyncOptions office; //!< the office's sync
    };

    /** Controllers over @p dataDirectory; new stores (and office key backups) use @p kdf. */
    AppServices(const QString &dataDirectory, const maqa::core::KdfParams &kdf, QObject *parent = nullptr);
    /** The same, with @p options for the network parts. */
    AppServices(const QString &dataDirectory, const maqa::core::KdfParams &kdf, const Options &options,
                QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    TemplateCatalog *templates() const { return m_templates; }
    SyncController *sync() const { return m_sync; }
    EnrolmentController *enrolment() const { return m_enrolment; }
    SettingsController *settings() const { return m_settings; }
    HomeController *home() const { return m_home; }
    FormController *form() const { return m_form; }
    OfficeServices *office() const { return m_office; }

    /** The default data directory: $MAQA_DATA, else the platform's app-data location. */
    static QString defaultDataDirectory();

private:
    SessionController *m_session = nullptr;
    TemplateCatalog *m_templates = nullptr; //!< first: it seeds the store before the lists read it
    SyncController *m_sync = nullptr;
    EnrolmentController *m_enrolment = nullptr;
    SettingsController *m_settings = nullptr;
    HomeController *m_home = nullptr;
    FormController *m_form = nullptr;
    OfficeServices *m_office = nullptr;
};
