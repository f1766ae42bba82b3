// Error and health bodies (see ErrorBody.h).
// Kept tiny: every client parses the error body, even one built against an older protocol.
#include "protocol/ErrorBody.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

namespace maqa::protocol {

ErrorBody ErrorBody::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "error body");
    ErrorBody e;
    e.error = reader.text("error", 64, TextFormat::Slug);
    e.message = reader.text("message", kMaxCommentText, TextFormat::Any);
    e.wipe = reader.boolean("wipe");
    reader.finish();
    return e;
}

nlohmann::json ErrorBody::toJson() const
{
    return {{"error", error}, {"message", message}, {"wipe", wipe}};
}

Health Health::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "health answer");
    Health h;
    h.status = reader.text("status", 16);
    h.version = reader.text("version", 40);
    h.serverTime = reader.text("server_time", 24, TextFormat::Timestamp);
    reader.finish();
    return h;
}

nlohmann::json Health::toJson() const
{
    return {{"status", status}, {"version", version}, {"server_time", serverTime}};
}

} // namespace maqa::protocol
