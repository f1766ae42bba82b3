// An encrypted backup of the office's key pair, so a second office machine can open returns, or the office can
// recover after losing its machine. The file is JSON:
//
//   { "format": "maqa-office-key-backup/1",
//     "key_id": "<16 hex: first 16 of SHA-256 of the public key>",
//     "public_key": "<base64, 32 bytes X25519>",
//     "created_at": "<UTC time of the export>",
//     "kdf": { "algorithm": "argon2id13", "ops_limit": <n>, "mem_limit": <bytes>, "salt": "<base64, 16 bytes>" },
//     "cipher": { "algorithm": "xchacha20poly1305-ietf", "nonce": "<base64, 24 bytes>",
//                 "ciphertext": "<base64, 32-byte secret key + 16-byte tag>" } }
//
// The key that encrypts the secret key is Argon2id(passphrase, salt, ops_limit, mem_limit); the associated data binds
// format, key id, public key and the KDF parameters, so changing any of them makes the backup fail to open rather
// than open to something else. After opening, the secret key must derive the stated public key.
#pragma once

#include "core/crypto/Envelope.h"
#include "core/crypto/KeyWrap.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace maqa::store::office {

/** The backup's "format" field. */
inline constexpr std::string_view kKeyBackupFormat = "maqa-office-key-backup/1";

/**
 * The backup text of @p pair under @p passphrase. Throws Error(Refused) with a hint when the passphrase is too weak
 * (the store's passphrase rules), Error(Invalid) when @p params are below the minimum.
 */
std::string exportKeyBackup(const core::envelope::BoxKeyPair &pair, std::string_view passphrase,
                            const core::KdfParams &params, std::string_view createdAt);

/**
 * The key pair in backup @p text. Throws Error(Refused) when @p passphrase does not open it, Error(Corrupt) when
 * the text is not a backup or was altered, Error(Invalid) when its cost parameters are outside what Maqa accepts.
 */
core::envelope::BoxKeyPair importKeyBackup(std::string_view text, std::string_view passphrase);

/** Writes backup @p text to @p path atomically, readable by its owner only (0600). */
void writeKeyBackupFile(const std::filesystem::path &path, std::string_view text);
/** Reads a backup file; throws Error(NotFound) or Error(Io). */
std::string readKeyBackupFile(const std::filesystem::path &path);

} // namespace maqa::store::office
