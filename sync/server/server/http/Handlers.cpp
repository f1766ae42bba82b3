// Route handlers (see Handlers.h): parse the body strictly into its protocol type, call the service, answer JSON.
// A body that is not JSON is "invalid_json"; JSON of the wrong shape is "invalid_request" naming the field.
#include "server/http/Handlers.h"

#include "server/http/Responses.h"
#include "server/service/ApiError.h"
#include "server/service/DeviceService.h"
#include "server/service/OfficeService.h"
#include "server/service/Params.h"

#include "protocol/ErrorBody.h"
#include "protocol/Json.h"

#include <httplib.h>

#ifndef MAQA_VERSION
#define MAQA_VERSION "0"
#endif

namespace maqa::server {

namespace {

nlohmann::json bodyObject(const httplib::Request &request, const std::string &what)
{
    try {
        return protocol::parseObject(request.body, what);
    } catch (const core::Error &e) {
        throw ApiError(400, "invalid_json", e.what());
    }
}

template<typename Read>
auto readBody(const httplib::Request &request, const std::string &what, Read read)
{
    const nlohmann::json json = bodyObject(request, what);
    try {
        return read(json);
    } catch (const ApiError &) {
        throw;
    } catch (const core::Error &e) {
        throw ApiError(400, "invalid_request", e.what());
    }
}

Actor officeActor(const httplib::Request &request)
{
    return {"office", request.remote_addr};
}

nlohmann::json listJson(const char *key, const auto &items)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &item : items) {
        list.push_back(item.toJson());
    }
    return {{key, list}};
}

void handleDeviceRoute(const HandlerContext &c, const httplib::Request &request, httplib::Response &response)
{
    const Principal &device = *c.principal;
    switch (c.route.id) {
    case RouteId::Config:
        return sendJson(response, 200, c.devices.config(device).toJson());
    case RouteId::Manifest:
        return sendJson(response, 200, c.devices.manifest(device).toJson());
    case RouteId::TemplateBody:
        response.status = 200;
        response.set_content(c.devices.templateBody(c.params[0], c.params[1]), "application/json");
        return;
    case RouteId::Assignments:
        return sendJson(response, 200, c.devices.assignments(device).toJson());
    case RouteId::PutReturn: {
        const int status = c.devices.putReturn(device, c.params[0], c.params[1], request.body, request.remote_addr);
        return sendJson(response, status,
                        {{"uuid", c.params[0]},
                         {"revision", std::stoll(c.params[1])},
                         {"stored", status == 201 ? "now" : "already"}});
    }
    case RouteId::Reviews:
        return sendJson(
            response, 200,
            c.devices.reviews(device, request.get_param_value("after"), request.get_param_value("limit")).toJson());
    case RouteId::PutProgress: {
        const protocol::ProgressReport report =
            readBody(request, "progress report", protocol::ProgressReport::fromJson);
        c.devices.putProgress(device, report);
        return sendJson(response, 200, {{"cases", report.cases.size()}});
    }
    default:
        throw ApiError(500, "internal", "The route has no device handler.");
    }
}

void handleOfficeRoute(const HandlerContext &c, const httplib::Request &request, httplib::Response &response)
{
    OfficeService &office = c.office;
    const Actor actor = officeActor(request);
    switch (c.route.id) {
    case RouteId::OfficeRegisterKey:
        return sendJson(
            response, 200,
            office.registerKey(readBody(request, "office key", protocol::OfficeKey::requestFromJson), actor).toJson());
    case RouteId::OfficeReturns: {
        const std::int64_t after = integerParam("after", request.get_param_value("after"), 0, INT64_MAX / 2, 0);
        const int limit = static_cast<int>(integerParam("limit", request.get_param_value("limit"), 1, 200, 50));
        return sendJson(response, 200, office.returns(after, limit, actor).toJson());
    }
    case RouteId::OfficeSetReview:
        return sendJson(response, 200,
                        office
                            .setReview(c.params[0], c.params[1],
                                       readBody(request, "review update", protocol::ReviewUpdate::fromJson), actor)
                            .toJson());
    case RouteId::OfficeAudits:
        return sendJson(response, 200, listJson("audits", office.audits()));
    case RouteId::OfficeCreateAudit:
        return sendJson(
            response, 201,
            office.createAudit(readBody(request, "audit", protocol::Audit::requestFromJson), actor).toJson());
    case RouteId::OfficeIssueCode: {
        const protocol::EnrolCode wanted =
            readBody(request, "enrolment code request", protocol::EnrolCode::requestFromJson);
        return sendJson(response, 201, office.issueEnrolCode(wanted.agency, wanted.hours, actor).toJson());
    }
    case RouteId::OfficeDevices:
        return sendJson(response, 200, listJson("devices", office.devices()));
    case RouteId::OfficeRevokeDevice:
        office.revokeDevice(c.params[0], actor);
        return sendJson(response, 200, {{"device_id", c.params[0]}, {"revoked", true}});
    case RouteId::OfficeTemplates:
        return sendJson(response, 200, listJson("templates", office.templates()));
    case RouteId::OfficeAddTemplate: {
        const auto [ref, created] = office.addTemplate(request.body, actor);
        return sendJson(response, created ? 201 : 200, ref.toJson());
    }
    case RouteId::OfficeTemplateBody:
        response.status = 200;
        response.set_content(office.templateBody(c.params[0], c.params[1]), "application/json");
        return;
    case RouteId::OfficeProgress:
        return sendJson(response, 200, office.progress().toJson());
    case RouteId::OfficePolicy:
        return sendJson(response, 200, office.policy().toJson());
    case RouteId::OfficeSetPolicy:
        return sendJson(response, 200,
                        office.setPolicy(readBody(request, "policy", protocol::Policy::fromJson), actor).toJson());
    case RouteId::OfficeAuditLog: {
        const std::int64_t after = integerParam("after", request.get_param_value("after"), 0, INT64_MAX / 2, 0);
        const int limit = static_cast<int>(integerParam("limit", request.get_param_value("limit"), 1, 1000, 200));
        nlohmann::json entries = nlohmann::json::array();
        for (const AuditLogEntry &entry : office.auditLog(after, limit)) {
            entries.push_back(auditLogJson(entry));
        }
        return sendJson(response, 200, {{"entries", entries}});
    }
    default:
        throw ApiError(500, "internal", "The route has no office handler.");
    }
}

} // namespace

void handleRoute(const HandlerContext &c, const httplib::Request &request, httplib::Response &response)
{
    switch (c.route.access) {
    case Access::Public:
        if (c.route.id == RouteId::Health) {
            return sendJson(response, 200, protocol::Health{"ok", MAQA_VERSION, protocol::nowTimestamp()}.toJson());
        }
        return sendJson(response, 201,
                        c.devices
                            .enrol(readBody(request, "enrolment request", protocol::EnrolmentRequest::fromJson),
                                   request.remote_addr)
                            .toJson());
    case Access::Device:
        return handleDeviceRoute(c, request, response);
    case Access::Office:
        return handleOfficeRoute(c, request, response);
    }
}

} // namespace maqa::server
