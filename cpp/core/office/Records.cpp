// Text forms of the office's records (see Records.h): the names the store and the wire format use.
// Kept beside the enums so a new state cannot be added without its name.
#include "core/office/Records.h"

namespace maqa::core::office {

std::string_view toString(ReviewState state)
{
    switch (state) {
    case ReviewState::Received:
        return "received";
    case ReviewState::HasIssues:
        return "has_issues";
    case ReviewState::Approved:
        return "approved";
    }
    return "received";
}

std::optional<ReviewState> reviewStateFrom(std::string_view text)
{
    for (ReviewState s : {ReviewState::Received, ReviewState::HasIssues, ReviewState::Approved}) {
        if (toString(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace maqa::core::office
