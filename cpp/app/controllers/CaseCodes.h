// The plausibility check on a case code typed in by hand: office codes are short runs of letters, digits, '-' and
// '_' with at least one digit; anything that looks like a name, a date, an NHS number or a postcode is refused.
#pragma once

#include <QString>

/** Why @p code cannot be a case code, in plain words; empty when it is plausible. */
QString caseCodeProblem(const QString &code);
