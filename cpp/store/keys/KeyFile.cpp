// Reading and writing the key file (see KeyFile.h). Every field is checked on read: a damaged key file is
// reported as such and never "repaired", since guessing could lose the only copy of the wrapped key.
#include "store/keys/KeyFile.h"

#include "core/util/Error.h"
#include "store/fs/PrivateFiles.h"

#include <nlohmann/json.hpp>

using maqa::core::Error;
using maqa::core::ErrorKind;
using nlohmann::json;

namespace maqa::store {

namespace {
constexpr std::size_t kMaxKeyFileBytes = 64 * 1024;

[[noreturn]] void damaged(const std::filesystem::path &path, const std::string &why)
{
    throw Error(ErrorKind::Corrupt, "The key file " + path.string() + " is damaged (" + why +
                                        "); the store cannot be unlocked, and nothing in it was changed.");
}
} // namespace

std::string KeyFile::wrapContext() const
{
    return "maqa-key/" + std::to_string(formatVersion) + "|argon2id13|" + std::to_string(kdf.opsLimit) + "|" +
           std::to_string(kdf.memLimit);
}

KeyFile KeyFile::read(const std::filesystem::path &path)
{
    const std::string text = readSmallFile(path, kMaxKeyFileBytes);
    KeyFile k;
    try {
        const json j = json::parse(text);
        if (j.at("format").get<std::string>() != "maqa-key/1") {
            damaged(path, "unknown format");
        }
        const json &kdf = j.at("kdf");
        if (kdf.at("algorithm").get<std::string>() != "argon2id13") {
            damaged(path, "unknown key derivation");
        }
        k.kdf.opsLimit = kdf.at("ops_limit").get<std::uint64_t>();
        k.kdf.memLimit = kdf.at("mem_limit").get<std::size_t>();
        k.wrapped.salt = core::fromBase64(kdf.at("salt").get<std::string>());
        const json &wrap = j.at("wrap");
        if (wrap.at("algorithm").get<std::string>() != "xchacha20poly1305-ietf") {
            damaged(path, "unknown key wrapping");
        }
        k.wrapped.nonce = core::fromBase64(wrap.at("nonce").get<std::string>());
        k.wrapped.ciphertext = core::fromBase64(wrap.at("ciphertext").get<std::string>());
        const json &unlock = j.at("unlock");
        k.failures = unlock.at("failures").get<int>();
        k.lastAttemptAt = unlock.at("last_attempt_at").get<core::Millis>();
        k.failureLimit = unlock.at("failure_limit").get<int>();
    } catch (const json::exception &) {
        damaged(path, "a field is missing or has the wrong type");
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Corrupt) {
            throw;
        }
        damaged(path, "a field is not valid base64");
    }
    if (!k.kdf.meetsMinimum() || k.kdf.memLimit > (std::size_t(4) << 30) || k.kdf.opsLimit > 64) {
        damaged(path, "the key derivation parameters are out of range");
    }
    if (k.failures < 0 || k.failureLimit < 1 || k.failureLimit > 1000) {
        damaged(path, "the unlock counters are out of range");
    }
    return k;
}

void KeyFile::write(const std::filesystem::path &path) const
{
    const json j = {
        {"format", "maqa-key/" + std::to_string(formatVersion)},
        {"kdf",
         {{"algorithm", "argon2id13"},
          {"ops_limit", kdf.opsLimit},
          {"mem_limit", kdf.memLimit},
          {"salt", core::toBase64(wrapped.salt)}}},
        {"wrap",
         {{"algorithm", "xchacha20poly1305-ietf"},
          {"nonce", core::toBase64(wrapped.nonce)},
          {"ciphertext", core::toBase64(wrapped.ciphertext)}}},
        {"unlock", {{"failures", failures}, {"last_attempt_at", lastAttemptAt}, {"failure_limit", failureLimit}}},
    };
    writeFileAtomically(path, j.dump(2) + "\n");
}

} // namespace maqa::store
