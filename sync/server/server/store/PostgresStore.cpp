// PostgreSQL specifics (see PostgresStore.h). Sequence-numbered rows (returns, review changes) are written under
// one transaction-scoped advisory lock: without it, two instances could commit ids 11 then 10, and a client paging
// with ?after=10 would never see 10.
#include "server/store/PostgresStore.h"

#include "core/util/Error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace maqa::server {

namespace {
constexpr qint64 kMigrationLock = 0x6d61716101; // "maqa" + 1: arbitrary, stable across versions
constexpr qint64 kWriterLock = 0x6d61716102;
} // namespace

PostgresStore::PostgresStore(StoreLocation location)
    : SqlStore(QStringLiteral("QPSQL"))
    , m_location(std::move(location))
{}

void PostgresStore::configure(QSqlDatabase &db) const
{
    db.setHostName(QString::fromStdString(m_location.host));
    db.setPort(m_location.port);
    db.setDatabaseName(QString::fromStdString(m_location.database));
    db.setUserName(QString::fromStdString(m_location.user));
    db.setPassword(QString::fromStdString(m_location.password));
    QString options = QString::fromStdString(m_location.options);
    if (!options.contains("connect_timeout")) {
        options += QString(options.isEmpty() ? "" : ";") + "connect_timeout=10";
    }
    db.setConnectOptions(options);
}

void PostgresStore::prepareConnection(QSqlDatabase &)
{
    executeDirect("SET client_min_messages TO warning");
}

const std::vector<Migration> &PostgresStore::migrations() const
{
    return postgresMigrations();
}

void PostgresStore::holdMigrationLock(bool hold)
{
    select(hold ? "SELECT pg_advisory_lock(?)" : "SELECT pg_advisory_unlock(?)", {kMigrationLock});
}

QString PostgresStore::beginStatement() const
{
    return QStringLiteral("BEGIN");
}

void PostgresStore::lockWriters()
{
    select("SELECT pg_advisory_xact_lock(?)", {kWriterLock});
}

std::string PostgresStore::describe() const
{
    return m_location.describe();
}

} // namespace maqa::server
