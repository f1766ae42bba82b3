// Which returns count: only the latest revision of each return, and only the audit being analysed. Every figure
// the office shows starts from this selection, so a resubmission replaces its earlier revision everywhere.
#pragma once

#include "core/office/Records.h"

#include <span>
#include <string_view>
#include <vector>

namespace maqa::core::office {

/**
 * The highest revision of each return (by uuid) in @p returns, restricted to audit @p auditId unless it is empty,
 * ordered by case code, agency, submission time and uuid so every figure lists them the same way. The pointers
 * refer into @p returns.
 */
std::vector<const OpenedReturn *> latestRevisions(std::span<const OpenedReturn> returns, std::string_view auditId = {});

/** The text answer at @p name, or "" when it is absent or not text. */
std::string textAnswer(const OpenedReturn &r, const std::string &name);

} // namespace maqa::core::office
