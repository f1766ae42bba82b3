// The production backend: PostgreSQL through Qt's QPSQL driver. Several maqa-server instances may share it;
// advisory locks keep migrations single and sequence numbers in commit order across them.
#pragma once

#include "server/store/SqlStore.h"
#include "server/store/StoreLocation.h"

namespace maqa::server {

/** Store in a PostgreSQL database named by a postgresql:// URL. */
class PostgresStore final : public SqlStore
{
public:
    /** A store on @p location's database (which must exist; the schema is created by migrate()). */
    explicit PostgresStore(StoreLocation location);
    std::string backendName() const override { return "postgresql"; }

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
