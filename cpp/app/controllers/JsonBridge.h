// Conversions between QML's values (QVariant) and the answers' JSON (nlohmann::json), in one place, so every
// controller hands the form engine exactly what docs/architecture.md "Answers" says and QML gets plain values back.
#pragma once

#include <QVariant>

#include <nlohmann/json.hpp>

/** @p value as JSON: strings, numbers, booleans, lists and maps; undefined and null become null. */
nlohmann::json variantToJson(const QVariant &value);
/** @p json as a QVariant QML reads natively (null becomes an invalid QVariant, i.e. undefined). */
QVariant jsonToVariant(const nlohmann::json &json);
/** @p json as short text for lists and read-only cells: strings as is, arrays joined with ", ". */
QString jsonToDisplayText(const nlohmann::json &json);
