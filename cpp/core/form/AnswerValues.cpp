// Answer validation and conversion per question type (see AnswerValues.h).
// Strict on input so that what the store keeps, the office opens and the CSV exports is always well formed.
#include "core/form/AnswerValues.h"

#include "core/expr/Dates.h"
#include "core/util/Error.h"

#include <algorithm>
#include <cmath>

namespace maqa::core {

using nlohmann::json;

namespace {

[[noreturn]] void refuse(const Question &q, const std::string &need, const json &value)
{
    std::string shown = value.dump(-1, ' ', false, json::error_handler_t::replace);
    if (shown.size() > 40) {
        shown = shown.substr(0, 37) + "...";
    }
    const std::string who = q.label.empty() ? q.name : q.label;
    throw Error(ErrorKind::Invalid, "\u201c" + who + "\u201d needs " + need + ", not " + shown + ".");
}

// Counts code points; malformed UTF-8 (which could not be stored or exported) is refused by the JSON encoder's
// own strict decoder, so "valid" means exactly what every later dump() accepts.
std::optional<std::size_t> utf8Length(const json &value)
{
    try {
        (void)value.dump();
    } catch (const json::type_error &) {
        return std::nullopt;
    }
    std::size_t count = 0;
    for (unsigned char c : value.get_ref<const std::string &>()) {
        count += (c & 0xC0) != 0x80;
    }
    return count;
}

json normalizeChoice(const Template &t, const Question &q, const json &value)
{
    const ChoiceList *list = t.choicesOf(q);
    if (!value.is_string() || !list || !list->find(value.get<std::string>())) {
        std::string names;
        for (std::size_t i = 0; list && i < list->names.size() && i < 8; ++i) {
            names += (i ? ", " : "") + list->names[i];
        }
        refuse(q, "one of its choices (" + names + (list && list->names.size() > 8 ? ", ..." : "") + ")", value);
    }
    return value;
}

json normalizeChoices(const Template &t, const Question &q, const json &value)
{
    const ChoiceList *list = t.choicesOf(q);
    if (!value.is_array() || !list) {
        refuse(q, "a list of its choices", value);
    }
    std::vector<bool> picked(list->choices.size(), false);
    for (const json &item : value) {
        const auto it = item.is_string() ? std::find(list->names.begin(), list->names.end(), item.get<std::string>())
                                         : list->names.end();
        if (it == list->names.end()) {
            refuse(q, "a list of its choices", item);
        }
        const auto at = static_cast<std::size_t>(it - list->names.begin());
        if (picked[at]) {
            refuse(q, "each choice at most once", item);
        }
        picked[at] = true;
    }
    json ordered = json::array();
    for (std::size_t i = 0; i < picked.size(); ++i) {
        if (picked[i]) {
            ordered.push_back(list->names[i]);
        }
    }
    return ordered.empty() ? json() : ordered;
}

} // namespace

json normalizeAnswer(const Template &t, const Question &q, const json &value)
{
    if (value.is_null()) {
        return value;
    }
    switch (q.type) {
    case QuestionType::YesNo:
    case QuestionType::Grade:
    case QuestionType::SelectOne:
        return normalizeChoice(t, q, value);
    case QuestionType::SelectMultiple:
    case QuestionType::Agencies:
    case QuestionType::Themes:
        return normalizeChoices(t, q, value);
    case QuestionType::Date:
        if (!value.is_string() || !expr::parseDate(value.get<std::string>())) {
            refuse(q, "a date like 2026-11-26", value);
        }
        return value;
    case QuestionType::Time:
        if (!value.is_string() || !expr::parseTime(value.get<std::string>())) {
            refuse(q, "a time like 14:30", value);
        }
        return value;
    case QuestionType::DateTime:
        if (!value.is_string() || !expr::parseDateTime(value.get<std::string>())) {
            refuse(q, "a date and time like 2026-11-26T14:30", value);
        }
        return value;
    case QuestionType::Integer: {
        constexpr double limit = 9007199254740992.0; // 2^53: every whole number up to here survives JSON readers
        if (value.is_number_integer() && std::fabs(value.get<double>()) <= limit) {
            return json(value.get<std::int64_t>());
        }
        if (value.is_number_float() && std::nearbyint(value.get<double>()) == value.get<double>() &&
            std::fabs(value.get<double>()) <= limit) {
            return json(static_cast<std::int64_t>(value.get<double>()));
        }
        refuse(q, "a whole number", value);
    }
    case QuestionType::Decimal:
        if (!value.is_number() || !std::isfinite(value.get<double>())) {
            refuse(q, "a number", value);
        }
        return value;
    case QuestionType::Text:
    case QuestionType::LongText: {
        if (!value.is_string()) {
            refuse(q, "text", value);
        }
        const auto length = utf8Length(value);
        if (!length) {
            refuse(q, "text in UTF-8", json("(unreadable bytes)"));
        }
        if (*length > static_cast<std::size_t>(q.maxLength)) {
            throw Error(ErrorKind::Invalid, "\u201c" + (q.label.empty() ? q.name : q.label) + "\u201d takes at most " +
                                                std::to_string(q.maxLength) + " characters; this answer has " +
                                                std::to_string(*length) + ".");
        }
        return *length == 0 ? json() : value;
    }
    default:
        throw Error(ErrorKind::Invalid, "\u201c" + (q.label.empty() ? q.name : q.label) +
                                            "\u201d is not answered directly (it is a " +
                                            std::string(questionTypeName(q.type)) + ").");
    }
}

expr::Value answerToValue(const Question &q, const json &answer)
{
    if (answer.is_null()) {
        return {};
    }
    switch (q.type) {
    case QuestionType::SelectMultiple:
    case QuestionType::Agencies:
    case QuestionType::Themes:
        return expr::Value::list(answer.get<std::vector<std::string>>());
    case QuestionType::Date:
        return expr::Value::date(*expr::parseDate(answer.get<std::string>()));
    case QuestionType::Time:
        return expr::Value::time(*expr::parseTime(answer.get<std::string>()));
    case QuestionType::DateTime:
        return expr::Value::dateTime(*expr::parseDateTime(answer.get<std::string>()));
    case QuestionType::Integer:
    case QuestionType::Decimal:
        return expr::Value::number(answer.get<double>());
    default:
        return answer.is_string() ? expr::Value::string(answer.get<std::string>()) : expr::Value();
    }
}

json valueToJson(const expr::Value &v)
{
    switch (v.kind()) {
    case expr::ValueKind::Empty:
        return json();
    case expr::ValueKind::Bool:
        return v.truthy();
    case expr::ValueKind::Number: {
        const double n = v.rawNumber();
        if (std::nearbyint(n) == n && std::fabs(n) < 9e15) {
            return static_cast<std::int64_t>(n);
        }
        return n;
    }
    case expr::ValueKind::List:
        return v.items();
    default:
        return v.isEmpty() ? json() : json(v.toString());
    }
}

bool isEntryId(std::string_view id)
{
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

} // namespace maqa::core
