// Network reachability (see NetworkWatch.h). "Disconnected" is the only verdict trusted to hold requests back:
// "local" or "site" may still reach an office server on the same network, so those are tried.
#include "client/NetworkWatch.h"

#include <QNetworkInformation>

namespace maqa::client {

NetworkWatch::NetworkWatch(QObject *parent)
    : QObject(parent)
{
    if (!QNetworkInformation::instance()) {
        QNetworkInformation::loadDefaultBackend(); // false when no backend exists here: then we try
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
