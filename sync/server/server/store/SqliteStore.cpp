// SQLite specifics (see SqliteStore.h). PRAGMAs are read back after being set: an unknown or refused PRAGMA is
// silently ignored by SQLite, and a server that thinks it has WAL when it does not would corrupt under load.
#include "server/store/SqliteStore.h"

#include "core/util/Error.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace maqa::server {

using core::Error;
using core::ErrorKind;

namespace {

QString pragma(QSqlDatabase &db, const QString &statement, const std::string &where)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        throw Error(ErrorKind::Io,
                    "Cannot configure the server database " + where + ": " + query.lastError().text().toStdString());
    }
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

SqliteStore::SqliteStore(StoreLocation location)
    : SqlStore(QStringLiteral("QSQLITE"))
    , m_location(std::move(location))
{}

void SqliteStore::configure(QSqlDatabase &db) const
{
    db.setDatabaseName(QString::fromStdString(m_location.sqlitePath));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
}

void SqliteStore::prepareConnection(QSqlDatabase &db)
{
    const std::string where = m_location.sqlitePath;
    if (pragma(db, "PRAGMA journal_mode=WAL", where).toLower() != "wal") {
        throw Error(ErrorKind::Io, "The server database " + where + " cannot use write-ahead logging.");
    }
    pragma(db, "PRAGMA synchronous=FULL", where);
    pragma(db, "PRAGMA foreign_keys=ON", where);
    pragma(db, "PRAGMA busy_timeout=10000", where);
    if (pragma(db, "PRAGMA synchronous", where) != "2" || pragma(db, "PRAGMA foreign_keys", where) != "1") {
        throw Error(ErrorKind::Io, "The server database " + where + " refused its durability settings.");
    }
    // The file and its WAL hold token hashes and sealed returns: owner only, whatever the umask was.
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString file = QString::fromStdString(m_location.sqlitePath) + suffix;
        if (QFile::exists(file)) {
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
}

const std::vector<Migration> &SqliteStore::migrations() const
{
    return sqliteMigrations();
}

void SqliteStore::holdMigrationLock(bool)
{
    // BEGIN IMMEDIATE already serialises migrations between processes sharing the file.
}

QString SqliteStore::beginStatement() const
{
    // Take the write lock up front: a deferred transaction that upgrades later can fail with SQLITE_BUSY
    // without waiting for the busy timeout.
    return QStringLiteral("BEGIN IMMEDIATE");
}

void SqliteStore::lockWriters()
{
    // One writer at a time is SQLite's nature; nothing more to lock.
}

std::string SqliteStore::describe() const
{
    return m_location.sqlitePath;
}

} // namespace maqa::server
