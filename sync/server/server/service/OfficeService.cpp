// The office side of the API (see OfficeService.h). Each change names its subject by id in the audit log; codes
// and tokens are shown once to the caller and only their hashes are kept.
#include "server/service/OfficeService.h"

#include "server/service/ApiError.h"
#include "server/service/Params.h"
#include "server/service/Secrets.h"
#include "server/service/TemplateCheck.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"
#include "core/domain/Agencies.h"
#include "core/util/Uuid.h"

namespace maqa::server {

namespace {
constexpr std::size_t kPageBytes = 16 * 1024 * 1024; // envelope bytes per office page
}

OfficeService::OfficeService(Store &store)
    : m_store(store)
{}

std::string OfficeService::initialise(const Actor &actor)
{
    if (m_store.hasOfficeToken()) {
        throw ApiError(409, "already_initialised",
                       "This server is already initialised; its office token was shown "
                       "when it was set up.");
    }
    std::string token = newOfficeToken();
    m_store.addOfficeToken(tokenHash(token), "office",
                           {0, nowSeconds(), actor.name, "initialised", "office", actor.address});
    return token;
}

protocol::OfficeKey OfficeService::registerKey(const protocol::OfficeKey &request, const Actor &actor)
{
    protocol::OfficeKey key = request;
    key.keyId = core::envelope::keyId(core::fromBase64(request.publicKey));
    key.createdAt = protocol::nowTimestamp();
    m_store.addOfficeKey(key,
                         {0, nowSeconds(), actor.name, "office_key_registered", "key:" + key.keyId, actor.address});
    return key;
}

protocol::OfficeReturnPage OfficeService::returns(std::int64_t after, int limit, const Actor &actor)
{
    protocol::OfficeReturnPage page;
    std::vector<StoredReturn> rows = m_store.returnsAfter(after, limit + 1, kPageBytes, true);
    const bool cutBySize = static_cast<int>(rows.size()) <= limit && !rows.empty() &&
                           !m_store.returnsAfter(rows.back().sequence, 1, 0, false).empty();
    page.more = static_cast<int>(rows.size()) > limit || cutBySize;
    if (static_cast<int>(rows.size()) > limit) {
        rows.pop_back();
    }
    for (const StoredReturn &row : rows) {
        page.returns.push_back(
            {row.sequence, protocol::formatTimestamp(row.receivedAt), protocol::Envelope::parse(row.envelope)});
    }
    page.nextAfter = rows.empty() ? after : rows.back().sequence;
    m_store.appendAuditLog({0, nowSeconds(), actor.name, "returns_pulled",
                            "returns:" + std::to_string(after) + ".." + std::to_string(page.nextAfter), actor.address});
    return page;
}

nlohmann::json OfficeService::returnSummaries()
{
    nlohmann::json list = nlohmann::json::array();
    std::int64_t after = 0;
    for (;;) {
        const std::vector<StoredReturn> rows = m_store.returnsAfter(after, 500, 0, false);
        for (const StoredReturn &r : rows) {
            nlohmann::json item = nlohmann::json::object();
            protocol::writeMetadata(r.metadata, item);
            item["sequence"] = r.sequence;
            item["plain_size"] = r.plainSize;
            item["envelope_size"] = r.envelopeSize;
            item["envelope_sha256"] = r.envelopeSha256;
            item["received_at"] = protocol::formatTimestamp(r.receivedAt);
            item["review_state"] = r.reviewState;
            list.push_back(std::move(item));
        }
        if (rows.size() < 500) {
            return list;
        }
        after = rows.back().sequence;
    }
}

protocol::ReviewState OfficeService::setReview(const std::string &uuid, const std::string &revision,
                                               const protocol::ReviewUpdate &update, const Actor &actor)
{
    const std::string id = uuidParam("return id", uuid);
    const std::int64_t number = integerParam("revision", revision, 1, protocol::kMaxRevision, 0);
    const std::optional<std::string> agency = m_store.returnAgency(id, number);
    if (!agency) {
        throw ApiError(404, "not_found",
                       "There is no stored return " + id + " revision " + std::to_string(number) + ".");
    }
    return m_store.setReview(id, number, *agency, update, nowSeconds(),
                             {0, nowSeconds(), actor.name, "review_set:" + update.state,
                              "return:" + id + "/" + std::to_string(number), actor.address});
}

protocol::Audit OfficeService::createAudit(protocol::Audit audit, const Actor &actor)
{
    if (!audit.templateVersion) {
        for (const protocol::TemplateRef &t : m_store.templates()) {
            if (t.id == audit.templateId) {
                audit.templateVersion = std::max(audit.templateVersion.value_or(0), t.version);
            }
        }
    }
    if (!audit.templateVersion || !m_store.templateBody(audit.templateId, *audit.templateVersion)) {
        throw ApiError(
            400, "unknown_template",
            "There is no template \"" + audit.templateId + "\"" +
                (audit.templateVersion ? " version " + std::to_string(*audit.templateVersion) : std::string()) +
                " on the server; add it first.");
    }
    audit.auditId = core::newUuid();
    audit.createdAt = protocol::nowTimestamp();
    m_store.addAudit(audit, {0, nowSeconds(), actor.name, "audit_created", "audit:" + audit.auditId, actor.address});
    return audit;
}

std::vector<protocol::Audit> OfficeService::audits()
{
    return m_store.audits(std::nullopt);
}

protocol::EnrolCode OfficeService::issueEnrolCode(const std::string &agency, std::int64_t hours, const Actor &actor)
{
    if (!core::isAgencySlug(agency)) {
        throw ApiError(400, "invalid_request",
                       "\"" + agency +
                           "\" is not an agency slug (lower-case letters, digits, "
                           "'_' or '-').");
    }
    if (hours < 1 || hours > 24 * 30) {
        throw ApiError(400, "invalid_request", "An enrolment code lasts from 1 hour to 30 days (720 hours).");
    }
    protocol::EnrolCode code;
    code.code = newEnrolmentCode();
    code.agency = agency;
    code.hours = hours;
    const std::int64_t now = nowSeconds();
    code.expiresAt = protocol::formatTimestamp(now + hours * 3600);
    const std::string codeId = core::newUuid();
    m_store.addEnrolCode(
        codeId, enrolmentCodeHash(code.code), agency, now, now + hours * 3600,
        {0, now, actor.name, "enrol_code_issued", "code:" + codeId + " agency:" + agency, actor.address});
    return code;
}

std::vector<protocol::DeviceInfo> OfficeService::devices()
{
    return m_store.devices();
}

void OfficeService::revokeDevice(const std::string &deviceId, const Actor &actor)
{
    const std::string id = uuidParam("device id", deviceId);
    if (!m_store.revokeDevice(id, nowSeconds(),
                              {0, nowSeconds(), actor.name, "device_revoked", "device:" + id, actor.address})) {
        throw ApiError(404, "not_found", "There is no device " + id + ".");
    }
}

std::pair<protocol::TemplateRef, bool> OfficeService::addTemplate(std::string_view bytes, const Actor &actor)
{
    const protocol::TemplateRef ref = checkTemplate(bytes);
    const std::string subject = "template:" + ref.id + "@" + std::to_string(ref.version);
    switch (m_store.addTemplate({ref, std::string(bytes)}, nowSeconds(),
                                {0, nowSeconds(), actor.name, "template_added", subject, actor.address})) {
    case PutOutcome::Created:
        return {ref, true};
    case PutOutcome::Identical:
        return {ref, false};
    case PutOutcome::Conflict:
        break;
    }
    throw ApiError(409, "conflict",
                   "Template " + ref.id + " version " + std::to_string(ref.version) +
                       " is already on the server with different content; give the changed "
                       "template a new version.");
}

std::vector<protocol::TemplateRef> OfficeService::templates()
{
    return m_store.templates();
}

std::string OfficeService::templateBody(const std::string &id, const std::string &version)
{
    const std::int64_t number = integerParam("template version", version, 1, protocol::kMaxTemplateVersion, 0);
    std::optional<std::string> body = m_store.templateBody(id, number);
    if (!body) {
        throw ApiError(404, "not_found", "There is no template " + id + " version " + std::to_string(number) + ".");
    }
    return std::move(*body);
}

protocol::ProgressList OfficeService::progress()
{
    return {m_store.progress()};
}

protocol::Policy OfficeService::policy()
{
    return m_store.policy();
}

protocol::Policy OfficeService::setPolicy(const protocol::Policy &policy, const Actor &actor)
{
    m_store.setPolicy(policy, {0, nowSeconds(), actor.name, "policy_set", "policy", actor.address});
    return policy;
}

std::vector<AuditLogEntry> OfficeService::auditLog(std::int64_t after, int limit)
{
    return m_store.auditLog(after, limit);
}

nlohmann::json auditLogJson(const AuditLogEntry &e)
{
    return {{"id", e.id},           {"at", protocol::formatTimestamp(e.at)}, {"actor", e.actor}, {"action", e.action},
            {"subject", e.subject}, {"remote_address", e.remoteAddress}};
}

} // namespace maqa::server
