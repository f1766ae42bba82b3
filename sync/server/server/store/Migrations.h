// The numbered schema migrations of both backends. Each runs in one transaction and is recorded in
// schema_migrations; a new change is a new number, never an edit of an applied one.
#pragma once

#include <string>
#include <vector>

namespace maqa::server {

/** One schema step. */
struct Migration
{
    int version = 0;
    std::string summary;
    std::vector<std::string> statements;
};

/** The migrations for SQLite. */
const std::vector<Migration> &sqliteMigrations();
/** The migrations for PostgreSQL. */
const std::vector<Migration> &postgresMigrations();

} // namespace maqa::server
