// Static types of expressions and answers, used by the loader to reject mismatches (arithmetic on a multiple-choice
// answer, a date compared with a number) before any practitioner meets them.
#pragma once

#include <string_view>

namespace maqa::core::expr {

/** The static type of an expression or of a question's value. */
enum class Type {
    Any,       //!< unknown until run time (mixed if() branches, ...): compatible with everything
    Bool,      //!< a condition
    Number,    //!< integer or decimal
    String,    //!< text or a single choice
    Date,      //!< "YYYY-MM-DD"
    Time,      //!< "HH:MM"
    DateTime,  //!< "YYYY-MM-DDTHH:MM"
    List,      //!< a multiple-choice answer
    Repeat,    //!< a repeat group (count() only)
    Aggregate, //!< a field across repeat entries (sum/min/max/count only)
};

/** A phrase naming @p type in messages: "a number", "a date", "a multiple-choice answer". */
std::string_view describeType(Type type);

} // namespace maqa::core::expr
