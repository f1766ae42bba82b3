// Parsing store locations and opening the matching backend (see StoreLocation.h).
// Only libpq options that change security or robustness are accepted from the URL; anything else is refused.
#include "server/store/StoreLocation.h"

#include "server/store/PostgresStore.h"
#include "server/store/SqliteStore.h"

#include "core/util/Error.h"

#include <QDir>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>

#include <cstdlib>
#include <set>
#include <unistd.h>

namespace maqa::server {

using core::Error;
using core::ErrorKind;

StoreLocation StoreLocation::sqliteIn(const std::string &dataDir)
{
    StoreLocation location;
    location.backend = Backend::Sqlite;
    location.dataDir = dataDir;
    location.sqlitePath = QDir(QString::fromStdString(dataDir)).filePath("maqa-server.db").toStdString();
    return location;
}

StoreLocation StoreLocation::fromUrl(const std::string &text)
{
    const QUrl url(QString::fromStdString(text), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "postgresql" && url.scheme() != "postgres")) {
        throw Error(ErrorKind::Invalid, "The database URL must look like postgresql://user:password@host:5432/dbname.");
    }
    StoreLocation location;
    location.backend = Backend::Postgres;
    location.host = url.host().toStdString();
    location.port = url.port(5432);
    location.database = url.path().mid(1).toStdString();
    location.user = url.userName(QUrl::FullyDecoded).toStdString();
    location.password = url.password(QUrl::FullyDecoded).toStdString();
    if (location.host.empty() || location.database.empty() || location.database.find('/') != std::string::npos) {
        throw Error(ErrorKind::Invalid, "The database URL must name a host and a database: "
                                        "postgresql://user:password@host:5432/dbname.");
    }
    static const std::set<QString> allowed = {
        "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name", "target_session_attrs"};
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowed.count(key) || value.contains(';') || value.contains(' ')) {
            throw Error(ErrorKind::Invalid, "The database URL option \"" + key.toStdString() +
                                                "\" is not supported (allowed: sslmode, sslrootcert, sslcert, "
                                                "sslkey, connect_timeout, application_name, "
                                                "target_session_attrs).");
        }
        options << key + "=" + value;
    }
    location.options = options.join(';').toStdString();
    return location;
}

std::string StoreLocation::defaultDataDir()
{
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return std::string(xdg) + "/maqa-server";
    }
    if (const char *home = std::getenv("HOME"); home && *home) {
        return std::string(home) + "/.local/share/maqa-server";
    }
    throw Error(ErrorKind::Invalid, "Neither XDG_DATA_HOME nor HOME is set: give the data directory with --data.");
}

std::string StoreLocation::describe() const
{
    if (backend == Backend::Sqlite) {
        return sqlitePath;
    }
    return (user.empty() ? "" : user + "@") + host + ":" + std::to_string(port) + "/" + database;
}

std::unique_ptr<Store> openStore(const StoreLocation &location)
{
    std::unique_ptr<Store> store;
    if (location.backend == StoreLocation::Backend::Sqlite) {
        const QString dir = QString::fromStdString(location.dataDir);
        if (!QDir().mkpath(dir)) {
            throw Error(ErrorKind::Io, "Cannot create the data directory " + location.dataDir + ".");
        }
        // The database holds token hashes and sealed returns: only the server's user may read it.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // SQLite would open a read-only file read-only without a word and fail later on its WAL with "unable to
        // open database file": say what is wrong before serving.
        const bool exists = QFile::exists(QString::fromStdString(location.sqlitePath));
        if (::access(location.dataDir.c_str(), W_OK) != 0 ||
            (exists && ::access(location.sqlitePath.c_str(), W_OK) != 0)) {
            throw Error(ErrorKind::Io, "The data directory " + location.dataDir +
                                           " is read-only for this user, so the server could not store anything.");
        }
        store = std::make_unique<SqliteStore>(location);
    } else {
        store = std::make_unique<PostgresStore>(location);
    }
    store->migrate();
    return store;
}

} // namespace maqa::server
