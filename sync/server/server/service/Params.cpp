// Parameter parsing (see Params.h). Digits only: no signs, spaces or hex, so "1e3" or " 7" never sneak through.
#include "server/service/Params.h"

#include "server/service/ApiError.h"

#include "core/util/Uuid.h"

namespace maqa::server {

std::string uuidParam(const std::string &name, const std::string &text)
{
    if (!core::isUuid(text)) {
        throw ApiError(400, "invalid_request",
                       "The " + name + " \"" + text.substr(0, 40) + "\" is not a lower-case UUID.");
    }
    return text;
}

std::int64_t integerParam(const std::string &name, const std::string &text, std::int64_t min, std::int64_t max,
                          std::int64_t fallback)
{
    if (text.empty()) {
        return fallback;
    }
    const std::string range =
        "The " + name + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ".";
    if (text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
        throw ApiError(400, "invalid_request", range);
    }
    const std::int64_t value = std::stoll(text);
    if (value < min || value > max) {
        throw ApiError(400, "invalid_request", range);
    }
    return value;
}

} // namespace maqa::server
