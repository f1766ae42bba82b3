// Construction of the app's controllers (see AppServices.h).
// New controllers are added here once, so main(), the CLI and the tests never wire them differently. Order
// matters: storeOpened reaches controllers in construction order, and the catalog seeds templates first.
#include "app/AppServices.h"

#include "app/controllers/EnrolmentController.h"
#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/SettingsController.h"
#include "app/controllers/SyncController.h"
#include "app/controllers/TemplateCatalog.h"
#include "app/controllers/office/OfficeServices.h"

#include <QStandardPaths>

AppServices::AppServices(const QString &dataDirectory, const maqa::core::KdfParams &kdf, QObject *parent)
    : AppServices(dataDirectory, kdf, Options{}, parent)
{}

AppServices::AppServices(const QString &dataDirectory, const maqa::core::KdfParams &kdf, const Options &options,
                         QObject *parent)
    : QObject(parent)
    , m_session(new SessionController(dataDirectory, kdf, this))
    , m_templates(new TemplateCatalog(m_session, this))
    , m_sync(new SyncController(m_session, options.sync, this))
    , m_enrolment(new EnrolmentController(m_sync, this))
    , m_settings(new SettingsController(m_session, this))
    , m_home(new HomeController(m_session, m_templates, this))
    , m_form(new FormController(m_session, m_templates, this))
    , m_office(new OfficeServices(m_session, m_templates, kdf, options.office, this))
{}

QString AppServices::defaultDataDirectory()
{
    const QString fromEnv = qEnvironmentVariable("MAQA_DATA");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
