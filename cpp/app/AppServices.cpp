// Construction of the app's controllers (see AppServices.h).
// New controllers are added here once, so main() and the tests never wire them differently.
#include "app/AppServices.h"

#include "app/controllers/SessionController.h"

#include <QStandardPaths>

AppServices::AppServices(const QString &dataDirectory, const maqa::core::KdfParams &kdf, QObject *parent)
    : QObject(parent)
    , m_session(new SessionController(dataDirectory, kdf, this))
{}

QString AppServices::defaultDataDirectory()
{
    const QString fromEnv = qEnvironmentVariable("MAQA_DATA");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
