// Where the server's database lives: an SQLite file under a data directory (the default), or a PostgreSQL
// database named by a postgresql:// URL. Also opens the right backend for a location.
#pragma once

#include <memory>
#include <string>

namespace maqa::server {

class Store;

/** A database location; `describe()` never includes the password. */
struct StoreLocation
{
    enum class Backend { Sqlite, Postgres } backend = Backend::Sqlite;
    std::string dataDir;    //!< SQLite: the directory (created 0700)
    std::string sqlitePath; //!< SQLite: dataDir + "/maqa-server.db"
    std::string host;       //!< PostgreSQL
    int port = 5432;
    std::string database;
    std::string user;
    std::string password;
    std::string options; //!< libpq options as "key=value;key=value" (sslmode, sslrootcert, connect_timeout, ...)

    /** The SQLite database under @p dataDir. */
    static StoreLocation sqliteIn(const std::string &dataDir);
    /** Parses postgresql://user:pass@host:port/db?sslmode=...; throws Error(Invalid) explaining what is wrong. */
    static StoreLocation fromUrl(const std::string &url);
    /** $XDG_DATA_HOME/maqa-server, else ~/.local/share/maqa-server. */
    static std::string defaultDataDir();
    /** A description for messages: the SQLite path, or user@host:port/db. */
    std::string describe() const;
};

/** Opens (creating the data directory or database file if needed) and migrates the store at @p location. */
std::unique_ptr<Store> openStore(const StoreLocation &location);

} // namespace maqa::server
