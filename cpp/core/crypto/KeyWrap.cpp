// Argon2id key derivation and XChaCha20-Poly1305 key wrapping (see KeyWrap.h).
// Both are libsodium's; this file only sizes buffers and keeps every intermediate secret in locked memory.
#include "core/crypto/KeyWrap.h"

#include "core/util/Error.h"

#include <sodium.h>

namespace maqa::core {

namespace {
SecureBytes deriveKek(std::string_view passphrase, const Bytes &salt, const KdfParams &params)
{
    if (salt.size() != crypto_pwhash_SALTBYTES) {
        throw Error(ErrorKind::Corrupt, "The key file's salt has the wrong length.");
    }
    SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), passphrase.data(), passphrase.size(), salt.data(), params.opsLimit,
                      params.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw Error(ErrorKind::Internal, "Not enough memory to derive the key from the passphrase.");
    }
    return kek;
}
} // namespace

KdfParams KdfParams::standard()
{
    return {3, std::size_t(256) << 20};
}

KdfParams KdfParams::minimum()
{
    return {2, std::size_t(64) << 20};
}

bool KdfParams::meetsMinimum() const
{
    const KdfParams floor = minimum();
    return opsLimit >= floor.opsLimit && memLimit >= floor.memLimit;
}

WrappedKey wrapKey(const SecureBytes &dataKey, std::string_view passphrase, const KdfParams &params,
                   std::string_view context)
{
    ensureSodium();
    WrappedKey out;
    out.salt = randomBytes(crypto_pwhash_SALTBYTES);
    out.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const SecureBytes kek = deriveKek(passphrase, out.salt, params);
    out.ciphertext.resize(dataKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.ciphertext.data(), &written, dataKey.data(), dataKey.size(),
                                               reinterpret_cast<const unsigned char *>(context.data()), context.size(),
                                               nullptr, out.nonce.data(), kek.data());
    out.ciphertext.resize(written);
    return out;
}

SecureBytes unwrapKey(const WrappedKey &wrapped, std::string_view passphrase, const KdfParams &params,
                      std::string_view context)
{
    ensureSodium();
    if (wrapped.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        wrapped.ciphertext.size() < crypto_aead_xchacha20poly1305_ietf_ABYTES) {
        throw Error(ErrorKind::Corrupt, "The key file's wrapped key is malformed.");
    }
    const SecureBytes kek = deriveKek(passphrase, wrapped.salt, params);
    SecureBytes key(wrapped.ciphertext.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &written, nullptr, wrapped.ciphertext.data(),
                                                   wrapped.ciphertext.size(),
                                                   reinterpret_cast<const unsigned char *>(context.data()),
                                                   context.size(), wrapped.nonce.data(), kek.data()) != 0) {
        return {};
    }
    return key;
}

} // namespace maqa::core
