// Answers as people read them in the office's lists and exports: choice labels rather than stored names, lists
// joined, numbers as written. One function, so the CSV, the discrepancy list and the briefing agree.
#pragma once

#include "core/template/Template.h"

#include <nlohmann/json.hpp>

#include <string>

namespace maqa::core::office {

/**
 * @p value (an answer or calculated value of @p question) as text: a choice's label, several choices' labels joined
 * with "; ", integers without decimals, true/false as Yes/No, a repeat group as "3 entries"; "" when unanswered.
 */
std::string answerText(const Template &templ, const Question &question, const nlohmann::json &value);

/** The label of choice @p name of @p question, or @p name itself when the question has no such choice. */
std::string choiceLabel(const Template &templ, const Question &question, const std::string &name);

} // namespace maqa::core::office
