// Numbered schema migrations (see Migrations.h), their SQL in db/migrations/. Each runs in one transaction with
// foreign keys off (so a migration may rebuild a table, as SQLite's ALTER TABLE recipe requires) and checked before
// it commits; user_version records the last one applied.
#include "store/db/Migrations.h"

#include "core/util/Error.h"
#include "store/db/Database.h"
#include "store/db/migrations/MigrationSql.h"

#include <string>
#include <vector>

namespace maqa::store {

namespace {
struct Migration
{
    int version;
    const char *sql;
};

const std::vector<Migration> &numberedMigrations()
{
    static const std::vector<Migration> all = {
        {1, migrations::kMigration1},
        {2, migrations::kMigration2},
        {3, migrations::kMigration3},
        {4, migrations::kMigration4},
    };
    return all;
}
} // namespace

int latestSchemaVersion()
{
    return numberedMigrations().back().version;
}

int migrate(Database &db)
{
    int current = static_cast<int>(db.scalarInt("PRAGMA user_version"));
    if (current > latestSchemaVersion()) {
        throw core::Error(core::ErrorKind::Refused, "This store was written by a newer version of Maqa; update Maqa "
                                                    "to open it. Nothing was changed.");
    }
    if (current == latestSchemaVersion()) {
        return current;
    }
    db.exec("PRAGMA foreign_keys=OFF"); // takes effect only outside a transaction, hence here
    for (const Migration &m : numberedMigrations()) {
        if (m.version <= current) {
            continue;
        }
        Transaction tx(db);
        db.exec(m.sql);
        const std::string broken = db.integrityProblems();
        if (!broken.empty()) {
            throw core::Error(core::ErrorKind::Internal,
                              "Upgrading the store to version " + std::to_string(m.version) + " failed: " + broken);
        }
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
        current = m.version;
    }
    db.exec("PRAGMA foreign_keys=ON");
    if (db.scalarInt("PRAGMA foreign_keys") != 1) {
        throw core::Error(core::ErrorKind::Internal, "Foreign keys could not be switched back on after an upgrade.");
    }
    return current;
}

} // namespace maqa::store
