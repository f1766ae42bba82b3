// Wrapping of the store's 32-byte data key under a key derived from the user's passphrase (Argon2id, then
// XChaCha20-Poly1305), all through libsodium. The store's key file keeps the parameters, salt and wrapped key.
#pragma once

#include "core/crypto/Sodium.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace maqa::core {

/** Argon2id cost parameters, as stored in a key file. */
struct KdfParams
{
    std::uint64_t opsLimit = 0; //!< passes over memory (libsodium's opslimit)
    std::size_t memLimit = 0;   //!< bytes of memory (libsodium's memlimit)

    /** 256 MiB, 3 passes: about half a second on the reference machine (tests/bench/store prints it). */
    static KdfParams standard();
    /** 64 MiB, 2 passes: the least Maqa accepts (OWASP's Argon2id minimum is 19 MiB, 2 passes). */
    static KdfParams minimum();
    /** True when both parameters reach minimum(). */
    bool meetsMinimum() const;
};

/** A data key sealed under a passphrase-derived key. */
struct WrappedKey
{
    Bytes salt;       //!< Argon2id salt (crypto_pwhash_SALTBYTES)
    Bytes nonce;      //!< XChaCha20-Poly1305 nonce
    Bytes ciphertext; //!< the data key plus the 16-byte tag
};

/**
 * Derives a key-encryption key from @p passphrase with Argon2id and seals @p dataKey with it. @p context is bound as
 * associated data (the key file's format and parameters), so a tampered parameter fails to unwrap.
 */
WrappedKey wrapKey(const SecureBytes &dataKey, std::string_view passphrase, const KdfParams &params,
                   std::string_view context);

/**
 * Re-derives the key-encryption key and opens the wrapped key. Returns an empty SecureBytes when the passphrase (or
 * the context) is wrong; throws Error(Internal) only when the machine cannot provide the memory Argon2id asks for.
 */
SecureBytes unwrapKey(const WrappedKey &wrapped, std::string_view passphrase, const KdfParams &params,
                      std::string_view context);

} // namespace maqa::core
