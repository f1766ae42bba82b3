// Names and families of question types (see QuestionType.h).
// The JSON names are XLSForm's where XLSForm has the type, Maqa's own words otherwise.
#include "core/template/QuestionType.h"

#include <array>
#include <utility>

namespace maqa::core {

namespace {
constexpr std::array<std::pair<QuestionType, std::string_view>, 16> kNames{{
    {QuestionType::YesNo, "yes_no"},
    {QuestionType::Grade, "grade"},
    {QuestionType::SelectOne, "select_one"},
    {QuestionType::SelectMultiple, "select_multiple"},
    {QuestionType::Agencies, "agencies"},
    {QuestionType::Themes, "themes"},
    {QuestionType::Date, "date"},
    {QuestionType::Time, "time"},
    {QuestionType::DateTime, "datetime"},
    {QuestionType::Integer, "integer"},
    {QuestionType::Decimal, "decimal"},
    {QuestionType::Text, "text"},
    {QuestionType::LongText, "long_text"},
    {QuestionType::Note, "note"},
    {QuestionType::Calculate, "calculate"},
    {QuestionType::Repeat, "repeat"},
}};
} // namespace

std::string_view questionTypeName(QuestionType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type) {
            return name;
        }
    }
    return "unknown";
}

std::optional<QuestionType> questionTypeFromName(std::string_view name)
{
    for (const auto &[t, n] : kNames) {
        if (n == name) {
            return t;
        }
    }
    return std::nullopt;
}

bool isAnswerable(QuestionType type)
{
    return type != QuestionType::Note && type != QuestionType::Calculate && type != QuestionType::Repeat;
}

bool isSingleChoice(QuestionType type)
{
    return type == QuestionType::YesNo || type == QuestionType::Grade || type == QuestionType::SelectOne;
}

bool isMultiChoice(QuestionType type)
{
    return type == QuestionType::SelectMultiple || type == QuestionType::Agencies || type == QuestionType::Themes;
}

} // namespace maqa::core
