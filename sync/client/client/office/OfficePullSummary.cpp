// The summary line of an office sync (see OfficePullSummary.h): counts in words, zero counts said plainly where the
// office would otherwise wonder ("no new returns"), warnings after it.
#include "client/office/OfficePullSummary.h"

namespace maqa::client {

namespace {

std::string plural(int n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::string OfficePullSummary::text() const
{
    std::string line = opened > 0 ? "Opened " + plural(opened, "new return", "new returns") : "No new returns";
    if (alreadyHeld > 0) {
        line += " (" + plural(alreadyHeld, "was", "were") + " already held)";
    }
    if (quarantined > 0) {
        line += "; quarantined " + std::to_string(quarantined) + " (";
        bool first = true;
        for (const auto &[reason, count] : quarantineReasons) {
            line += (first ? "" : ", ") + reason + ": " + std::to_string(count);
            first = false;
        }
        line += ")";
    } else {
        line += "; none quarantined";
    }
    line += "; " + plural(devices, "device", "devices") + ", " + plural(audits, "audit", "audits") + ", " +
            plural(drafts, "draft", "drafts") + " in progress";
    if (templatesAdded > 0) {
        line += ", " + plural(templatesAdded, "new template version", "new template versions");
    }
    if (reviewsSent > 0) {
        line += "; " + plural(reviewsSent, "review", "reviews") + " sent";
    }
    if (keyRegistered) {
        line += "; the office key was registered with the server";
    }
    line += ".";
    for (const std::string &warning : warnings) {
        line += " " + warning;
    }
    return line;
}

} // namespace maqa::client
