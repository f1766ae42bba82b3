// Qt Sql plumbing shared by both backends (see SqlStore.h): per-thread connections and statement caches,
// transactions, and migrations. The record-level queries live in SqlStoreOffice.cpp and SqlStoreReturns.cpp.
#include "server/store/SqlStore.h"

#include "core/util/Error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <chrono>
#include <iostream>
#include <map>

namespace maqa::server {

using core::Error;
using core::ErrorKind;

std::atomic<quint64> SqlStore::s_nextId{1};

namespace {

// QSqlDatabase connections belong to the thread that opened them, so each thread keeps its own, keyed by store.
struct ThreadConnections
{
    struct Entry
    {
        QSqlDatabase db;
        std::map<QString, QSqlQuery> statements;
    };
    std::map<quint64, Entry> byStore;

    void drop(quint64 storeId)
    {
        const auto it = byStore.find(storeId);
        if (it == byStore.end()) {
            return;
        }
        const QString name = it->second.db.connectionName();
        it->second.statements.clear(); // queries first: they hold the connection
        it->second.db.close();
        byStore.erase(it); // the last handle goes before removeDatabase, which otherwise warns "still in use"
        QSqlDatabase::removeDatabase(name);
    }

    ~ThreadConnections()
    {
        while (!byStore.empty()) {
            drop(byStore.begin()->first);
        }
    }
};

thread_local ThreadConnections t_connections;

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

std::string text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    }
    return value.toString().toStdString();
}

std::int64_t integer(const QVariant &value)
{
    return value.toLongLong();
}

QVariant textValue(const std::string &value)
{
    return QString::fromStdString(value);
}

QVariant blobValue(const std::string &bytes)
{
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

SqlStore::SqlStore(QString driver)
    : m_driver(std::move(driver))
    , m_id(s_nextId++)
{}

SqlStore::~SqlStore()
{
    // Other threads' connections go when those threads end; this one goes now, while Qt is still up.
    t_connections.drop(m_id);
}

QSqlDatabase SqlStore::connection()
{
    const auto it = t_connections.byStore.find(m_id);
    if (it != t_connections.byStore.end()) {
        return it->second.db;
    }
    const QString name =
        QStringLiteral("maqa-server-%1-%2").arg(m_id).arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_driver, name);
    configure(db);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(ErrorKind::Io, "Cannot open the server database " + describe() + ": " + reason.toStdString());
    }
    t_connections.byStore[m_id].db = db;
    try {
        prepareConnection(db);
    } catch (...) {
        db = QSqlDatabase();
        t_connections.drop(m_id);
        throw;
    }
    return db;
}

void SqlStore::forgetConnection()
{
    t_connections.drop(m_id);
}

void SqlStore::fail(const QString &sql, const QSqlError &error)
{
    const QString reason = error.text();
    // A lost connection (database restarted, network cut) must not poison this thread forever.
    if (error.type() == QSqlError::ConnectionError || reason.contains("connection", Qt::CaseInsensitive)) {
        forgetConnection();
    }
    const bool busy = reason.contains("locked", Qt::CaseInsensitive) || reason.contains("busy", Qt::CaseInsensitive);
    if (busy) {
        throw Error(ErrorKind::Io, "The server database is busy; try again shortly.");
    }
    // SQLite says "database or disk is full", "disk I/O error" (a write refused by the system: no space, a size
    // limit or a failing disk) or "attempt to write a readonly database"; PostgreSQL "No space left on device".
    const bool full = reason.contains("full", Qt::CaseInsensitive) || reason.contains("I/O error") ||
                      reason.contains("No space left");
    const bool readOnly =
        reason.contains("readonly", Qt::CaseInsensitive) || reason.contains("read-only", Qt::CaseInsensitive);
    if (full || readOnly) {
        throw Error(ErrorKind::Io, std::string(kStorageRefusedPrefix) +
                                       (full ? "its disk is full or failing" : "its data directory is read-only") +
                                       " (" + reason.toStdString() + ").");
    }
    throw Error(ErrorKind::Io, "The server database failed (" + reason.toStdString() +
                                   ") running: " + sql.left(80).simplified().toStdString());
}

