// Creating, unlocking and rewrapping a store's data key (see Vault.h).
// The failure counter is written before each attempt, so neither a crash nor kill -9 gives a free guess.
#include "store/keys/Vault.h"

#include "core/util/Error.h"
#include "store/fs/PrivateFiles.h"
#include "store/keys/KeyFile.h"
#include "store/keys/PassphraseRules.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <string>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::store {

namespace {
constexpr std::size_t kDataKeyBytes = 32;

void requireStrong(std::string_view passphrase)
{
    const PassphraseAssessment a = assessPassphrase(passphrase);
    if (!a.acceptable) {
        throw Error(ErrorKind::Refused, "The passphrase is too weak: " + a.hint);
    }
}

void overwriteAndRemove(const std::filesystem::path &file)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec) {
        const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd >= 0) {
            const std::string zeros(static_cast<std::size_t>(size), '\0');
            (void)!::write(fd, zeros.data(), zeros.size());
            ::fsync(fd);
            ::close(fd);
        }
    }
    std::filesystem::remove(file, ec);
}
} // namespace

Vault::Vault(std::filesystem::path dataDir, core::Clock clock)
    : m_paths{std::move(dataDir)}
    , m_clock(std::move(clock))
{}

core::SecureBytes Vault::create(std::string_view passphrase, const core::KdfParams &kdf)
{
    requireStrong(passphrase);
    if (!kdf.meetsMinimum()) {
        throw Error(ErrorKind::Internal, "Key derivation parameters below the minimum were requested.");
    }
    if (std::filesystem::exists(m_paths.keyFile()) || std::filesystem::exists(m_paths.database())) {
        throw Error(ErrorKind::Refused, "A store already exists in " + m_paths.dir.string() + "; nothing was changed.");
    }
    ensurePrivateDirectory(m_paths.dir);
    core::SecureBytes dataKey = core::SecureBytes::random(kDataKeyBytes);
    KeyFile file;
    file.kdf = kdf;
    file.wrapped = core::wrapKey(dataKey, passphrase, kdf, file.wrapContext());
    file.write(m_paths.keyFile());
    return dataKey;
}

core::SecureBytes Vault::unlock(std::string_view passphrase)
{
    if (!std::filesystem::exists(m_paths.keyFile())) {
        throw Error(ErrorKind::NotFound, std::filesystem::exists(m_paths.database())
                                             ? "The key file is missing from " + m_paths.dir.string() +
                                                   ", so the store cannot be unlocked; nothing was changed."
                                             : "There is no store in " + m_paths.dir.string() + ".");
    }
    const DirectoryLock lock(m_paths.dir); // another process unlocking now must not see our pending attempt
    KeyFile file = KeyFile::read(m_paths.keyFile());
    const core::Millis now = m_clock();
    const core::Millis retryAt = file.failures ? file.lastAttemptAt + backoffSeconds(file.failures) * 1000LL : 0;
    if (now < retryAt) {
        const long long wait = (retryAt - now + 999) / 1000;
        throw Error(ErrorKind::Locked, "Too many wrong passphrases: try again in " + std::to_string(wait) +
                                           (wait == 1 ? " second." : " seconds."));
    }

    file.failures += 1;
    file.lastAttemptAt = now;
    file.write(m_paths.keyFile());

    core::SecureBytes key = core::unwrapKey(file.wrapped, passphrase, file.kdf, file.wrapContext());
    if (!key.empty()) {
        file.failures = 0;
        file.write(m_paths.keyFile());
        return key;
    }
    if (file.failures >= file.failureLimit) {
        destroy();
        throw Error(ErrorKind::Wiped, "Wrong passphrase " + std::to_string(file.failures) +
                                          " times: the store on this device has been erased, as the partnership's "
                                          "policy requires.");
    }
    const int left = file.failureLimit - file.failures;
    throw Error(ErrorKind::Refused, "Wrong passphrase. " + std::to_string(left) +
                                        (left == 1 ? " attempt" : " attempts") +
                                        " left before the store on this device is erased.");
}

void Vault::changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase, const core::KdfParams &kdf)
{
    requireStrong(newPassphrase);
    const core::SecureBytes dataKey = unlock(oldPassphrase);
    const DirectoryLock lock(m_paths.dir);
    KeyFile file = KeyFile::read(m_paths.keyFile());
    file.kdf = kdf;
    file.wrapped = core::wrapKey(dataKey, newPassphrase, kdf, file.wrapContext());
    file.write(m_paths.keyFile());
}

void Vault::setFailureLimit(int limit)
{
    if (limit < 1 || limit > 1000) {
        throw Error(ErrorKind::Invalid, "The unlock failure limit must be between 1 and 1000.");
    }
    const DirectoryLock lock(m_paths.dir);
    KeyFile file = KeyFile::read(m_paths.keyFile());
    if (file.failureLimit != limit) {
        file.failureLimit = limit;
        file.write(m_paths.keyFile());
    }
}

LockState Vault::state() const
{
    LockState s;
    s.keyFileExists = std::filesystem::exists(m_paths.keyFile());
    s.databaseExists = std::filesystem::exists(m_paths.database());
    if (s.keyFileExists) {
        const KeyFile file = KeyFile::read(m_paths.keyFile());
        s.failures = file.failures;
        s.failureLimit = file.failureLimit;
        s.kdf = file.kdf;
        s.retryAt = file.failures ? file.lastAttemptAt + backoffSeconds(file.failures) * 1000LL : 0;
    }
    return s;
}

void Vault::destroy()
{
    overwriteAndRemove(m_paths.keyFile());
    std::error_code ec;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(m_paths.database().string() + suffix, ec);
    }
    std::filesystem::remove(m_paths.keyFile().string() + ".tmp", ec);
}

int Vault::backoffSeconds(int failures)
{
    // Two free retries for typos, then 5 s doubling to a 5-minute ceiling.
    if (failures < 3) {
        return 0;
    }
    const int exponent = std::min(failures - 3, 6);
    return std::min(5 << exponent, 300);
}

} // namespace maqa::store
