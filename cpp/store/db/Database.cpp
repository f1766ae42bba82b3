// SQLCipher connection: open with a raw key, verified PRAGMAs, error mapping, transactions (see Database.h).
// SQLCipher 3.4.1 ignores PRAGMAs it does not know, so every setting is read back and checked here.
#include "store/db/Database.h"

#include "core/util/Error.h"
#include "store/db/Statement.h"

#include <sqlite3.h>

#include <cerrno>
#include <string>
#include <utility>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::store {

namespace {
ErrorKind kindFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorKind::Corrupt;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
        return ErrorKind::Io;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Refused;
    default:
        return ErrorKind::Internal;
    }
}

std::string sentenceFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return "The local store is damaged or was not written with this key";
    case SQLITE_FULL:
        return "The disk is full, so nothing more could be saved";
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return "The data folder is read-only, so nothing could be saved";
    case SQLITE_CANTOPEN:
        return "The local store could not be opened";
    case SQLITE_IOERR:
        return "The disk reported an error while saving";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "The local store is busy in another program";
    default:
        return "The local store reported an error";
    }
}

// SQLite reports a write refused by the system as a generic I/O error (only ENOSPC becomes SQLITE_FULL), and a
// folder it cannot create its WAL in as "cannot open": the system's errno tells the practitioner what happened.
int withSystemCause(int rc, int systemErrno)
{
    switch (systemErrno) {
    case ENOSPC:
    case EFBIG:  // a file-size limit
    case EDQUOT: // a quota
        return SQLITE_FULL;
    case EROFS:
    case EACCES:
    case EPERM:
        return (rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN ? SQLITE_READONLY : rc;
    default:
        return rc;
    }
}
} // namespace

Database::Database(const std::filesystem::path &path, const core::SecureBytes &key, bool create)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int cause = withSystemCause(rc, sqlite3_system_errno(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(ErrorKind::Io, sentenceFor(cause) + " (" + path.string() + ").");
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Before the first read: another connection (the sync engine's worker, another process) may be writing.
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);

    // Raw-key form: x'<64 hex digits>', built and kept in locked memory only.
    std::string hex = core::toHex(key.span());
    core::SecureBytes rawKey(hex.size() + 3);
    rawKey.data()[0] = 'x';
    rawKey.data()[1] = '\'';
    std::copy(hex.begin(), hex.end(), rawKey.data() + 2);
    rawKey.data()[rawKey.size() - 1] = '\'';
    core::wipeString(hex); // the hex itself, not a copy: its heap buffer would outlive lock (tst_core_dump_after_lock)
    rc = sqlite3_key(m_db, rawKey.data(), static_cast<int>(rawKey.size()));
    rawKey.wipe();
    if (rc != SQLITE_OK) {
        close();
        throw Error(ErrorKind::Internal, "The local store could not be keyed.");
    }
    try {
        // The first read decrypts page 1: a wrong key or a damaged header fails here.
        scalarInt("SELECT count(*) FROM sqlite_master");
        applyPragmas(true);
    } catch (...) {
        close();
        throw;
    }
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cached(std::exchange(other.m_cached, {}))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cached = std::exchange(other.m_cached, {});
    }
    return *this;
}

Database::~Database()
{
    close();
}

Database Database::openPlainForComparison(const std::filesystem::path &path)
{
    Database db;
    const int rc = sqlite3_open_v2(path.c_str(), &db.m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        db.fail(rc, "open");
    }
    sqlite3_busy_timeout(db.m_db, kBusyTimeoutMs);
    db.applyPragmas(false);
    return db;
}

