// Warns when free text looks like it holds an identifier Maqa must never store: a name after "called", a date of
// birth, an NHS number, a postcode. Hints only (the practitioner decides); tuned for few false alarms on audit prose.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::core {

/** What an identifier hint found. */
enum class IdentifierKind {
    Name,        //!< a capitalised word after "called", "named" or "known as"
    DateOfBirth, //!< a date after "DOB", "date of birth", "born" or "birthday"
    NhsNumber,   //!< ten digits (or 3-3-4 groups)
    Postcode,    //!< a UK postcode
};

/** One suspected identifier. Offsets and lengths are in bytes of the UTF-8 text. */
struct IdentifierHint
{
    IdentifierKind kind = IdentifierKind::Name; //!< what was found
    std::size_t offset = 0;                     //!< where the suspect text starts
    std::size_t length = 0;                     //!< how long it is
    std::string message;                        //!< what to do, in plain words
    bool strong = false; //!< a valid NHS check digit, an explicit cue: more likely a real identifier
};

/** Every hint in @p text, in order of offset. */
std::vector<IdentifierHint> scanForIdentifiers(std::string_view text);

} // namespace maqa::core
