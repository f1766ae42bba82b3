// A SQLCipher connection through the C API: keyed with a raw 32-byte key, hardened PRAGMAs verified after they are
// set, prepared statements and transactions. The only place in Maqa that calls sqlite3_* directly.
#pragma once

#include "core/crypto/Sodium.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace maqa::store {

class Statement;

/** One open, keyed SQLCipher database. Move-only; closing wipes SQLCipher's copy of the key. */
class Database
{
public:
    /**
     * Opens (creating if @p create) the database at @p path with the raw @p key, applies and verifies WAL,
     * synchronous=FULL, secure_delete, in-memory temp store, foreign keys and an 8 MiB page cache. Throws
     * Error(Corrupt) when the file is not a database this key opens, Error(Io) when it cannot be opened at all.
     */
    Database(const std::filesystem::path &path, const core::SecureBytes &key, bool create);
    /**
     * Opens @p path WITHOUT encryption, with the same PRAGMAs. Only for the benchmark's same-schema baseline
     * (tests/bench/store): the store itself always goes through the keyed constructor.
     */
    static Database openPlainForComparison(const std::filesystem::path &path);
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /** Runs one or more statements without results; throws on failure. */
    void exec(std::string_view sql);
    /** Prepares @p sql, reusing a statement an earlier Statement of the same text left behind (see Statement). */
    Statement prepare(std::string_view sql);
    /** The single integer a query like `PRAGMA user_version` returns. */
    long long scalarInt(std::string_view sql);
    /** The single text a query returns, or "" when it returns no row. */
    std::string scalarText(std::string_view sql);
    /** Rows changed by the last INSERT/UPDATE/DELETE. */
    int changes() const;
    /** Runs `PRAGMA integrity_check` and `foreign_key_check`; returns "" when sound, else what was found. */
    std::string integrityProblems();
    /** Closes the connection now (SQLCipher wipes its key copy); the object becomes unusable. */
    void close() noexcept;
    /** True until close(). */
    bool isOpen() const noexcept { return m_db != nullptr; }
    /** The raw handle, for Statement. */
    sqlite3 *handle() const noexcept { return m_db; }

    /** Throws a maqa::core::Error describing SQLite result @p rc (with @p what as context). */
    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    friend class Statement;
    static constexpr std::size_t kCachedPerText = 4; //!< reset statements kept for one SQL text
    static constexpr std::size_t kCachedTexts = 256; //!< distinct texts kept; beyond, statements are finalised
    static constexpr int kBusyTimeoutMs = 5000;      //!< how long a connection waits for another's write lock
    static constexpr int kCacheKiB = 8192;           //!< page cache per connection, in KiB of decrypted pages

    Database() = default;
    void applyPragmas(bool encrypted);
    /** A reset statement of exactly @p sql kept for reuse, or nullptr (the caller prepares one). */
    sqlite3_stmt *reuse(std::string_view sql);
    /** Takes back @p stmt (reset, bindings cleared) for reuse, or finalises it when the cache is full or closed. */
    void keep(sqlite3_stmt *stmt) noexcept;
    void finalizeCached() noexcept;

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, std::vector<sqlite3_stmt *>> m_cached; //!< by SQL text
};

/** RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() was called. Inside an open
 *  transaction it becomes a savepoint, so a repository call that guards itself can run within a caller's batch. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    /** Commits; after this the destructor does nothing. */
    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace maqa::store
