// The protocol ↔ office bridge (see OfficeOpening.h): field-by-field copies, and the strict payload parser wrapped
// as the opener's PayloadReader.
#include "protocol/OfficeOpening.h"

namespace maqa::protocol {

core::office::ReturnMeta toOfficeMeta(const protocol::EnvelopeMetadata &m)
{
    core::office::ReturnMeta o;
    o.ref = {m.uuid, static_cast<int>(m.revision)};
    o.auditId = m.auditId;
    o.caseCode = m.caseCode;
    o.agency = m.agency;
    o.templateId = m.templateId;
    o.templateVersion = static_cast<int>(m.templateVersion);
    o.kind = m.kind;
    o.deviceId = m.deviceId;
    o.keyId = m.keyId;
    o.createdAt = m.createdAt;
    o.submittedAt = m.submittedAt;
    return o;
}

core::office::SealedReturn toSealedReturn(const protocol::Envelope &envelope)
{
    return {toOfficeMeta(envelope.metadata), envelope.plainSize, envelope.sealed, envelope.serialize()};
}

core::office::DeviceKey toDeviceKey(const protocol::DeviceInfo &device)
{
    return {device.agency, core::fromBase64(device.signPublicKey), device.revoked};
}

core::office::PayloadReader protocolPayloadReader()
{
    return [](std::string_view text) {
        protocol::ReturnPayload payload = protocol::ReturnPayload::parse(text);
        return core::office::PayloadContent{toOfficeMeta(payload.metadata), std::move(payload.answers),
                                            std::move(payload.note)};
    };
}

} // namespace maqa::protocol
