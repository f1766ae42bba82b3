// Envelope cryptography: device signing keys (Ed25519), the office's box keys (X25519), key ids, and sealing a
// signed payload to the office with crypto_box_seal. Only the holder of the office's secret key can open a return.
#pragma once

#include "core/crypto/Sodium.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace maqa::core::envelope {

inline constexpr std::size_t kSignPublicKeySize = 32; //!< Ed25519 public key
inline constexpr std::size_t kSignSecretKeySize = 64; //!< Ed25519 secret key (seed ‖ public key)
inline constexpr std::size_t kSignatureSize = 64;     //!< Ed25519 detached signature
inline constexpr std::size_t kBoxPublicKeySize = 32;  //!< X25519 public key
inline constexpr std::size_t kBoxSecretKeySize = 32;  //!< X25519 secret key
inline constexpr std::size_t kSealOverhead = 48;      //!< crypto_box_SEALBYTES: ephemeral key + MAC

/** A device's Ed25519 key pair: it signs every return the device sends. */
struct SigningKeyPair
{
    Bytes publicKey;       //!< 32 bytes, registered with the server at enrolment
    SecureBytes secretKey; //!< 64 bytes, never leaves the device's encrypted store

    /** A fresh random key pair. */
    static SigningKeyPair generate();
    /** Rebuilds the pair from a stored 64-byte secret key; throws Error(Invalid) on a wrong size. */
    static SigningKeyPair fromSecretKey(std::span<const std::uint8_t> secretKey);
};

/** The office's X25519 key pair: devices seal returns to its public key. */
struct BoxKeyPair
{
    Bytes publicKey;       //!< 32 bytes, published through the server
    SecureBytes secretKey; //!< 32 bytes, held only in the office's encrypted store

    /** A fresh random key pair. */
    static BoxKeyPair generate();
    /** Rebuilds the pair from a stored 32-byte secret key; throws Error(Invalid) on a wrong size. */
    static BoxKeyPair fromSecretKey(std::span<const std::uint8_t> secretKey);
};

/** What `open` recovers from a sealed envelope: the device's signature and the payload it signed. */
struct Opened
{
    Bytes signature; //!< 64-byte Ed25519 signature of `payload`
    Bytes payload;   //!< the payload bytes exactly as the device sealed them
};

/** A short stable name for a public key: the first 16 hex characters of its SHA-256. */
std::string keyId(std::span<const std::uint8_t> publicKey);

/** The size of the sealed bytes for a payload of @p payloadSize bytes. */
constexpr std::size_t sealedSize(std::size_t payloadSize)
{
    return kSealOverhead + kSignatureSize + payloadSize;
}

/**
 * Signs @p payload with the device's secret key and seals signature ‖ payload to the office's public key.
 * Throws Error(Invalid) when a key has the wrong size.
 */
Bytes seal(std::span<const std::uint8_t> payload, const SecureBytes &deviceSigningSecretKey,
           std::span<const std::uint8_t> officePublicKey);

/**
 * Opens sealed bytes with the office's key pair. Throws Error(Corrupt) saying why when the bytes are too short,
 * were sealed to another key, or were altered. The signature is returned unchecked: call `verify` with the device's
 * public key.
 */
Opened open(std::span<const std::uint8_t> sealed, const BoxKeyPair &office);

/** True when @p signature is the device's Ed25519 signature of @p payload under @p devicePublicKey. */
bool verify(std::span<const std::uint8_t> payload, std::span<const std::uint8_t> signature,
            std::span<const std::uint8_t> devicePublicKey);

} // namespace maqa::core::envelope
