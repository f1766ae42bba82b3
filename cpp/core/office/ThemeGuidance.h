// Starting text for the briefing's themes: for each built-in theme tag, what usually needs to happen, a reflection
// question for practitioners and the policy or tool to point to. A first draft only: the office edits every word.
#pragma once

#include <string>
#include <string_view>

namespace maqa::core::office {

/** Suggested text for one theme. */
struct ThemeGuidance
{
    std::string whatNeedsToHappen; //!< a sentence or two
    std::string reflection;        //!< a question practitioners can ask themselves
    std::string policy;            //!< the policy or tool to link, by title
};

/** The guidance for theme @p tag; a general one for tags the table does not know. */
ThemeGuidance themeGuidance(std::string_view tag);

} // namespace maqa::core::office
