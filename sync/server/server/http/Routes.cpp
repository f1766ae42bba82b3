// The route table and its matcher (see Routes.h). Matching is by whole path segments, so "/returns/x/1/extra" can
// never reach a handler written for "/returns/{uuid}/{revision}".
#include "server/http/Routes.h"

#include <array>

namespace maqa::server {

namespace {

constexpr std::array kRoutes{
    Route{RouteId::Health, "GET", "/api/v1/health", Access::Public, false, "Liveness and server time"},
    Route{RouteId::Enrol, "POST", "/api/v1/enrol", Access::Public, true, "Enrol a device with a one-time code"},
    Route{RouteId::Config, "GET", "/api/v1/config", Access::Device, false, "Current office key, policy and limits"},
    Route{RouteId::Manifest, "GET", "/api/v1/manifest", Access::Device, false, "Templates and assignments"},
    Route{RouteId::TemplateBody, "GET", "/api/v1/templates/{id}/{version}", Access::Device, false,
          "A template's exact bytes"},
    Route{RouteId::Assignments, "GET", "/api/v1/assignments", Access::Device, false,
          "Audits the device's agency takes part in"},
    Route{RouteId::PutReturn, "PUT", "/api/v1/returns/{uuid}/{revision}", Access::Device, true,
          "Upload a sealed return (idempotent)"},
    Route{RouteId::Reviews, "GET", "/api/v1/reviews", Access::Device, false, "Review changes after a cursor"},
    Route{RouteId::PutProgress, "PUT", "/api/v1/progress", Access::Device, true, "Report drafting progress"},
    Route{RouteId::OfficeRegisterKey, "PUT", "/api/v1/office/key", Access::Office, true,
          "Register the office public key"},
    Route{RouteId::OfficeReturns, "GET", "/api/v1/office/returns", Access::Office, false,
          "Pull sealed returns after a sequence number"},
    Route{RouteId::OfficeSetReview, "PUT", "/api/v1/office/returns/{uuid}/{revision}/review", Access::Office, true,
          "Set a return's review state"},
    Route{RouteId::OfficeAudits, "GET", "/api/v1/office/audits", Access::Office, false, "List audits"},
    Route{RouteId::OfficeCreateAudit, "POST", "/api/v1/office/audits", Access::Office, true, "Create an audit"},
    Route{RouteId::OfficeIssueCode, "POST", "/api/v1/office/enrol-codes", Access::Office, true,
          "Issue an enrolment code"},
    Route{RouteId::OfficeDevices, "GET", "/api/v1/office/devices", Access::Office, false, "List devices"},
    Route{RouteId::OfficeRevokeDevice, "POST", "/api/v1/office/devices/{id}/revoke", Access::Office, false,
          "Revoke a device"},
    Route{RouteId::OfficeTemplates, "GET", "/api/v1/office/templates", Access::Office, false, "List templates"},
    Route{RouteId::OfficeAddTemplate, "POST", "/api/v1/office/templates", Access::Office, true, "Add a template"},
    Route{RouteId::OfficeTemplateBody, "GET", "/api/v1/office/templates/{id}/{version}", Access::Office, false,
          "A template's exact bytes"},
    Route{RouteId::OfficeProgress, "GET", "/api/v1/office/progress", Access::Office, false,
          "Drafting progress of every device"},
    Route{RouteId::OfficePolicy, "GET", "/api/v1/office/policy", Access::Office, false, "The device policy"},
    Route{RouteId::OfficeSetPolicy, "PUT", "/api/v1/office/policy", Access::Office, true, "Set the device policy"},
    Route{RouteId::OfficeAuditLog, "GET", "/api/v1/office/audit-log", Access::Office, false, "Read the audit log"},
};

std::vector<std::string_view> segments(std::string_view path)
{
    std::vector<std::string_view> parts;
    std::size_t start = 1;
    while (start <= path.size()) {
        const std::size_t end = path.find('/', start);
        parts.push_back(path.substr(start, (end == std::string_view::npos ? path.size() : end) - start));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    return parts;
}

bool matchPath(std::string_view pattern, std::string_view path, std::vector<std::string> &params)
{
    const std::vector<std::string_view> want = segments(pattern);
    const std::vector<std::string_view> have = segments(path);
    if (path.empty() || path[0] != '/' || want.size() != have.size()) {
        return false;
    }
    std::vector<std::string> found;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (want[i].size() > 2 && want[i].front() == '{') {
            if (have[i].empty()) {
                return false;
            }
            found.emplace_back(have[i]);
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

const char *accessName(Access access)
{
    switch (access) {
    case Access::Public:
        return "public";
    case Access::Device:
        return "device";
    case Access::Office:
        return "office";
    }
    return "office";
}

} // namespace

std::span<const Route> routeTable()
{
    return kRoutes;
}

RouteMatch matchRoute(std::string_view method, std::string_view path)
{
    RouteMatch match;
    for (const Route &route : kRoutes) {
        std::vector<std::string> params;
        if (!matchPath(route.path, path, params)) {
            continue;
        }
        if (route.method == method) {
            match.route = &route;
            match.params = std::move(params);
            return match;
        }
        match.allowedMethods += (match.allowedMethods.empty() ? "" : ", ") + std::string(route.method);
    }
    return match;
}

nlohmann::json routeTableJson()
{
    nlohmann::json list = nlohmann::json::array();
    for (const Route &route : kRoutes) {
        list.push_back({{"method", route.method},
                        {"path", route.path},
                        {"access", accessName(route.access)},
                        {"body", route.takesBody},
                        {"summary", route.summary}});
    }
    return list;
}

} // namespace maqa::server
