// The office's messages (see Office.h). Requests and answers share a struct where they share fields; the request
// readers refuse the fields only the server may set, so a client cannot choose an audit id or a code.
#include "protocol/Office.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"
#include "core/domain/Agencies.h"

#include <set>

namespace maqa::protocol {

namespace {

std::string readPublicKey(FieldReader &reader)
{
    std::string key = reader.text("public_key", 64, TextFormat::Base64);
    if (core::fromBase64(key).size() != core::envelope::kBoxPublicKeySize) {
        reader.fail("public_key", "must be the base64 of a 32-byte X25519 public key");
    }
    return key;
}

std::string readAgency(FieldReader &reader, const std::string &key)
{
    std::string agency = reader.text(key, 32, TextFormat::Slug);
    if (!core::isAgencySlug(agency)) {
        reader.fail(key, "must be an agency slug");
    }
    return agency;
}

void readAuditBody(FieldReader &reader, Audit &a)
{
    a.title = reader.text("title", kMaxShortText);
    a.theme = reader.text("theme", kMaxShortText, TextFormat::Line, true);
    a.period = reader.text("period", kMaxShortText, TextFormat::Line, true);
    a.dueDate = reader.text("due_date", 10, TextFormat::Date, true);
    a.templateId = reader.text("template_id", kMaxSlug, TextFormat::Slug);
    a.templateVersion = reader.optionalInteger("template_version", 1, kMaxTemplateVersion);
    const nlohmann::json &cases = reader.array("cases", kMaxCasesPerAudit);
    if (cases.empty()) {
        reader.fail("cases", "must list at least one case");
    }
    std::set<std::string> codes;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        a.cases.push_back(CaseRef::read(cases[i], reader, reader.childPath("cases", i)));
        if (!codes.insert(a.cases.back().code).second) {
            reader.fail(reader.childPath("cases", i), "repeats case code " + a.cases.back().code);
        }
    }
    const nlohmann::json &agencies = reader.array("agencies", kMaxAgenciesPerAudit);
    if (agencies.empty()) {
        reader.fail("agencies", "must list at least one agency");
    }
    for (std::size_t i = 0; i < agencies.size(); ++i) {
        const nlohmann::json &item = agencies[i];
        if (!item.is_string() || !core::isAgencySlug(item.get_ref<const std::string &>())) {
            reader.fail(reader.childPath("agencies", i), "must be an agency slug");
        }
        a.agencies.push_back(item.get<std::string>());
    }
}

} // namespace

OfficeKey OfficeKey::requestFromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "office key");
    OfficeKey k;
    k.publicKey = readPublicKey(reader);
    reader.finish();
    return k;
}

OfficeKey OfficeKey::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "office key");
    OfficeKey k;
    k.publicKey = readPublicKey(reader);
    k.keyId = reader.text("key_id", 16, TextFormat::KeyId);
    k.createdAt = reader.text("created_at", 24, TextFormat::Timestamp);
    reader.finish();
    return k;
}

nlohmann::json OfficeKey::toJson() const
{
    return {{"public_key", publicKey}, {"key_id", keyId}, {"created_at", createdAt}};
}

Audit Audit::requestFromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "audit");
    Audit a;
    readAuditBody(reader, a);
    reader.finish();
    return a;
}

Audit Audit::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "audit");
    Audit a;
    a.auditId = reader.text("audit_id", 36, TextFormat::Uuid);
    readAuditBody(reader, a);
    if (!a.templateVersion) {
        reader.fail("template_version", "is missing");
    }
    a.createdAt = reader.text("created_at", 24, TextFormat::Timestamp);
    reader.finish();
    return a;
}

nlohmann::json Audit::toJson() const
{
    nlohmann::json caseList = nlohmann::json::array();
    for (const CaseRef &c : cases) {
        caseList.push_back(c.toJson());
    }
    nlohmann::json json = {{"audit_id", auditId}, {"title", title},       {"theme", theme},
                           {"period", period},    {"due_date", dueDate},  {"template_id", templateId},
                           {"cases", caseList},   {"agencies", agencies}, {"created_at", createdAt}};
    if (templateVersion) {
        json["template_version"] = *templateVersion;
    }
    return json;
}

EnrolCode EnrolCode::requestFromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "enrolment code request");
    EnrolCode c;
    c.agency = readAgency(reader, "agency");
    c.hours = reader.optionalInteger("hours", 1, 24 * 30).value_or(72);
    reader.finish();
    return c;
}

nlohmann::json EnrolCode::toJson() const
{
    return {{"code", code}, {"agency", agency}, {"expires_at", expiresAt}};
}

DeviceInfo DeviceInfo::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "device");
    DeviceInfo d;
    d.deviceId = reader.text("device_id", 36, TextFormat::Uuid);
    d.deviceName = reader.text("device_name", kMaxShortText);
    d.agency = readAgency(reader, "agency");
    d.signPublicKey = reader.text("sign_public_key", 64, TextFormat::Base64);
    d.enrolledAt = reader.text("enrolled_at", 24, TextFormat::Timestamp);
    d.revoked = reader.boolean("revoked");
    d.revokedAt = reader.text("revoked_at", 24, TextFormat::Timestamp, !d.revoked);
    reader.finish();
    return d;
}

nlohmann::json DeviceInfo::toJson() const
{
    return {{"device_id", deviceId},     {"device_name", deviceName},
            {"agency", agency},          {"sign_public_key", signPublicKey},
            {"enrolled_at", enrolledAt}, {"revoked", revoked},
            {"revoked_at", revokedAt}};
}

OfficeReturn OfficeReturn::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "office return");
    OfficeReturn r;
    r.sequence = reader.integer("sequence", 1, INT64_MAX);
    r.receivedAt = reader.text("received_at", 24, TextFormat::Timestamp);
    r.envelope = Envelope::fromJson(reader.object("envelope"));
    reader.finish();
    return r;
}

nlohmann::json OfficeReturn::toJson() const
{
    return {{"sequence", sequence}, {"received_at", receivedAt}, {"envelope", envelope.toJson()}};
}

OfficeReturnPage OfficeReturnPage::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "office return page");
    OfficeReturnPage p;
    for (const nlohmann::json &item : reader.array("returns", kMaxListItems)) {
        p.returns.push_back(OfficeReturn::fromJson(item));
    }
    p.nextAfter = reader.integer("next_after", 0, INT64_MAX);
    p.more = reader.boolean("more");
    reader.finish();
    return p;
}

nlohmann::json OfficeReturnPage::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const OfficeReturn &r : returns) {
        list.push_back(r.toJson());
    }
    return {{"returns", list}, {"next_after", nextAfter}, {"more", more}};
}

} // namespace maqa::protocol
