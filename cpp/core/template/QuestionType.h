// The question types a template may use, their JSON names, and which need choices or hold answers.
// One table, shared by the loader, the form engine and the app's editor factory.
#pragma once

#include <optional>
#include <string_view>

namespace maqa::core {

/** Every question type (docs/templates.md, "Question types"). */
enum class QuestionType {
    YesNo,
    Grade,
    SelectOne,
    SelectMultiple,
    Agencies,
    Themes,
    Date,
    Time,
    DateTime,
    Integer,
    Decimal,
    Text,
    LongText,
    Note,
    Calculate,
    Repeat,
};

/** The JSON name of @p type ("yes_no", "long_text", ...). */
std::string_view questionTypeName(QuestionType type);
/** The type called @p name, if there is one. */
std::optional<QuestionType> questionTypeFromName(std::string_view name);
/** True for types a practitioner answers (not note, calculate or repeat). */
bool isAnswerable(QuestionType type);
/** True for types whose answer is one choice name (yes_no, grade, select_one). */
bool isSingleChoice(QuestionType type);
/** True for types whose answer is an array of choice names (select_multiple, agencies, themes). */
bool isMultiChoice(QuestionType type);

} // namespace maqa::core
