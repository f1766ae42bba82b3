// The store's schema as numbered migrations, each applied in its own transaction and recorded in user_version.
// Add a migration by appending to the list in Migrations.cpp; never edit one that has shipped.
#pragma once

namespace maqa::store {

class Database;

/** Applies every migration newer than the database's user_version. Returns the resulting version. */
int migrate(Database &db);
/** The version a fully migrated database has. */
int latestSchemaVersion();

} // namespace maqa::store
