// The route table: every route of the API with its method, path, who may call it and whether it takes a body.
// The server dispatches from it and `maqa-server routes` prints it, so a test can prove every route needs a token.
#pragma once

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::server {

/** Who may call a route. */
enum class Access {
    Public, //!< no token (health, enrolment)
    Device, //!< a device token
    Office, //!< the office token
};

/** Every operation the API offers; handlers switch on it. */
enum class RouteId {
    Health,
    Enrol,
    Config,
    Manifest,
    TemplateBody,
    Assignments,
    PutReturn,
    Reviews,
    PutProgress,
    OfficeRegisterKey,
    OfficeReturns,
    OfficeSetReview,
    OfficeAudits,
    OfficeCreateAudit,
    OfficeIssueCode,
    OfficeDevices,
    OfficeRevokeDevice,
    OfficeTemplates,
    OfficeAddTemplate,
    OfficeTemplateBody,
    OfficeProgress,
    OfficePolicy,
    OfficeSetPolicy,
    OfficeAuditLog,
};

/** One route. Paths use {name} for a parameter segment. */
struct Route
{
    RouteId id;               //!< what the handler does
    std::string_view method;  //!< "GET", "PUT" or "POST"
    std::string_view path;    //!< e.g. "/api/v1/returns/{uuid}/{revision}"
    Access access;            //!< who may call it
    bool takesBody;           //!< a JSON body is required (Content-Type checked before it is read)
    std::string_view summary; //!< one line for `maqa-server routes` and the docs
};

/** The API's routes, in documentation order. */
std::span<const Route> routeTable();

/** The outcome of matching a request against the table. */
struct RouteMatch
{
    const Route *route = nullptr;    //!< null when nothing matched
    std::vector<std::string> params; //!< the {name} segments, in order
    std::string allowedMethods;      //!< when the path exists with other methods: "GET, PUT" (405)
};

/** Finds the route for @p method and @p path. */
RouteMatch matchRoute(std::string_view method, std::string_view path);

/** The table as JSON: [{method, path, access, body, summary}]. */
nlohmann::json routeTableJson();

} // namespace maqa::server
