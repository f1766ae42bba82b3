// Review states flowing back from the office to devices: received, has issues (with the office's comment),
// approved. Devices page through them with an opaque cursor, so each change arrives once and in order.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::protocol {

/** True when @p state is one of "received", "has_issues", "approved". */
bool isReviewState(std::string_view state);

/** The office's current verdict on one revision of a return. */
struct ReviewState
{
    std::string uuid;
    std::int64_t revision = 1;
    std::string state;     //!< "received" | "has_issues" | "approved"
    std::string comment;   //!< the office's comment (required with has_issues; may be empty otherwise)
    std::string updatedAt; //!< UTC timestamp
    std::string cursor;    //!< opaque; pass it as ?after= to get only later changes

    bool operator==(const ReviewState &) const = default;
    /** Strictly reads a review state; throws Error(Invalid) naming the offending field. */
    static ReviewState fromJson(const nlohmann::json &json);
    /** The review state as JSON. */
    nlohmann::json toJson() const;
};

/** GET /reviews?after=: a page of review changes in the order they happened. */
struct ReviewPage
{
    std::vector<ReviewState> reviews;
    std::string nextCursor; //!< pass as ?after= next time (equals the request's cursor when nothing changed)
    bool more = false;      //!< true when another page is waiting now

    /** Strictly reads a page; throws Error(Invalid) naming the offending field. */
    static ReviewPage fromJson(const nlohmann::json &json);
    /** The page as JSON. */
    nlohmann::json toJson() const;
};

/** PUT /office/returns/{uuid}/{revision}/review: the office sets a state and comment. */
struct ReviewUpdate
{
    std::string state;
    std::string comment;

    /** Strictly reads an update; has_issues needs a comment. Throws Error(Invalid) naming the field. */
    static ReviewUpdate fromJson(const nlohmann::json &json);
    /** The update as JSON. */
    nlohmann::json toJson() const;
};

} // namespace maqa::protocol
