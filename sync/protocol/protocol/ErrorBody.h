// The error body every refusal carries, and the health answer. A client shows `message` to people, branches on
// `error`, and wipes its store when `wipe` is true (a revoked device).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace maqa::protocol {

/** { "error": "<code>", "message": "<sentence>", "wipe": bool } */
struct ErrorBody
{
    std::string error;   //!< machine-readable code, e.g. "revoked", "conflict" (listed in docs/api/openapi.yaml)
    std::string message; //!< one sentence a practitioner understands
    bool wipe = false;   //!< true only for a revoked device: erase the local store

    /** Strictly reads an error body; throws Error(Invalid) naming the offending field. */
    static ErrorBody fromJson(const nlohmann::json &json);
    /** The body as JSON. */
    nlohmann::json toJson() const;
};

/** GET /health: the server is up and its clock. */
struct Health
{
    std::string status = "ok";
    std::string version;    //!< the server's version
    std::string serverTime; //!< UTC timestamp

    /** Strictly reads a health answer; throws Error(Invalid) naming the offending field. */
    static Health fromJson(const nlohmann::json &json);
    /** The answer as JSON. */
    nlohmann::json toJson() const;
};

} // namespace maqa::protocol
