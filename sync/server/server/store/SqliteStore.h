// The embedded backend: one SQLite file under the data directory, through Qt's QSQLITE driver (never SQLCipher:
// the server holds only sealed envelopes and hashes). WAL lets readers run beside the single writer.
#pragma once

#include "server/store/SqlStore.h"
#include "server/store/StoreLocation.h"

namespace maqa::server {

/** Store in an SQLite file: WAL, synchronous=FULL, a busy timeout, and BEGIN IMMEDIATE for every write. */
class SqliteStore final : public SqlStore
{
public:
    /** A store on @p location's SQLite file (created on first use). */
    explicit SqliteStore(StoreLocation location);
    std::string backendName() const override { return "sqlite"; }

protected:
    void configure(QSqlDatabase &db) const override;
    void prepareConnection(QSqlDatabase &db) override;
    const std::vector<Migration> &migrations() const override;
    void holdMigrationLock(bool hold) override;
    QString beginStatement() const override;
    void lockWriters() override;
    std::string describe() const override;

private:
    StoreLocation m_location;
};

} // namespace maqa::server
