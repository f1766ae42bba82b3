// Rendering answers as text (see AnswerText.h). Unknown choice names are shown as stored rather than hidden, so a
// return made on another template version still reads sensibly.
#include "core/office/AnswerText.h"

#include <cmath>
#include <sstream>

namespace maqa::core::office {

std::string choiceLabel(const Template &templ, const Question &question, const std::string &name)
{
    if (const ChoiceList *list = templ.choicesOf(question)) {
        if (const Choice *choice = list->find(name)) {
            return choice->label;
        }
    }
    return name;
}

std::string answerText(const Template &templ, const Question &question, const nlohmann::json &value)
{
    if (value.is_null()) {
        return {};
    }
    if (question.type == QuestionType::Repeat && value.is_array()) {
        return std::to_string(value.size()) + (value.size() == 1 ? " entry" : " entries");
    }
    if (value.is_string()) {
        const std::string &text = value.get_ref<const std::string &>();
        return isSingleChoice(question.type) ? choiceLabel(templ, question, text) : text;
    }
    if (value.is_array()) {
        std::string joined;
        for (const nlohmann::json &item : value) {
            const std::string part =
                item.is_string() ? choiceLabel(templ, question, item.get<std::string>()) : item.dump();
            joined += (joined.empty() ? "" : "; ") + part;
        }
        return joined;
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? "Yes" : "No";
    }
    if (value.is_number_integer()) {
        return std::to_string(value.get<std::int64_t>());
    }
    if (value.is_number_float()) {
        const double number = value.get<double>();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15) {
            return std::to_string(static_cast<std::int64_t>(number));
        }
        std::ostringstream out;
        out << number;
        return out.str();
    }
    return value.dump();
}

} // namespace maqa::core::office
