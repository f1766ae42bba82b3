// The minimal template check (see TemplateCheck.h): enough for the server to file a template by id and version.
// Templates are stored and served as the exact bytes given, so the sha256 a device checks is of what the office sent.
#include "server/service/TemplateCheck.h"

#include "server/service/ApiError.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

#include "core/crypto/Sodium.h"

namespace maqa::server {

protocol::TemplateRef checkTemplate(std::string_view bytes)
{
    if (bytes.size() > 8 * 1024 * 1024) {
        throw ApiError(400, "invalid_template", "The template is larger than 8 MiB.");
    }
    nlohmann::json json;
    try {
        json = protocol::parseObject(bytes, "template");
    } catch (const core::Error &e) {
        throw ApiError(400, "invalid_template", e.what());
    }
    const auto id = json.find("id");
    if (id == json.end() || !id->is_string() ||
        !protocol::hasFormat(id->get_ref<const std::string &>(), protocol::TextFormat::Slug)) {
        throw ApiError(400, "invalid_template",
                       "The template needs an \"id\": a slug of lower-case letters, digits, '_' or '-'.");
    }
    const auto version = json.find("version");
    if (version == json.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1 ||
        version->get<std::int64_t>() > protocol::kMaxTemplateVersion) {
        throw ApiError(400, "invalid_template", "The template needs an integer \"version\" of 1 or more.");
    }
    return {id->get<std::string>(), version->get<std::int64_t>(), core::sha256Hex(bytes),
            static_cast<std::int64_t>(bytes.size())};
}

} // namespace maqa::server
