// Review states, pages and updates (see Review.h). Cursors are decimal text on the wire but opaque to clients,
// which keeps the server free to change how it numbers changes.
#include "protocol/Review.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"

namespace maqa::protocol {

bool isReviewState(std::string_view state)
{
    return state == "received" || state == "has_issues" || state == "approved";
}

namespace {

std::string readState(FieldReader &reader)
{
    std::string state = reader.text("state", 16);
    if (!isReviewState(state)) {
        reader.fail("state", "must be \"received\", \"has_issues\" or \"approved\"");
    }
    return state;
}

} // namespace

ReviewState ReviewState::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "review state");
    ReviewState r;
    r.uuid = reader.text("uuid", 36, TextFormat::Uuid);
    r.revision = reader.integer("revision", 1, kMaxRevision);
    r.state = readState(reader);
    r.comment = reader.text("comment", kMaxCommentText, TextFormat::Any, true);
    r.updatedAt = reader.text("updated_at", 24, TextFormat::Timestamp);
    r.cursor = reader.text("cursor", 40);
    reader.finish();
    return r;
}

nlohmann::json ReviewState::toJson() const
{
    return {{"uuid", uuid},       {"revision", revision},    {"state", state},
            {"comment", comment}, {"updated_at", updatedAt}, {"cursor", cursor}};
}

ReviewPage ReviewPage::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "review page");
    ReviewPage p;
    for (const nlohmann::json &item : reader.array("reviews", kMaxListItems)) {
        p.reviews.push_back(ReviewState::fromJson(item));
    }
    p.nextCursor = reader.text("next_cursor", 40, TextFormat::Line, true);
    p.more = reader.boolean("more");
    reader.finish();
    return p;
}

nlohmann::json ReviewPage::toJson() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const ReviewState &r : reviews) {
        list.push_back(r.toJson());
    }
    return {{"reviews", list}, {"next_cursor", nextCursor}, {"more", more}};
}

ReviewUpdate ReviewUpdate::fromJson(const nlohmann::json &json)
{
    FieldReader reader(json, "review update");
    ReviewUpdate u;
    u.state = readState(reader);
    u.comment = reader.text("comment", kMaxCommentText, TextFormat::Any, true);
    if (u.state == "has_issues" && u.comment.empty()) {
        reader.fail("comment", "must say what needs correcting when the state is \"has_issues\"");
    }
    reader.finish();
    return u;
}

nlohmann::json ReviewUpdate::toJson() const
{
    return {{"state", state}, {"comment", comment}};
}

} // namespace maqa::protocol
