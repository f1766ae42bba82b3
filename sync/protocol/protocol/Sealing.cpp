// Seal and open a return (see Sealing.h): the only place that joins the protocol's JSON to the envelope crypto.
// Opening checks in the order that gives the most useful message: key, signature, payload shape, metadata.
#include "protocol/Sealing.h"

#include "protocol/Limits.h"

#include "core/crypto/Sodium.h"
#include "core/util/Error.h"

namespace maqa::protocol {

using core::Error;
using core::ErrorKind;

Envelope sealReturn(const ReturnPayload &payload, const core::SecureBytes &deviceSigningSecretKey,
                    std::span<const std::uint8_t> officePublicKey)
{
    if (payload.metadata.keyId != core::envelope::keyId(officePublicKey)) {
        throw Error(ErrorKind::Invalid, "The return names office key " + payload.metadata.keyId +
                                            " but is being sealed to key " + core::envelope::keyId(officePublicKey) +
                                            ".");
    }
    std::string text = payload.serialize();
    if (text.size() > kMaxPayloadBytes) {
        throw Error(ErrorKind::Invalid, "The return is too large to send: its answers take " +
                                            std::to_string(text.size()) + " bytes, more than the limit of " +
                                            std::to_string(kMaxPayloadBytes) + ".");
    }
    Envelope envelope;
    envelope.metadata = payload.metadata;
    envelope.plainSize = static_cast<std::int64_t>(text.size());
    envelope.sealed =
        core::toBase64(core::envelope::seal(core::asBytes(text), deviceSigningSecretKey, officePublicKey));
    core::wipeString(text);
    return envelope;
}

OpenedReturn openReturn(const Envelope &envelope, const core::envelope::BoxKeyPair &office,
                        std::span<const std::uint8_t> devicePublicKey)
{
    const core::Bytes sealed = core::fromBase64(envelope.sealed);
    core::envelope::Opened opened = core::envelope::open(sealed, office);
    if (!core::envelope::verify(opened.payload, opened.signature, devicePublicKey)) {
        throw Error(ErrorKind::Corrupt, "Return " + envelope.metadata.uuid +
                                            " does not carry a valid signature of the device it claims to come "
                                            "from.");
    }
    OpenedReturn result;
    result.payloadText.assign(opened.payload.begin(), opened.payload.end());
    try {
        result.payload = ReturnPayload::parse(result.payloadText);
    } catch (const Error &e) {
        throw Error(ErrorKind::Corrupt, "Return " + envelope.metadata.uuid +
                                            " opened, but its content is not a "
                                            "valid return: " +
                                            e.what());
    }
    const std::vector<std::string> mismatches =
        envelopeMatchesPayload(envelope, result.payload, result.payloadText.size());
    if (!mismatches.empty()) {
        std::string fields;
        for (const std::string &field : mismatches) {
            fields += (fields.empty() ? "" : ", ") + field;
        }
        throw Error(ErrorKind::Corrupt, "Return " + envelope.metadata.uuid +
                                            " was altered after sealing: its envelope and its sealed content "
                                            "disagree on " +
                                            fields + ".");
    }
    return result;
}

} // namespace maqa::protocol
