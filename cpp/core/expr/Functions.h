// The functions expressions may call, with their names and argument counts. The table is the whole language:
// nothing outside it can be called, which is what keeps template text from ever acting as code.
#pragma once

#include <string_view>

namespace maqa::core::expr {

/** Every built-in function (docs/templates.md describes each). */
enum class Function {
    Not,
    True,
    False,
    If,
    Coalesce,
    Selected,
    CountSelected,
    Today,
    Now,
    Date,
    DaysBetween,
    MonthsBetween,
    MinutesBetween,
    AddDays,
    Year,
    Month,
    Day,
    StringLength,
    Concat,
    Contains,
    StartsWith,
    Count,
    Sum,
    Min,
    Max,
    Int,
    Round,
    Number,
    String,
};

/** A function's name and how many arguments it takes. */
struct FunctionInfo
{
    std::string_view name; //!< as written in expressions, e.g. "days-between"
    Function function;     //!< the function
    int minArgs;           //!< fewest arguments
    int maxArgs;           //!< -1: any number
};

/** The function called @p name, or null when there is none. */
const FunctionInfo *findFunction(std::string_view name);
/** The entry of @p function. */
const FunctionInfo &functionInfo(Function function);

} // namespace maqa::core::expr
