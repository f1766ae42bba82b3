// Building and sealing a return's payload (see ReturnSealing.h). Times go out as UTC timestamps in whole seconds,
// the form the protocol's strict reader accepts.
#include "client/ReturnSealing.h"

#include "client/DeviceEnrolment.h"

#include "core/util/Error.h"
#include "protocol/Json.h"
#include "protocol/Sealing.h"

#include <nlohmann/json.hpp>

namespace maqa::client {

protocol::ReturnPayload buildPayload(const store::ReturnRecord &record, const std::string &frozenAnswersJson,
                                     const DeviceEnrolment &device, const std::string &appVersion)
{
    protocol::ReturnPayload payload;
    protocol::EnvelopeMetadata &m = payload.metadata;
    m.uuid = record.key.uuid;
    m.revision = record.key.revision;
    m.auditId = record.auditId.value_or(std::string());
    m.caseCode = record.caseCode;
    m.agency = record.agency && !record.agency->empty() ? *record.agency : device.agency;
    m.templateId = record.templateId;
    m.templateVersion = record.templateVersion;
    m.kind = record.kind;
    m.deviceId = device.deviceId;
    m.keyId = device.officeKeyId;
    m.createdAt = protocol::formatTimestamp(record.createdAt / 1000);
    m.submittedAt = protocol::formatTimestamp(record.submittedAt.value_or(record.updatedAt) / 1000);
    nlohmann::json answers = nlohmann::json::parse(frozenAnswersJson, nullptr, false);
    if (!answers.is_object()) {
        throw core::Error(core::ErrorKind::Corrupt, "The submitted answers of return " + record.key.uuid +
                                                        " are damaged on this device, so it cannot be sealed.");
    }
    payload.answers = std::move(answers);
    payload.appVersion = appVersion;
    return payload;
}

core::Bytes sealPayload(const protocol::ReturnPayload &payload, const DeviceEnrolment &device)
{
    const std::string text =
        protocol::sealReturn(payload, device.signingKeys.secretKey, device.officePublicKey).serialize();
    return core::Bytes(text.begin(), text.end());
}

} // namespace maqa::client
