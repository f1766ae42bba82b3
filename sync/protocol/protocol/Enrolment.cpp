// Enrolment and configuration messages (see Enrolment.h). Enrolment codes use 32 symbols without 0/O and 1/I/L,
// so a code read aloud or typed from paper survives; normalisation is shared so client and server agree.
#include "protocol/Enrolment.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"
#include "core/domain/Agencies.h"

#include <cctype>

namespace maqa::protocol {

namespace {

constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

std::string base64Key(FieldReader &reader, const std::string &key, std::size_t size)
{
    std::string text = reader.text(key, 64, TextFormat::Base64);
    if (core::fromBase64(text).size() != size) {
        reader.fail(key, "must be the base64 of a " + std::to_string(size) + "-byte key");
    }
    return text;
}

std::string agencySlug(FieldReader &reader, const std::string &key)
{
    std::string agency = reader.text(key, 32, TextFormat::Slug);
    if (!core::isAgencySlug(agency)) {
        reader.fail(key, "must be an agency slug");
    }
    return agency;
}

Policy readPolicyFields(FieldReader &reader)
{
    Policy policy;
    policy.idleLockSeconds = reader.integer("idle_lock_seconds", 60, 86400);
    policy.unlockFailureLimit = reader.integer("unlock_failure_limit", 3, 100);
    policy.retentionDays = reader.integer("retention_days", 1, 3650);
    reader.finish();
    return policy;
}

Policy readPolicy(FieldReader &parent)
{
    FieldReader reader(parent.object("policy"), parent.what(), parent.childPath("policy"));
    return readPolicyFields(reader);
}

} // namespace

Policy Policy::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "policy");
    return readPolicyFields(reader);
}

nlohmann::json Policy::toJson() const
{
    return {{"idle_lock_seconds", idleLockSeconds},
            {"unlock_failure_limit", unlockFailureLimit},
            {"retention_days", retentionDays}};
}

EnrolmentRequest EnrolmentRequest::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "enrolment request");
    EnrolmentRequest r;
    r.code = reader.text("code", 40);
    r.deviceName = reader.text("device_name", kMaxShortText);
    r.signPublicKey = base64Key(reader, "sign_public_key", core::envelope::kSignPublicKeySize);
    reader.finish();
    return r;
}

nlohmann::json EnrolmentRequest::toJson() const
{
    return {{"code", code}, {"device_name", deviceName}, {"sign_public_key", signPublicKey}};
}

EnrolmentResponse EnrolmentResponse::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "enrolment response");
    EnrolmentResponse r;
    r.deviceId = reader.text("device_id", 36, TextFormat::Uuid);
    r.token = reader.text("token", 128);
    r.agency = agencySlug(reader, "agency");
    r.officePublicKey = base64Key(reader, "office_public_key", core::envelope::kBoxPublicKeySize);
    r.officeKeyId = reader.text("office_key_id", 16, TextFormat::KeyId);
    r.policy = readPolicy(reader);
    r.serverTime = reader.text("server_time", 24, TextFormat::Timestamp);
    reader.finish();
    return r;
}

nlohmann::json EnrolmentResponse::toJson() const
{
    return {{"device_id", deviceId},
            {"token", token},
            {"agency", agency},
            {"office_public_key", officePublicKey},
            {"office_key_id", officeKeyId},
            {"policy", policy.toJson()},
            {"server_time", serverTime}};
}

DeviceConfig DeviceConfig::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "device configuration");
    DeviceConfig c;
    c.deviceId = reader.text("device_id", 36, TextFormat::Uuid);
    c.agency = agencySlug(reader, "agency");
    c.officePublicKey = base64Key(reader, "office_public_key", core::envelope::kBoxPublicKeySize);
    c.officeKeyId = reader.text("office_key_id", 16, TextFormat::KeyId);
    c.policy = readPolicy(reader);
    c.maxBodyBytes = reader.integer("max_body_bytes", 1024, std::int64_t(1) << 40);
    c.serverTime = reader.text("server_time", 24, TextFormat::Timestamp);
    reader.finish();
    return c;
}

nlohmann::json DeviceConfig::toJson() const
{
    return {{"device_id", deviceId},        {"agency", agency},          {"office_public_key", officePublicKey},
            {"office_key_id", officeKeyId}, {"policy", policy.toJson()}, {"max_body_bytes", maxBodyBytes},
            {"server_time", serverTime}};
}

std::string normaliseEnrolmentCode(std::string_view typed)
{
    std::string symbols;
    for (char c : typed) {
        if (c == '-' || c == ' ') {
            continue;
        }
        const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (kCodeAlphabet.find(upper) == std::string_view::npos || symbols.size() == 16) {
            return {};
        }
        symbols += upper;
    }
    if (symbols.size() != 16) {
        return {};
    }
    return symbols.substr(0, 4) + '-' + symbols.substr(4, 4) + '-' + symbols.substr(8, 4) + '-' + symbols.substr(12, 4);
}

} // namespace maqa::protocol
