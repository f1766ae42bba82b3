// The per-type answer rules of docs/architecture.md ("Answers"): which JSON value each question type accepts,
// how an answer reads inside expressions, and how a computed value is written back as JSON.
#pragma once

#include "core/expr/Value.h"
#include "core/template/Template.h"

#include <nlohmann/json.hpp>

namespace maqa::core {

/**
 * The stored form of @p value for @p question: null for "unanswered" (null, "", []), the value otherwise
 * (multiple choices in list order, whole decimals kept as given). Throws Error(Invalid) with a sentence naming the
 * question when the value does not fit its type, choices or max_length.
 */
nlohmann::json normalizeAnswer(const Template &t, const Question &question, const nlohmann::json &value);
/** How a stored answer of @p question reads in expressions (empty for null). */
expr::Value answerToValue(const Question &question, const nlohmann::json &answer);
/** A computed value as JSON: numbers, text, true/false, "YYYY-MM-DD"-style dates, arrays; null when empty. */
nlohmann::json valueToJson(const expr::Value &value);
/** True when @p id can name a repeat entry: 1-64 letters, digits, '_' or '-'. */
bool isEntryId(std::string_view id);

} // namespace maqa::core
