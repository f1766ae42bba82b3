// The state of a case or return as the home page shows it: not started, draft, submitted, delivered, returned
// for correction (with the office's comment) or approved, derived from a ReturnRecord in one place.
#pragma once

#include "store/repos/Records.h"

#include <QString>

#include <optional>

/** "not_started", "draft", "submitted", "delivered", "returned" or "approved". */
QString returnStateName(const std::optional<maqa::store::ReturnRecord> &record);
/** The state in plain words, e.g. "Draft · 40%", "Returned for correction". */
QString returnStateLabel(const std::optional<maqa::store::ReturnRecord> &record);
