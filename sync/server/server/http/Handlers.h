// The route handlers: each turns an authenticated, size-checked request into a service call and a JSON answer.
// They know HTTP shapes (params, query, status codes) and nothing about storage.
#pragma once

#include "server/http/Routes.h"

#include <string>
#include <vector>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace maqa::server {

class DeviceService;
class OfficeService;
struct Principal;

/** What a handler may use. */
struct HandlerContext
{
    DeviceService &devices;
    OfficeService &office;
    const Route &route;
    const std::vector<std::string> &params; //!< the route's {name} segments
    const Principal *principal;             //!< null for public routes
};

/** Runs the route's handler; throws ApiError (or core::Error) on refusal. */
void handleRoute(const HandlerContext &context, const httplib::Request &request, httplib::Response &response);

} // namespace maqa::server
