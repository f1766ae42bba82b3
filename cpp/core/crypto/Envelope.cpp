// Envelope cryptography on libsodium (see Envelope.h): Ed25519 detached signatures inside crypto_box_seal.
// The signed plaintext only ever lives in memory that is wiped before it is released.
#include "core/crypto/Envelope.h"

#include "core/util/Error.h"

#include <sodium.h>

#include <algorithm>

namespace maqa::core::envelope {

namespace {

void requireSize(std::span<const std::uint8_t> bytes, std::size_t size, const char *what)
{
    if (bytes.size() != size) {
        throw Error(ErrorKind::Invalid, std::string("The ") + what + " has the wrong length (" +
                                            std::to_string(bytes.size()) + " bytes instead of " + std::to_string(size) +
                                            ").");
    }
}

// Zeroes a buffer that held plaintext when it goes out of scope, however the scope is left.
class WipedOnExit
{
public:
    explicit WipedOnExit(Bytes &bytes)
        : m_bytes(bytes)
    {}
    ~WipedOnExit() { sodium_memzero(m_bytes.data(), m_bytes.size()); }
    WipedOnExit(const WipedOnExit &) = delete;
    WipedOnExit &operator=(const WipedOnExit &) = delete;

private:
    Bytes &m_bytes;
};

} // namespace

SigningKeyPair SigningKeyPair::generate()
{
    ensureSodium();
    SigningKeyPair pair;
    pair.publicKey.resize(kSignPublicKeySize);
    pair.secretKey = SecureBytes(kSignSecretKeySize);
    crypto_sign_keypair(pair.publicKey.data(), pair.secretKey.data());
    return pair;
}

SigningKeyPair SigningKeyPair::fromSecretKey(std::span<const std::uint8_t> secretKey)
{
    requireSize(secretKey, kSignSecretKeySize, "device signing secret key");
    ensureSodium();
    SigningKeyPair pair;
    pair.secretKey = SecureBytes::copyOf(secretKey);
    pair.publicKey.resize(kSignPublicKeySize);
    crypto_sign_ed25519_sk_to_pk(pair.publicKey.data(), pair.secretKey.data());
    return pair;
}

BoxKeyPair BoxKeyPair::generate()
{
    ensureSodium();
    BoxKeyPair pair;
    pair.publicKey.resize(kBoxPublicKeySize);
    pair.secretKey = SecureBytes(kBoxSecretKeySize);
    crypto_box_keypair(pair.publicKey.data(), pair.secretKey.data());
    return pair;
}

BoxKeyPair BoxKeyPair::fromSecretKey(std::span<const std::uint8_t> secretKey)
{
    requireSize(secretKey, kBoxSecretKeySize, "office secret key");
    ensureSodium();
    BoxKeyPair pair;
    pair.secretKey = SecureBytes::copyOf(secretKey);
    pair.publicKey.resize(kBoxPublicKeySize);
    if (crypto_scalarmult_base(pair.publicKey.data(), pair.secretKey.data()) != 0) {
        throw Error(ErrorKind::Invalid, "The office secret key is not a usable X25519 key.");
    }
    return pair;
}

std::string keyId(std::span<const std::uint8_t> publicKey)
{
    return sha256Hex(publicKey).substr(0, 16);
}

Bytes seal(std::span<const std::uint8_t> payload, const SecureBytes &deviceSigningSecretKey,
           std::span<const std::uint8_t> officePublicKey)
{
    requireSize(deviceSigningSecretKey.span(), kSignSecretKeySize, "device signing secret key");
    requireSize(officePublicKey, kBoxPublicKeySize, "office public key");
    ensureSodium();

    // signature ‖ payload is the plaintext: it holds answers, so it is wiped after sealing. Not locked memory: the
    // payload it copies is an ordinary buffer already, and a guarded mmap per return cost more than the sealing.
    Bytes plain(kSignatureSize + payload.size());
    const WipedOnExit wipePlain(plain);
    crypto_sign_detached(plain.data(), nullptr, payload.data(), payload.size(), deviceSigningSecretKey.data());
    std::copy(payload.begin(), payload.end(), plain.data() + kSignatureSize);

    Bytes sealed(sealedSize(payload.size()));
    if (crypto_box_seal(sealed.data(), plain.data(), plain.size(), officePublicKey.data()) != 0) {
        throw Error(ErrorKind::Invalid, "The return could not be sealed to the office's public key.");
    }
    return sealed;
}

Opened open(std::span<const std::uint8_t> sealed, const BoxKeyPair &office)
{
    requireSize(office.publicKey, kBoxPublicKeySize, "office public key");
    requireSize(office.secretKey.span(), kBoxSecretKeySize, "office secret key");
    ensureSodium();
    if (sealed.size() < sealedSize(0)) {
        throw Error(ErrorKind::Corrupt, "The sealed return is truncated: it is " + std::to_string(sealed.size()) +
                                            " bytes, shorter than any sealed return can be.");
    }
    Bytes plain(sealed.size() - kSealOverhead); // wiped on the way out; its payload is returned as plain bytes anyway
    const WipedOnExit wipePlain(plain);
    if (crypto_box_seal_open(plain.data(), sealed.data(), sealed.size(), office.publicKey.data(),
                             office.secretKey.data()) != 0) {
        throw Error(ErrorKind::Corrupt, "The sealed return cannot be opened: it was sealed to another office key, "
                                        "or it was altered or truncated on the way.");
    }
    Opened opened;
    opened.signature.assign(plain.data(), plain.data() + kSignatureSize);
    opened.payload.assign(plain.data() + kSignatureSize, plain.data() + plain.size());
    return opened;
}

bool verify(std::span<const std::uint8_t> payload, std::span<const std::uint8_t> signature,
            std::span<const std::uint8_t> devicePublicKey)
{
    ensureSodium();
    if (signature.size() != kSignatureSize || devicePublicKey.size() != kSignPublicKeySize) {
        return false;
    }
    return crypto_sign_verify_detached(signature.data(), payload.data(), payload.size(), devicePublicKey.data()) == 0;
}

} // namespace maqa::core::envelope
