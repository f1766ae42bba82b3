// Envelope and payload (de)serialisation (see Envelope.h). The envelope's sealed length must agree with its
// plain_size, so a server can refuse a malformed envelope without being able to open it.
#include "protocol/Envelope.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"
#include "core/domain/Agencies.h"
#include "core/util/Error.h"

namespace maqa::protocol {

using core::Error;
using core::ErrorKind;

namespace {

void readFormat(FieldReader &reader, std::string_view expected)
{
    const std::string format = reader.text("format", 40);
    if (format != expected) {
        reader.fail("format", "must be \"" + std::string(expected) + "\"");
    }
}

// Base64 of the largest sealed payload: 4 output characters per 3 input bytes.
constexpr std::size_t kMaxSealedBase64 = (core::envelope::sealedSize(kMaxPayloadBytes) + 2) / 3 * 4;

} // namespace

EnvelopeMetadata readMetadata(FieldReader &reader)
{
    EnvelopeMetadata m;
    m.uuid = reader.text("uuid", 36, TextFormat::Uuid);
    m.revision = reader.integer("revision", 1, kMaxRevision);
    m.kind = reader.text("kind", 16);
    if (m.kind != "audit" && m.kind != "observation") {
        reader.fail("kind", "must be \"audit\" or \"observation\"");
    }
    m.auditId = reader.text("audit_id", 36, TextFormat::Uuid, m.kind == "observation");
    m.caseCode = reader.text("case_code", kMaxCaseCode, TextFormat::CaseCode);
    m.agency = reader.text("agency", 32, TextFormat::Slug);
    if (!core::isAgencySlug(m.agency)) {
        reader.fail("agency", "must be an agency slug");
    }
    m.templateId = reader.text("template_id", kMaxSlug, TextFormat::Slug);
    m.templateVersion = reader.integer("template_version", 1, kMaxTemplateVersion);
    m.deviceId = reader.text("device_id", 36, TextFormat::Uuid);
    m.keyId = reader.text("key_id", 16, TextFormat::KeyId);
    m.createdAt = reader.text("created_at", 24, TextFormat::Timestamp);
    m.submittedAt = reader.text("submitted_at", 24, TextFormat::Timestamp);
    return m;
}

void writeMetadata(const EnvelopeMetadata &m, nlohmann::json &json)
{
    json["uuid"] = m.uuid;
    json["revision"] = m.revision;
    json["audit_id"] = m.auditId;
    json["case_code"] = m.caseCode;
    json["agency"] = m.agency;
    json["template_id"] = m.templateId;
    json["template_version"] = m.templateVersion;
    json["kind"] = m.kind;
    json["device_id"] = m.deviceId;
    json["key_id"] = m.keyId;
    json["created_at"] = m.createdAt;
    json["submitted_at"] = m.submittedAt;
}

Envelope Envelope::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "envelope");
    readFormat(reader, kEnvelopeFormat);
    Envelope e;
    e.metadata = readMetadata(reader);
    e.plainSize = reader.integer("plain_size", 2, static_cast<std::int64_t>(kMaxPayloadBytes));
    e.sealed = reader.text("sealed", kMaxSealedBase64, TextFormat::Base64);
    reader.finish();
    const std::size_t sealedBytes = core::fromBase64(e.sealed).size();
    if (sealedBytes != core::envelope::sealedSize(static_cast<std::size_t>(e.plainSize))) {
        reader.fail("sealed", "holds " + std::to_string(sealedBytes) + " bytes, which does not match plain_size " +
                                  std::to_string(e.plainSize));
    }
    return e;
}

Envelope Envelope::parse(std::string_view text)
{
    if (text.size() > kMaxEnvelopeBytes) {
        throw Error(ErrorKind::Invalid, "The envelope is larger than " + std::to_string(kMaxEnvelopeBytes) + " bytes.");
    }
    return fromJson(parseObject(text, "envelope"));
}

nlohmann::json Envelope::toJson() const
{
    nlohmann::json json = nlohmann::json::object();
    json["format"] = kEnvelopeFormat;
    writeMetadata(metadata, json);
    json["plain_size"] = plainSize;
    json["sealed"] = sealed;
    return json;
}

std::string Envelope::serialize() const
{
    return toJson().dump();
}

ReturnPayload ReturnPayload::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "return payload");
    readFormat(reader, kPayloadFormat);
    ReturnPayload p;
    p.metadata = readMetadata(reader);
    p.answers = reader.object("answers");
    p.note = reader.text("note", kMaxCommentText, TextFormat::Any, true);
    p.appVersion = reader.text("app_version", 40, TextFormat::Line);
    reader.finish();
    return p;
}

ReturnPayload ReturnPayload::parse(std::string_view text)
{
    if (text.size() > kMaxPayloadBytes) {
        throw Error(ErrorKind::Invalid,
                    "The return payload is larger than " + std::to_string(kMaxPayloadBytes) + " bytes.");
    }
    return fromJson(parseObject(text, "return payload"));
}

nlohmann::json ReturnPayload::toJson() const
{
    nlohmann::json json = nlohmann::json::object();
    json["format"] = kPayloadFormat;
    writeMetadata(metadata, json);
    json["answers"] = answers;
    json["note"] = note;
    json["app_version"] = appVersion;
    return json;
}

std::string ReturnPayload::serialize() const
{
    return toJson().dump();
}

std::vector<std::string> envelopeMatchesPayload(const Envelope &envelope, const ReturnPayload &payload,
                                                std::size_t payloadBytes)
{
    const EnvelopeMetadata &e = envelope.metadata;
    const EnvelopeMetadata &p = payload.metadata;
    std::vector<std::string> mismatches;
    const auto check = [&](bool same, const char *field) {
        if (!same) {
            mismatches.emplace_back(field);
        }
    };
    check(e.uuid == p.uuid, "uuid");
    check(e.revision == p.revision, "revision");
    check(e.auditId == p.auditId, "audit_id");
    check(e.caseCode == p.caseCode, "case_code");
    check(e.agency == p.agency, "agency");
    check(e.templateId == p.templateId, "template_id");
    check(e.templateVersion == p.templateVersion, "template_version");
    check(e.kind == p.kind, "kind");
    check(e.deviceId == p.deviceId, "device_id");
    check(e.keyId == p.keyId, "key_id");
    check(e.createdAt == p.createdAt, "created_at");
    check(e.submittedAt == p.submittedAt, "submitted_at");
    check(static_cast<std::size_t>(envelope.plainSize) == payloadBytes, "plain_size");
    return mismatches;
}

} // namespace maqa::protocol
