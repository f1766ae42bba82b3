// Opening, migrating and locking the encrypted store (see Store.h).
// The data key lives only in locked memory here and inside SQLCipher, and both are wiped on lock().
#include "store/Store.h"

#include "core/util/Error.h"
#include "store/WorkerConnection.h"
#include "store/db/Database.h"
#include "store/db/Migrations.h"
#include "store/fs/PrivateFiles.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/LogRepository.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"
#include "store/repos/TemplateRepository.h"

#include <algorithm>
#include <optional>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::store {

struct Store::Private
{
    Vault vault;
    core::Clock clock;
    core::SecureBytes dataKey;
    std::optional<Database> db;
    StoreNotifier notifier;
    std::unique_ptr<ReturnRepository> returns;
    std::unique_ptr<OutboxRepository> outbox;
    std::unique_ptr<TemplateRepository> templates;
    std::unique_ptr<AssignmentRepository> assignments;
    std::unique_ptr<SettingsRepository> settings;
    std::unique_ptr<LogRepository> log;

    Database &openDb()
    {
        if (!db || !db->isOpen()) {
            throw Error(ErrorKind::Locked, "The store is locked.");
        }
        return *db;
    }
};

void StoreNotifier::add(StoreObserver *observer)
{
    if (std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end()) {
        m_observers.push_back(observer);
    }
}

void StoreNotifier::remove(StoreObserver *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

Store::Store(const std::filesystem::path &dataDir, core::SecureBytes dataKey, const StoreOptions &options, bool create)
    : d(std::make_unique<Private>(Private{Vault(dataDir, options.clock), options.clock, std::move(dataKey)}))
{
    const std::filesystem::path dbPath = d->vault.paths().database();
    if (create) {
        ensurePrivateFile(dbPath);
    } else if (!std::filesystem::exists(dbPath)) {
        throw Error(ErrorKind::NotFound, "The database is missing from " + dataDir.string() +
                                             " although its key file is there; nothing was changed.");
    }
    d->db.emplace(dbPath, d->dataKey, create);
    migrate(*d->db);
    for (const char *suffix : {"-wal", "-shm"}) {
        const std::filesystem::path side = dbPath.string() + suffix;
        if (std::filesystem::exists(side)) {
            std::filesystem::permissions(side, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                         std::filesystem::perm_options::replace);
        }
    }
    Database &db = *d->db;
    d->returns = std::make_unique<ReturnRepository>(db, d->notifier, d->clock);
    d->outbox = std::make_unique<OutboxRepository>(db, d->notifier, d->clock);
    d->templates = std::make_unique<TemplateRepository>(db, d->notifier, d->clock);
    d->assignments = std::make_unique<AssignmentRepository>(db, d->notifier, d->clock);
    d->settings = std::make_unique<SettingsRepository>(db, d->notifier);
    d->log = std::make_unique<LogRepository>(db, d->clock);
}

std::unique_ptr<Store> Store::create(const std::filesystem::path &dataDir, std::string_view passphrase,
                                     const StoreOptions &options)
{
    Vault vault(dataDir, options.clock);
    core::SecureBytes key = vault.create(passphrase, options.kdf);
    try {
        return std::unique_ptr<Store>(new Store(dataDir, std::move(key), options, true));
    } catch (...) {
        vault.destroy(); // a half-made store holds nothing yet; leave the directory as it was
        throw;
    }
}

std::unique_ptr<Store> Store::open(const std::filesystem::path &dataDir, std::string_view passphrase,
                                   const StoreOptions &options)
{
    Vault vault(dataDir, options.clock);
    core::SecureBytes key = vault.unlock(passphrase);
    return std::unique_ptr<Store>(new Store(dataDir, std::move(key), options, false));
}

bool Store::exists(const std::filesystem::path &dataDir)
{
    return std::filesystem::exists(StorePaths{dataDir}.keyFile());
}

Store::~Store()
{
    lock();
}

void Store::lock() noexcept
{
    if (!d) {
        return;
    }
    d->returns.reset();
    d->outbox.reset();
    d->templates.reset();
    d->assignments.reset();
    d->settings.reset();
    d->log.reset();
    if (d->db) {
        d->db->close();
        d->db.reset();
    }
    d->dataKey.wipe();
}

bool Store::isOpen() const
{
    return d->db && d->db->isOpen();
}

#define MAQA_REPO(Type, member)                                                                                        \
    Type &Store::member()                                                                                              \
    {                                                                                                                  \
        d->openDb();                                                                                                   \
        return *d->member;                                                                                             \
    }
MAQA_REPO(ReturnRepository, returns)
MAQA_REPO(OutboxRepository, outbox)
MAQA_REPO(TemplateRepository, templates)
MAQA_REPO(AssignmentRepository, assignments)
MAQA_REPO(SettingsRepository, settings)
MAQA_REPO(LogRepository, log)
#undef MAQA_REPO

std::unique_ptr<WorkerConnection> Store::openWorkerConnection()
{
    d->openDb();
    return std::make_unique<WorkerConnection>(d->vault.paths().database(), d->dataKey, d->clock);
}

Database &Store::database()
{
    return d->openDb();
}

StoreNotifier &Store::notifier()
{
    return d->notifier;
}

void Store::addObserver(StoreObserver *observer)
{
    d->notifier.add(observer);
}

void Store::removeObserver(StoreObserver *observer)
{
    d->notifier.remove(observer);
}

std::string Store::integrityProblems()
{
    return d->openDb().integrityProblems();
}

int Store::schemaVersion()
{
    return static_cast<int>(d->openDb().scalarInt("PRAGMA user_version"));
}

const std::filesystem::path &Store::dataDir() const
{
    return d->vault.paths().dir;
}

Vault &Store::vault()
{
    return d->vault;
}

core::Millis Store::now() const
{
    return d->clock();
}

const core::SecureBytes &Store::dataKeyForExport() const
{
    return d->dataKey;
}

} // namespace maqa::store
