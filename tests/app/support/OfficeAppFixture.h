// The office side of a store filled the way a pull fills it, for the app's office tests and screenshots: the shipped
// Early Help audit with six cases and four agencies, opened returns of varied sample answers, drafts in progress,
// and one quarantined envelope. Written through the app's own OfficeStore so its models hear every change.
#pragma once

#include <string>

namespace maqa::store::office {
class OfficeStore;
}

namespace maqa::test {

/** Cases EH-2026-101..106 (the first is "the child" the tests read), agencies in the audit's order. */
inline constexpr const char *kOfficeAgencies[] = {"csc", "police", "education", "gp"};

/**
 * Stores the audit (due 2026-12-18), 21 opened returns (EH-2026-105 gp, EH-2026-106 police and gp are missing;
 * 105 gp and 106 gp are being drafted, 106 police is not started), and one return quarantined because its
 * signature does not verify. Returns the audit id.
 */
std::string fillOffice(store::office::OfficeStore &office);

} // namespace maqa::test