void Database::applyPragmas(bool encrypted)
{
    if (encrypted && scalarText("PRAGMA cipher_version").empty()) {
        throw Error(ErrorKind::Internal,
                    "This build is not linked with SQLCipher; refusing to store data unencrypted.");
    }
    const std::string journal = scalarText("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL; PRAGMA secure_delete=ON; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=ON;");
    // 8 MiB of decrypted pages instead of SQLite's 2: with SQLCipher's 1 KiB pages each page read costs a decrypt
    // and an HMAC, and the sealer's random-key inserts kept evicting the B-tree pages it needed next.
    exec("PRAGMA cache_size=" + std::to_string(-kCacheKiB));
    struct Check
    {
        const char *name;
        bool ok;
    };
    const Check checks[] = {
        {"journal_mode=WAL", journal == "wal"},
        {"synchronous=FULL", scalarInt("PRAGMA synchronous") == 2},
        {"secure_delete=ON", scalarInt("PRAGMA secure_delete") == 1},
        {"temp_store=MEMORY", scalarInt("PRAGMA temp_store") == 2},
        {"foreign_keys=ON", scalarInt("PRAGMA foreign_keys") == 1},
        {"cache_size", scalarInt("PRAGMA cache_size") == -kCacheKiB},
    };
    for (const Check &c : checks) {
        if (!c.ok) {
            throw Error(ErrorKind::Internal, std::string("The local store did not accept the setting ") + c.name +
                                                 "; refusing to continue.");
        }
    }
}

void Database::exec(std::string_view sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        fail(rc, sql);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

long long Database::scalarInt(std::string_view sql)
{
    Statement s(*this, sql);
    return s.step() ? s.integer(0) : 0;
}

std::string Database::scalarText(std::string_view sql)
{
    Statement s(*this, sql);
    return s.step() ? s.text(0) : std::string();
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

std::string Database::integrityProblems()
{
    std::string problems;
    Statement check(*this, "PRAGMA integrity_check");
    while (check.step()) {
        const std::string line = check.text(0);
        if (line != "ok") {
            problems += line + "\n";
        }
    }
    Statement fk(*this, "PRAGMA foreign_key_check");
    while (fk.step()) {
        problems += "foreign key broken in table " + fk.text(0) + "\n";
    }
    return problems;
}

sqlite3_stmt *Database::reuse(std::string_view sql)
{
    const auto found = m_cached.find(std::string(sql));
    if (found == m_cached.end() || found->second.empty()) {
        return nullptr;
    }
    sqlite3_stmt *stmt = found->second.back();
    found->second.pop_back();
    return stmt;
}

void Database::keep(sqlite3_stmt *stmt) noexcept
{
    // Reset at once: a SELECT left mid-way would otherwise hold its read snapshot of the WAL.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_db) {
        try {
            const char *text = sqlite3_sql(stmt);
            auto found = m_cached.find(text);
            if (found == m_cached.end() && m_cached.size() < kCachedTexts) {
                found = m_cached.emplace(text, std::vector<sqlite3_stmt *>()).first;
            }
            if (found != m_cached.end() && found->second.size() < kCachedPerText) {
                found->second.push_back(stmt);
                return;
            }
        } catch (...) { // out of memory: finalising instead loses nothing
        }
    }
    sqlite3_finalize(stmt);
}

void Database::finalizeCached() noexcept
{
    for (auto &[text, statements] : m_cached) {
        for (sqlite3_stmt *stmt : statements) {
            sqlite3_finalize(stmt);
        }
    }
    m_cached.clear();
}

void Database::close() noexcept
{
    finalizeCached(); // or sqlite3_close_v2 would keep the connection, and SQLCipher's key, as a zombie
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::fail(int rc, std::string_view what) const
{
    const std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    (void)what; // SQL text is not user-facing; the SQLite message names the problem well enough.
    // SQLCipher 3.4 reports a page whose HMAC does not verify as a bare SQLITE_ERROR with SQLite's generic text;
    // our statements are all prepared successfully first, so that combination on step means a damaged page.
    if ((rc & 0xff) == SQLITE_ERROR && detail == sqlite3_errstr(SQLITE_ERROR)) {
        throw Error(ErrorKind::Corrupt, sentenceFor(SQLITE_CORRUPT) + " (a page failed its integrity check).");
    }
    const int cause = m_db ? withSystemCause(rc, sqlite3_system_errno(m_db)) : rc;
    throw Error(kindFor(cause), sentenceFor(cause) + " (" + detail + ").");
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? "SAVEPOINT maqa_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(m_nested ? "ROLLBACK TO maqa_nested; RELEASE maqa_nested" : "ROLLBACK");
        } catch (...) {
            // The connection already rolled back (e.g. SQLITE_FULL aborts the transaction itself).
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE maqa_nested" : "COMMIT");
    m_done = true;
}

} // namespace maqa::store
