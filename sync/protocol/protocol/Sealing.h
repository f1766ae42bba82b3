// Sealing a return on the device and opening it at the office: the two ends of the envelope, kept together so they
// cannot drift apart. Seal once, store the envelope, resend it byte for byte (docs/architecture.md → Sync).
#pragma once

#include "protocol/Envelope.h"

#include "core/crypto/Envelope.h"

#include <span>

namespace maqa::protocol {

/**
 * Seals @p payload for the office: serialises it, signs it with the device's Ed25519 secret key, seals signature ‖
 * payload to @p officePublicKey, and returns the envelope carrying the payload's metadata. Throws Error(Invalid)
 * when the payload's key_id is not the office key's id or the payload is larger than kMaxPayloadBytes.
 */
Envelope sealReturn(const ReturnPayload &payload, const core::SecureBytes &deviceSigningSecretKey,
                    std::span<const std::uint8_t> officePublicKey);

/** A return the office has opened and checked. */
struct OpenedReturn
{
    ReturnPayload payload;   //!< the parsed payload
    std::string payloadText; //!< the exact bytes the device signed
};

/**
 * Opens @p envelope with the office's key pair, checks the device's signature with @p devicePublicKey, parses the
 * payload and checks that its metadata equals the envelope's. Throws Error(Corrupt) saying which check failed.
 */
OpenedReturn openReturn(const Envelope &envelope, const core::envelope::BoxKeyPair &office,
                        std::span<const std::uint8_t> devicePublicKey);

} // namespace maqa::protocol
