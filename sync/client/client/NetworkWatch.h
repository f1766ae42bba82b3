// Whether the device is online, from QNetworkInformation where a backend answers (Qt 6.4 on Linux: "networkmanager",
// "glib"); without one the engine simply tries, and a failed connection is its answer.
#pragma once

#include <QObject>
#include <QString>

namespace maqa::client {

/** Reports "offline" only when a network backend says so; unknown counts as "try". */
class NetworkWatch : public QObject
{
    Q_OBJECT
public:
    /** Loads Qt's default network-information backend once per process, if there is one. */
    explicit NetworkWatch(QObject *parent = nullptr);

    /** True when a backend reports no network at all. */
    bool isOffline() const;
    /** The backend in use ("networkmanager", "glib"), or "" when none answers. */
    QString backend() const;

signals:
    /** The reachability changed. */
    void changed();
};

} // namespace maqa::client
