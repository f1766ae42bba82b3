// The lock on a data directory: creates the data key and its key file, unlocks it with a passphrase (counting
// failures, backing off, destroying the store at the policy's limit), rewraps it for a new passphrase.
#pragma once

#include "core/crypto/KeyWrap.h"
#include "core/util/Clock.h"

#include <filesystem>
#include <string_view>

namespace maqa::store {

/** Where a store's files live inside its data directory. */
struct StorePaths
{
    std::filesystem::path dir; //!< the data directory (0700)

    std::filesystem::path database() const { return dir / "maqa.db"; }
    std::filesystem::path keyFile() const { return dir / "maqa.key"; }
};

/** What can be known about a store without its passphrase. */
struct LockState
{
    bool keyFileExists = false;  //!< maqa.key is present
    bool databaseExists = false; //!< maqa.db is present
    int failures = 0;            //!< failed unlocks since the last success
    int failureLimit = 0;        //!< failures that destroy the store
    core::Millis retryAt = 0;    //!< no attempt is accepted before this time (0: now)
    core::KdfParams kdf;         //!< the key file's Argon2id parameters
};

/** Key-file operations on one data directory. Stateless: every call reads the key file afresh. */
class Vault
{
public:
    explicit Vault(std::filesystem::path dataDir, core::Clock clock = core::systemClock());

    /** Creates a fresh data key and its key file. Throws Error(Refused) on a weak passphrase or an existing store. */
    core::SecureBytes create(std::string_view passphrase, const core::KdfParams &kdf);
    /**
     * Unwraps the data key. The attempt is counted in the key file before the key is derived (so killing the
     * process mid-attempt still counts) and the count is cleared on success. Throws Error(Locked) while backing
     * off, Error(Refused) on a wrong passphrase, Error(Wiped) when that failure reached the limit and the store was
     * destroyed, Error(NotFound) / Error(Corrupt) for a missing or damaged key file.
     */
    core::SecureBytes unlock(std::string_view passphrase);
    /** Rewraps the data key under @p newPassphrase (new salt); the database is not touched. */
    void changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase, const core::KdfParams &kdf);
    /** Sets the failure limit (from the office's policy). */
    void setFailureLimit(int limit);
    /** The lock state, readable without a passphrase. */
    LockState state() const;
    /** Destroys the store: the key file is overwritten and removed, then the database and its WAL files. */
    void destroy();
    /** Seconds to wait before the next attempt after @p failures consecutive failures. */
    static int backoffSeconds(int failures);

    const StorePaths &paths() const { return m_paths; }

private:
    StorePaths m_paths;
    core::Clock m_clock;
};

} // namespace maqa::store