std::vector<Row> SqlStore::select(const QString &sql, const QVariantList &args)
{
    QSqlDatabase db = connection();
    auto &statements = t_connections.byStore[m_id].statements;
    auto it = statements.find(sql);
    if (it == statements.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            fail(sql, query.lastError());
        }
        it = statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    for (int i = 0; i < args.size(); ++i) {
        query.bindValue(i, args[i]);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        fail(sql, error);
    }
    std::vector<Row> rows;
    const int columns = query.record().count();
    while (query.next()) {
        Row row;
        row.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            row.push_back(query.value(c));
        }
        rows.push_back(std::move(row));
    }
    query.finish(); // an open SQLite read would pin the WAL and block checkpoints
    return rows;
}

int SqlStore::execute(const QString &sql, const QVariantList &args)
{
    QSqlDatabase db = connection();
    auto &statements = t_connections.byStore[m_id].statements;
    auto it = statements.find(sql);
    if (it == statements.end()) {
        QSqlQuery query(db);
        if (!query.prepare(sql)) {
            fail(sql, query.lastError());
        }
        it = statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    for (int i = 0; i < args.size(); ++i) {
        query.bindValue(i, args[i]);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        fail(sql, error);
    }
    const int changed = query.numRowsAffected();
    query.finish();
    return changed;
}

void SqlStore::executeDirect(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        fail(sql, query.lastError());
    }
}

void SqlStore::insertAuditLog(const AuditLogEntry &entry)
{
    execute("INSERT INTO audit_log (logged_at, actor, action, subject, remote_address) VALUES (?, ?, ?, ?, ?)",
            {qint64(entry.at ? entry.at : nowSeconds()), textValue(entry.actor), textValue(entry.action),
             textValue(entry.subject), textValue(entry.remoteAddress)});
}

SqlStore::Transaction::Transaction(SqlStore &store)
    : m_store(store)
{
    m_store.executeDirect(m_store.beginStatement());
}

SqlStore::Transaction::~Transaction()
{
    if (!m_open) {
        return;
    }
    QSqlQuery query(m_store.connection());
    if (!query.exec("ROLLBACK")) {
        // A destructor cannot throw: say so, and drop the connection so no half-open transaction is reused.
        std::cerr << "maqa-server: rollback failed: " << query.lastError().text().toStdString() << '\n';
        query = QSqlQuery();
        m_store.forgetConnection();
    }
}

void SqlStore::Transaction::commit()
{
    m_store.executeDirect("COMMIT");
    m_open = false;
}

void SqlStore::migrate()
{
    holdMigrationLock(true);
    try {
        executeDirect("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, summary TEXT NOT "
                      "NULL, applied_at BIGINT NOT NULL)");
        const int known = migrations().empty() ? 0 : migrations().back().version;
        const int current = schemaVersion();
        if (current > known) {
            throw Error(ErrorKind::Refused, "The database at " + describe() +
                                                " was set up by a newer maqa-server "
                                                "(schema " +
                                                std::to_string(current) + "); this one knows up to schema " +
                                                std::to_string(known) + ".");
        }
        for (const Migration &migration : migrations()) {
            Transaction transaction(*this);
            if (!select("SELECT version FROM schema_migrations WHERE version = ?", {migration.version}).empty()) {
                continue; // another instance applied it while we waited
            }
            for (const std::string &statement : migration.statements) {
                executeDirect(QString::fromStdString(statement));
            }
            execute("INSERT INTO schema_migrations (version, summary, applied_at) VALUES (?, ?, ?)",
                    {migration.version, QString::fromStdString(migration.summary), qint64(nowSeconds())});
            transaction.commit();
        }
    } catch (...) {
        holdMigrationLock(false);
        throw;
    }
    holdMigrationLock(false);
}

int SqlStore::schemaVersion()
{
    const std::vector<Row> rows = select("SELECT MAX(version) FROM schema_migrations");
    return rows.empty() || rows[0][0].isNull() ? 0 : rows[0][0].toInt();
}

} // namespace maqa::server
