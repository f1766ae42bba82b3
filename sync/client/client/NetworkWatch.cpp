// Network reachability (see NetworkWatch.h). "Disconnected" is the only verdict trusted to hold requests back:
// "local" or "site" may still reach an office server on the same network, so those are tried.
#include "client/NetworkWatch.h"

#include <QNetworkInformation>

namespace maqa::client {

NetworkWatch::NetworkWatch(QObject *parent)
    : QObject(parent)
{
    // Qt 6.4's default on Linux is only "networkmanager" (needs NetworkManager on D-Bus); "glib" (GNetworkMonitor)
    // answers elsewhere, e.g. in containers, and is found by asking for the feature. Neither: we simply try.
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend()) {
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    }
    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkWatch::changed);
    }
}

bool NetworkWatch::isOffline() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->reachability() == QNetworkInformation::Reachability::Disconnected;
}

QString NetworkWatch::backend() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info ? info->backendName() : QString();
}

} // namespace maqa::client
