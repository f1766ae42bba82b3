// The encrypted local store of one data directory: unlocking it yields a Store; destroying (or lock()ing) it closes
// the database and wipes every copy of the data key. Repositories are the only way to read and write records.
#pragma once

#include "core/crypto/KeyWrap.h"
#include "core/util/Clock.h"
#include "store/StoreObserver.h"
#include "store/keys/Vault.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace maqa::store {

class Database;
class ReturnRepository;
class OutboxRepository;
class TemplateRepository;
class AssignmentRepository;
class SettingsRepository;
class LogRepository;
class WorkerConnection;

/** How a store is created and which clock it reads. */
struct StoreOptions
{
    core::KdfParams kdf = core::KdfParams::standard(); //!< Argon2id cost for a new (or rewrapped) key file
    core::Clock clock = core::systemClock();           //!< time source for records and unlock back-off
};

/** An unlocked store. Not copyable; one per data directory per process. */
class Store
{
public:
    /** Creates a new store in @p dataDir (0700) protected by @p passphrase. Throws Error(Refused) if one exists. */
    static std::unique_ptr<Store> create(const std::filesystem::path &dataDir, std::string_view passphrase,
                                         const StoreOptions &options = {});
    /** Unlocks an existing store; see Vault::unlock for the refusals. */
    static std::unique_ptr<Store> open(const std::filesystem::path &dataDir, std::string_view passphrase,
                                       const StoreOptions &options = {});
    /** True when @p dataDir holds a store (its key file). */
    static bool exists(const std::filesystem::path &dataDir);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /** Closes the database and wipes the data key. Every repository becomes unusable. */
    void lock() noexcept;
    /** False after lock(). */
    bool isOpen() const;

    ReturnRepository &returns();
    OutboxRepository &outbox();
    TemplateRepository &templates();
    AssignmentRepository &assignments();
    SettingsRepository &settings();
    LogRepository &log();
    /** The database, for repositories added by other parts (office tables) and for diagnostics. */
    Database &database();
    /** The notifier repositories report through; other parts' repositories use it too. */
    StoreNotifier &notifier();

    /** Registers an observer of committed changes (not owned). */
    void addObserver(StoreObserver *observer);
    void removeObserver(StoreObserver *observer);

    /** Integrity check of every page and foreign key; "" when sound. */
    std::string integrityProblems();
    /** The applied schema version. */
    int schemaVersion();
    /** The data directory. */
    const std::filesystem::path &dataDir() const;
    /** The key-file operations for this directory (failure limit, passphrase change). */
    Vault &vault();
    /** The store's clock. */
    core::Millis now() const;
    /**
     * A second connection to the database, for one worker thread (see WorkerConnection). Throws Error(Locked) after
     * lock(). It holds its own copy of the key until it is destroyed: its owner closes it before lock(), or as soon
     * as it sees isOpen() turn false.
     */
    std::unique_ptr<WorkerConnection> openWorkerConnection();
    /** The raw data key, for the sqlcipher shell interoperability test and the key-export of the office. */
    const core::SecureBytes &dataKeyForExport() const;

private:
    Store(const std::filesystem::path &dataDir, core::SecureBytes dataKey, const StoreOptions &options, bool create);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maqa::store
