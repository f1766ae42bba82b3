// The SQL of each numbered migration, one file per migration (Migration00N.cpp); db/Migrations.cpp lists them.
// Add a migration with a new file and a line there; never edit one that has shipped.
#pragma once

namespace maqa::store::migrations {

extern const char *const kMigration1; //!< device tables
extern const char *const kMigration2; //!< office tables
extern const char *const kMigration3; //!< large values moved beside their rows; review time for retention
extern const char *const kMigration4; //!< the outbox indexed in sending order

} // namespace maqa::store::migrations
