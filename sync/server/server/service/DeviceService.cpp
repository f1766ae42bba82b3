// The device side of the API (see DeviceService.h). A return is checked against everything the server can know
// without opening it: the path, the device's agency and identity, the office key, the audit and its sample.
#include "server/service/DeviceService.h"

#include "server/service/ApiError.h"
#include "server/service/Params.h"
#include "server/service/RateLimiter.h"
#include "server/service/Secrets.h"

#include "protocol/Envelope.h"
#include "protocol/Json.h"
#include "protocol/Limits.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <algorithm>
#include <set>

namespace maqa::server {

using core::Error;

DeviceService::DeviceService(Store &store, RateLimiter &limiter, std::size_t maxBodyBytes)
    : m_store(store)
    , m_limiter(limiter)
    , m_maxBodyBytes(maxBodyBytes)
{}

protocol::EnrolmentResponse DeviceService::enrol(const protocol::EnrolmentRequest &request, const std::string &address)
{
    const std::optional<protocol::OfficeKey> officeKey = m_store.currentOfficeKey();
    if (!officeKey) {
        throw ApiError(409, "office_not_ready",
                       "The partnership office has not finished setting up the server (no "
                       "office key yet). Your code is still valid: try again later.");
    }
    const auto refuse = [&](const std::string &code, const std::string &reason, const std::string &message) {
        m_limiter.recordFailure(address);
        m_store.appendAuditLog({0, nowSeconds(), "anonymous", "enrolment_refused", "reason:" + reason, address});
        throw ApiError(403, code, message);
    };
    const std::string canonical = protocol::normaliseEnrolmentCode(request.code);
    if (canonical.empty()) {
        refuse("enrolment_code_unknown", "malformed",
               "This is not an enrolment code: it has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS.");
    }
    NewDevice device{core::newUuid(), request.deviceName, request.signPublicKey, {}, nowSeconds()};
    std::string token = newDeviceToken();
    device.tokenHash = tokenHash(token);
    const AuditLogEntry log{0, device.enrolledAt, device.id, "device_enrolled", "device:" + device.id, address};
    const EnrolResult result = m_store.enrolDevice(enrolmentCodeHash(canonical), device, log);
    switch (result.outcome) {
    case CodeOutcome::Unknown:
        refuse("enrolment_code_unknown", "unknown",
               "This enrolment code is not recognised. Check it with the partnership office.");
        break;
    case CodeOutcome::Used:
        refuse("enrolment_code_used", "used",
               "This enrolment code has already been used. Ask the partnership office for a new code.");
        break;
    case CodeOutcome::Expired:
        refuse("enrolment_code_expired", "expired",
               "This enrolment code has expired. Ask the partnership office for a new code.");
        break;
    case CodeOutcome::Enrolled:
        break;
    }
    protocol::EnrolmentResponse response;
    response.deviceId = device.id;
    response.token = std::move(token);
    response.agency = result.agency;
    response.officePublicKey = officeKey->publicKey;
    response.officeKeyId = officeKey->keyId;
    response.policy = m_store.policy();
    response.serverTime = protocol::nowTimestamp();
    return response;
}

protocol::DeviceConfig DeviceService::config(const Principal &device)
{
    const std::optional<protocol::OfficeKey> officeKey = m_store.currentOfficeKey();
    if (!officeKey) {
        throw ApiError(409, "office_not_ready", "The partnership office has no key registered on the server.");
    }
    return {device.id,
            device.agency,
            officeKey->publicKey,
            officeKey->keyId,
            m_store.policy(),
            static_cast<std::int64_t>(m_maxBodyBytes),
            protocol::nowTimestamp()};
}

protocol::Assignment DeviceService::assignmentFor(const protocol::Audit &audit, const std::string &agency) const
{
    return {audit.auditId,
            audit.title,
            audit.theme,
            audit.period,
            audit.dueDate,
            audit.templateId,
            audit.templateVersion.value_or(1),
            agency,
            audit.cases};
}

protocol::Manifest DeviceService::manifest(const Principal &device)
{
    protocol::Manifest manifest;
    manifest.templates = m_store.templates();
    manifest.assignments = assignments(device).assignments;
    return manifest;
}

protocol::AssignmentList DeviceService::assignments(const Principal &device)
{
    protocol::AssignmentList list;
    for (const protocol::Audit &audit : m_store.audits(device.agency)) {
        list.assignments.push_back(assignmentFor(audit, device.agency));
    }
    return list;
}

std::string DeviceService::templateBody(const std::string &id, const std::string &version)
{
    if (!protocol::hasFormat(id, protocol::TextFormat::Slug)) {
        throw ApiError(404, "not_found", "There is no template with that id.");
    }
    const std::int64_t number = integerParam("template version", version, 1, protocol::kMaxTemplateVersion, 0);
    std::optional<std::string> body = m_store.templateBody(id, number);
    if (!body) {
        throw ApiError(404, "not_found", "There is no template " + id + " version " + std::to_string(number) + ".");
    }
    return std::move(*body);
}

void DeviceService::checkAgainstAudit(const protocol::EnvelopeMetadata &m)
{
    if (m.auditId.empty()) {
        return; // an observation outside any audit
    }
    const std::optional<protocol::Audit> audit = m_store.audit(m.auditId);
    if (!audit) {
        throw ApiError(400, "unknown_audit", "The return belongs to an audit this server does not know.");
    }
    if (std::find(audit->agencies.begin(), audit->agencies.end(), m.agency) == audit->agencies.end()) {
        throw ApiError(403, "foreign_agency", "Your agency is not taking part in this audit.");
    }
    if (std::none_of(audit->cases.begin(), audit->cases.end(),
                     [&](const protocol::CaseRef &c) { return c.code == m.caseCode; })) {
        throw ApiError(400, "unknown_case", "Case " + m.caseCode + " is not in this audit's sample.");
    }
    if (audit->templateId != m.templateId || audit->templateVersion.value_or(0) != m.templateVersion) {
        throw ApiError(400, "template_mismatch", "The return uses a different template (or version) from its audit.");
    }
}

int DeviceService::putReturn(const Principal &device, const std::string &uuid, const std::string &revision,
                             const std::string &body, const std::string &address)
{
    const std::string pathUuid = uuidParam("return id", uuid);
    const std::int64_t pathRevision = integerParam("revision", revision, 1, protocol::kMaxRevision, 0);
    nlohmann::json json;
    try {
        json = protocol::parseObject(body, "envelope");
    } catch (const Error &e) {
        throw ApiError(400, "invalid_json", e.what());
    }
    protocol::Envelope envelope;
    try {
        envelope = protocol::Envelope::fromJson(json);
    } catch (const Error &e) {
        throw ApiError(400, "invalid_envelope", e.what());
    }
    const protocol::EnvelopeMetadata &m = envelope.metadata;
    if (m.uuid != pathUuid || m.revision != pathRevision) {
        throw ApiError(400, "path_mismatch",
                       "The envelope is return " + m.uuid + " revision " + std::to_string(m.revision) +
                           ", not the one in the address.");
    }
    if (m.agency != device.agency) {
        throw ApiError(403, "foreign_agency",
                       "This device belongs to " + device.agency + " and cannot send returns for " + m.agency + ".");
    }
    if (m.deviceId != device.id) {
        throw ApiError(403, "foreign_device",
                       "The envelope names another device; a device sends only its own returns.");
    }
    if (!m_store.hasOfficeKey(m.keyId)) {
        throw ApiError(400, "unknown_office_key",
                       "The return is sealed to an office key the server does not know; "
                       "fetch the configuration and seal it again.");
    }
    checkAgainstAudit(m);
    // A return belongs to the agency that first sent it: no other agency may add a revision to it.
    for (const std::int64_t earlier : {std::int64_t(1), m.revision - 1}) {
        if (earlier >= 1 && earlier < m.revision) {
            const std::optional<std::string> owner = m_store.returnAgency(m.uuid, earlier);
            if (owner && *owner != device.agency) {
                throw ApiError(403, "foreign_return", "Return " + m.uuid + " belongs to another agency.");
            }
        }
    }
    const IncomingReturn incoming{m, envelope.plainSize, body, core::sha256Hex(body), nowSeconds()};
    const std::string subject = "return:" + m.uuid + "/" + std::to_string(m.revision);
    switch (m_store.putReturn(incoming, {0, incoming.receivedAt, device.id, "return_stored", subject, address})) {
    case PutOutcome::Created:
        return 201;
    case PutOutcome::Identical:
        return 200;
    case PutOutcome::Conflict:
        m_store.appendAuditLog({0, nowSeconds(), device.id, "return_conflict", subject, address});
        throw ApiError(409, "conflict",
                       "A different return is already stored as " + m.uuid + " revision " + std::to_string(m.revision) +
                           ". Resubmit it as a new revision.");
    }
    return 500;
}

protocol::ReviewPage DeviceService::reviews(const Principal &device, const std::string &after, const std::string &limit)
{
    const std::int64_t cursor = integerParam("cursor", after, 0, INT64_MAX / 2, 0);
    const int pageSize = static_cast<int>(integerParam("limit", limit, 1, 500, 100));
    protocol::ReviewPage page;
    // One extra row tells whether another page is waiting.
    page.reviews = m_store.reviewsAfter(device.agency, cursor, pageSize + 1);
    page.more = static_cast<int>(page.reviews.size()) > pageSize;
    if (page.more) {
        page.reviews.pop_back();
    }
    page.nextCursor = page.reviews.empty() ? std::to_string(cursor) : page.reviews.back().cursor;
    return page;
}

void DeviceService::putProgress(const Principal &device, const protocol::ProgressReport &report)
{
    std::set<std::string> seen;
    for (const protocol::ProgressEntry &entry : report.cases) {
        if (!seen.insert(entry.returnUuid).second) {
            throw ApiError(400, "invalid_request", "The progress report lists return " + entry.returnUuid + " twice.");
        }
    }
    m_store.replaceProgress(device.id, report.cases, nowSeconds());
}

} // namespace maqa::server
