// The Store implemented once on Qt Sql for both backends. Subclasses supply the driver settings, the migrations,
// the statement that begins a write transaction and the lock that keeps sequence numbers in commit order.
#pragma once

#include "server/store/Migrations.h"
#include "server/store/Store.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <vector>

namespace maqa::server {

/** One result row: the selected columns in order. */
using Row = std::vector<QVariant>;

/** Store on Qt Sql: one connection per thread (QSqlDatabase is per-thread), prepared statements cached per
 * connection, results read whole so no statement stays open between calls. */
class SqlStore : public Store
{
public:
    ~SqlStore() override;

    void migrate() override;
    int schemaVersion() override;

    bool hasOfficeToken() override;
    void addOfficeToken(const std::string &tokenHash, const std::string &label, const AuditLogEntry &log) override;
    std::optional<Principal> findPrincipal(const std::string &tokenHash) override;
    void addOfficeKey(const protocol::OfficeKey &key, const AuditLogEntry &log) override;
    std::optional<protocol::OfficeKey> currentOfficeKey() override;
    bool hasOfficeKey(const std::string &keyId) override;
    protocol::Policy policy() override;
    void setPolicy(const protocol::Policy &policy, const AuditLogEntry &log) override;
    void addEnrolCode(const std::string &codeId, const std::string &codeHash, const std::string &agency,
                      std::int64_t createdAt, std::int64_t expiresAt, const AuditLogEntry &log) override;
    EnrolResult enrolDevice(const std::string &codeHash, const NewDevice &device, const AuditLogEntry &log) override;
    std::vector<protocol::DeviceInfo> devices() override;
    bool revokeDevice(const std::string &deviceId, std::int64_t at, const AuditLogEntry &log) override;
    PutOutcome addTemplate(const TemplateRecord &record, std::int64_t addedAt, const AuditLogEntry &log) override;
    std::optional<std::string> templateBody(const std::string &id, std::int64_t version) override;
    std::vector<protocol::TemplateRef> templates() override;
    void addAudit(const protocol::Audit &audit, const AuditLogEntry &log) override;
    std::vector<protocol::Audit> audits(const std::optional<std::string> &agency) override;
    std::optional<protocol::Audit> audit(const std::string &auditId) override;

    PutOutcome putReturn(const IncomingReturn &incoming, const AuditLogEntry &log) override;
    std::vector<StoredReturn> returnsAfter(std::int64_t after, int limit, std::size_t maxBytes,
                                           bool withEnvelopes) override;
    std::optional<std::string> returnAgency(const std::string &uuid, std::int64_t revision) override;
    protocol::ReviewState setReview(const std::string &uuid, std::int64_t revision, const std::string &agency,
                                    const protocol::ReviewUpdate &update, std::int64_t at,
                                    const AuditLogEntry &log) override;
    std::vector<protocol::ReviewState> reviewsAfter(const std::string &agency, std::int64_t after, int limit) override;
    void replaceProgress(const std::string &deviceId, const std::vector<protocol::ProgressEntry> &entries,
                         std::int64_t at) override;
    std::vector<protocol::DeviceProgress> progress() override;
    void recordAuthFailure(const std::string &address, std::int64_t atMs) override;
    std::vector<std::int64_t> authFailuresSince(const std::string &address, std::int64_t sinceMs) override;
    void appendAuditLog(const AuditLogEntry &entry) override;
    std::vector<AuditLogEntry> auditLog(std::int64_t after, int limit) override;

protected:
    explicit SqlStore(QString driver);

    /** Sets the database name, host, options... on a fresh connection. */
    virtual void configure(QSqlDatabase &db) const = 0;
    /** Runs once per new connection after it opened (PRAGMAs, session settings). */
    virtual void prepareConnection(QSqlDatabase &db) = 0;
    /** The numbered migrations of this backend. */
    virtual const std::vector<Migration> &migrations() const = 0;
    /** Serialises migration runs across processes (PostgreSQL: advisory lock); @p hold false releases it. */
    virtual void holdMigrationLock(bool hold) = 0;
    /** The statement that begins a write transaction. */
    virtual QString beginStatement() const = 0;
    /** Inside a write transaction: makes concurrent writers wait, so sequence numbers commit in order. */
    virtual void lockWriters() = 0;
    /** Where the database is, for messages. */
    virtual std::string describe() const = 0;

    /** This thread's connection, opened on first use. */
    QSqlDatabase connection();
    /** Runs a cached prepared SELECT and reads every row. Throws Error(Io) on failure. */
    std::vector<Row> select(const QString &sql, const QVariantList &args = {});
    /** Runs a cached prepared statement; returns the number of rows it changed. Throws Error(Io) on failure. */
    int execute(const QString &sql, const QVariantList &args = {});
    /** Runs a statement without preparing it (DDL, transaction control). Throws Error(Io) on failure. */
    void executeDirect(const QString &sql);
    /** Inserts @p entry in the current transaction. */
    void insertAuditLog(const AuditLogEntry &entry);

    /** A write transaction: begun on construction, rolled back on destruction unless committed. */
    class Transaction
    {
    public:
        explicit Transaction(SqlStore &store);
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        ~Transaction();
        /** Commits; throws Error(Io) when the database refuses. */
        void commit();

    private:
        SqlStore &m_store;
        bool m_open = true;
    };

private:
    [[noreturn]] void fail(const QString &sql, const class QSqlError &error);
    void forgetConnection();

    QString m_driver;
    quint64 m_id;
    static std::atomic<quint64> s_nextId;
};

/** Text of a column value. */
std::string text(const QVariant &value);
/** Integer of a column value. */
std::int64_t integer(const QVariant &value);
/** A std::string as a bound text value. */
QVariant textValue(const std::string &value);
/** A std::string as a bound binary value. */
QVariant blobValue(const std::string &bytes);

} // namespace maqa::server
