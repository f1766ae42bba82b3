// The built-in function table (see Functions.h) and the phrases naming static types.
// Names follow XLSForm/ODK where a function exists there, so QA officers who know XLSForm read them at once.
#include "core/expr/Functions.h"

#include "core/expr/Types.h"

#include <array>

namespace maqa::core::expr {

namespace {
constexpr std::array<FunctionInfo, 29> kFunctions{{
    {"not", Function::Not, 1, 1},
    {"true", Function::True, 0, 0},
    {"false", Function::False, 0, 0},
    {"if", Function::If, 3, 3},
    {"coalesce", Function::Coalesce, 2, -1},
    {"selected", Function::Selected, 2, 2},
    {"count-selected", Function::CountSelected, 1, 1},
    {"today", Function::Today, 0, 0},
    {"now", Function::Now, 0, 0},
    {"date", Function::Date, 1, 3},
    {"days-between", Function::DaysBetween, 2, 2},
    {"months-between", Function::MonthsBetween, 2, 2},
    {"minutes-between", Function::MinutesBetween, 2, 2},
    {"add-days", Function::AddDays, 2, 2},
    {"year", Function::Year, 1, 1},
    {"month", Function::Month, 1, 1},
    {"day", Function::Day, 1, 1},
    {"string-length", Function::StringLength, 1, 1},
    {"concat", Function::Concat, 1, -1},
    {"contains", Function::Contains, 2, 2},
    {"starts-with", Function::StartsWith, 2, 2},
    {"count", Function::Count, 1, 1},
    {"sum", Function::Sum, 1, -1},
    {"min", Function::Min, 1, -1},
    {"max", Function::Max, 1, -1},
    {"int", Function::Int, 1, 1},
    {"round", Function::Round, 1, 2},
    {"number", Function::Number, 1, 1},
    {"string", Function::String, 1, 1},
}};
} // namespace

const FunctionInfo *findFunction(std::string_view name)
{
    for (const FunctionInfo &f : kFunctions) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

const FunctionInfo &functionInfo(Function function)
{
    for (const FunctionInfo &f : kFunctions) {
        if (f.function == function) {
            return f;
        }
    }
    return kFunctions[0];
}

std::string_view describeType(Type type)
{
    switch (type) {
    case Type::Any:
        return "a value";
    case Type::Bool:
        return "a condition";
    case Type::Number:
        return "a number";
    case Type::String:
        return "text";
    case Type::Date:
        return "a date";
    case Type::Time:
        return "a time";
    case Type::DateTime:
        return "a date-time";
    case Type::List:
        return "a multiple-choice answer";
    case Type::Repeat:
        return "a repeat group";
    case Type::Aggregate:
        return "a field across repeat entries";
    }
    return "a value";
}

} // namespace maqa::core::expr
