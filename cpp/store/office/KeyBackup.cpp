// The office key backup (format in KeyBackup.h): libsodium's Argon2id and XChaCha20-Poly1305 through KeyWrap, so
// this file only lays out the JSON and checks every field before anything is derived.
#include "store/office/KeyBackup.h"

#include "core/util/Error.h"
#include "store/fs/PrivateFiles.h"
#include "store/keys/PassphraseRules.h"

#include <nlohmann/json.hpp>

using maqa::core::Error;
using maqa::core::ErrorKind;
using nlohmann::json;

namespace maqa::store::office {

namespace {

constexpr std::size_t kMaxBackupBytes = 16 * 1024;
constexpr std::uint64_t kMaxOpsLimit = 20;                 // refuse a file that would take minutes to try
constexpr std::size_t kMaxMemLimit = std::size_t(1) << 30; // or a gigabyte of memory

std::string associatedData(std::string_view keyId, std::string_view publicKey, const core::KdfParams &params)
{
    return std::string(kKeyBackupFormat) + "|" + std::string(keyId) + "|" + std::string(publicKey) + "|argon2id13|" +
           std::to_string(params.opsLimit) + "|" + std::to_string(params.memLimit);
}

[[noreturn]] void notABackup(const std::string &why)
{
    throw Error(ErrorKind::Corrupt, "This file is not a usable office key backup (" + why + ").");
}

std::string field(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string()) {
        notABackup(std::string("\"") + key + "\" is missing");
    }
    return it->get<std::string>();
}

core::Bytes base64Field(const json &j, const char *key)
{
    try {
        return core::fromBase64(field(j, key));
    } catch (const Error &) {
        notABackup(std::string("\"") + key + "\" is not base64");
    }
}

} // namespace

std::string exportKeyBackup(const core::envelope::BoxKeyPair &pair, std::string_view passphrase,
                            const core::KdfParams &params, std::string_view createdAt)
{
    const PassphraseAssessment strength = assessPassphrase(passphrase);
    if (!strength.acceptable) {
        throw Error(ErrorKind::Refused, "That passphrase is too weak to protect the office key: " + strength.hint);
    }
    if (!params.meetsMinimum()) {
        throw Error(ErrorKind::Invalid, "The key derivation cost is below the minimum Maqa accepts.");
    }
    const std::string keyId = core::envelope::keyId(pair.publicKey);
    const std::string publicKey = core::toBase64(pair.publicKey);
    const core::WrappedKey wrapped =
        core::wrapKey(pair.secretKey, passphrase, params, associatedData(keyId, publicKey, params));
    const json backup = {
        {"format", kKeyBackupFormat},
        {"key_id", keyId},
        {"public_key", publicKey},
        {"created_at", createdAt},
        {"kdf",
         {{"algorithm", "argon2id13"},
          {"ops_limit", params.opsLimit},
          {"mem_limit", params.memLimit},
          {"salt", core::toBase64(wrapped.salt)}}},
        {"cipher",
         {{"algorithm", "xchacha20poly1305-ietf"},
          {"nonce", core::toBase64(wrapped.nonce)},
          {"ciphertext", core::toBase64(wrapped.ciphertext)}}},
    };
    return backup.dump(2) + "\n";
}

core::envelope::BoxKeyPair importKeyBackup(std::string_view text, std::string_view passphrase)
{
    if (text.size() > kMaxBackupBytes) {
        notABackup("it is far larger than a backup");
    }
    const json j = json::parse(text, nullptr, false);
    if (!j.is_object() || field(j, "format") != kKeyBackupFormat) {
        notABackup("it does not say it is a " + std::string(kKeyBackupFormat) + " file");
    }
    const auto kdf = j.find("kdf");
    const auto cipher = j.find("cipher");
    if (kdf == j.end() || !kdf->is_object() || cipher == j.end() || !cipher->is_object()) {
        notABackup("its key derivation or cipher section is missing");
    }
    if (field(*kdf, "algorithm") != "argon2id13" || field(*cipher, "algorithm") != "xchacha20poly1305-ietf") {
        notABackup("it uses an algorithm Maqa does not know");
    }
    const auto ops = kdf->find("ops_limit");
    const auto mem = kdf->find("mem_limit");
    if (ops == kdf->end() || !ops->is_number_unsigned() || mem == kdf->end() || !mem->is_number_unsigned()) {
        notABackup("its key derivation cost is missing");
    }
    const core::KdfParams params{ops->get<std::uint64_t>(), mem->get<std::size_t>()};
    if (!params.meetsMinimum() || params.opsLimit > kMaxOpsLimit || params.memLimit > kMaxMemLimit) {
        throw Error(ErrorKind::Invalid, "This key backup asks for a key derivation cost outside what Maqa accepts.");
    }
    const std::string keyId = field(j, "key_id");
    const std::string publicKeyText = field(j, "public_key");
    const core::Bytes publicKey = base64Field(j, "public_key");
    const core::WrappedKey wrapped{base64Field(*kdf, "salt"), base64Field(*cipher, "nonce"),
                                   base64Field(*cipher, "ciphertext")};
    if (wrapped.salt.size() != 16 || wrapped.nonce.size() != 24 ||
        wrapped.ciphertext.size() != core::envelope::kBoxSecretKeySize + 16) {
        notABackup("its salt, nonce or sealed key has the wrong length");
    }
    const core::SecureBytes secret =
        core::unwrapKey(wrapped, passphrase, params, associatedData(keyId, publicKeyText, params));
    if (secret.empty()) {
        throw Error(ErrorKind::Refused, "That passphrase does not open this key backup (or the file was altered).");
    }
    core::envelope::BoxKeyPair pair = core::envelope::BoxKeyPair::fromSecretKey(secret.span());
    if (pair.publicKey != publicKey || core::envelope::keyId(pair.publicKey) != keyId) {
        notABackup("its secret key does not match its public key");
    }
    return pair;
}

void writeKeyBackupFile(const std::filesystem::path &path, std::string_view text)
{
    writeFileAtomically(path, text);
}

std::string readKeyBackupFile(const std::filesystem::path &path)
{
    return readSmallFile(path, kMaxBackupBytes);
}

} // namespace maqa::store::office
