// Reading path and query parameters: a malformed one is a 400 that names it, never a silent default.
// Shared by the HTTP handlers and the admin CLI, which take the same values as text.
#pragma once

#include <cstdint>
#include <string>

namespace maqa::server {

/** @p text as a canonical UUID; throws ApiError(400) naming @p name otherwise. */
std::string uuidParam(const std::string &name, const std::string &text);
/** @p text as an integer in [min, max]; @p fallback when empty; throws ApiError(400) naming @p name otherwise. */
std::int64_t integerParam(const std::string &name, const std::string &text, std::int64_t min, std::int64_t max,
                          std::int64_t fallback);

} // namespace maqa::server
