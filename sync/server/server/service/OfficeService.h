// What the partnership office can do, over HTTP with its token or directly through `maqa-server admin`: set up,
// register its key, create audits, issue codes, manage devices and templates, pull returns and review them.
#pragma once

#include "server/store/Store.h"

#include "protocol/Enrolment.h"
#include "protocol/Office.h"
#include "protocol/Progress.h"
#include "protocol/Review.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace maqa::server {

/** Who acts, for the audit log: "office" over HTTP, "admin" from the CLI; and from where. */
struct Actor
{
    std::string name;
    std::string address;
};

/** The office side of the API, independent of HTTP. Refusals are ApiErrors. */
class OfficeService
{
public:
    /** Works on @p store. */
    explicit OfficeService(Store &store);

    /** Issues the first office token (shown once); refuses when the server is already initialised. */
    std::string initialise(const Actor &actor);
    /** Registers the office's X25519 public key as current. */
    protocol::OfficeKey registerKey(const protocol::OfficeKey &request, const Actor &actor);
    /** Sealed returns with sequence > @p after. */
    protocol::OfficeReturnPage returns(std::int64_t after, int limit, const Actor &actor);
    /** Every stored return's metadata (never its contents), for `admin returns`. */
    nlohmann::json returnSummaries();
    /** Sets the review state of a stored return. */
    protocol::ReviewState setReview(const std::string &uuid, const std::string &revision,
                                    const protocol::ReviewUpdate &update, const Actor &actor);
    /** Creates an audit from a request (no id yet); the template must exist. */
    protocol::Audit createAudit(protocol::Audit request, const Actor &actor);
    /** Every audit. */
    std::vector<protocol::Audit> audits();
    /** Issues a single-use enrolment code for @p agency, valid @p hours. */
    protocol::EnrolCode issueEnrolCode(const std::string &agency, std::int64_t hours, const Actor &actor);
    /** Every device. */
    std::vector<protocol::DeviceInfo> devices();
    /** Revokes a device: its next request gets 401 with a wipe directive. */
    void revokeDevice(const std::string &deviceId, const Actor &actor);
    /** Adds a template version; returns its reference and whether it was new. 409 when other bytes hold it. */
    std::pair<protocol::TemplateRef, bool> addTemplate(std::string_view bytes, const Actor &actor);
    /** Every template version. */
    std::vector<protocol::TemplateRef> templates();
    /** A template's exact bytes. */
    std::string templateBody(const std::string &id, const std::string &version);
    /** Every device's drafting progress. */
    protocol::ProgressList progress();
    /** The device policy. */
    protocol::Policy policy();
    /** Replaces the device policy. */
    protocol::Policy setPolicy(const protocol::Policy &policy, const Actor &actor);
    /** The audit log after entry @p after. */
    std::vector<AuditLogEntry> auditLog(std::int64_t after, int limit);

private:
    Store &m_store;
};

/** An audit-log entry as JSON. */
nlohmann::json auditLogJson(const AuditLogEntry &entry);

} // namespace maqa::server
