// Fills an office store for the app's office tests (see OfficeAppFixture.h), from the office tests' fixtures:
// sample answers of the shipped Early Help template, varied per case and agency.
#include "OfficeAppFixture.h"

#include "support/OfficeFixtures.h"

#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/OfficeStore.h"
#include "store/office/QuarantineRepository.h"

#include <vector>

namespace maqa::test {

std::string fillOffice(store::office::OfficeStore &office)
{
    core::office::AuditInfo audit;
    audit.auditId = "0b6f5c2e-3d4a-4e8f-9a1b-2c3d4e5f6a7b";
    audit.title = "Early Help, autumn 2026";
    audit.theme = "Early Help";
    audit.period = "the last 12 months, judged on the last 6";
    audit.dueDate = "2026-12-18";
    audit.templateId = "early-help-audit";
    audit.templateVersion = 1;
    const char *bands[] = {"0-1", "2-4", "5-10", "11-15", "16-17", "5-10"};
    const char *needs[] = {"Early Help", "Child in Need", "Child Protection",
                           "Early Help", "Child in Need", "Early Help"};
    for (int c = 0; c < 6; ++c) {
        audit.cases.push_back({"EH-2026-10" + std::to_string(c + 1), bands[c], needs[c]});
    }
    audit.agencies.assign(std::begin(kOfficeAgencies), std::end(kOfficeAgencies));
    audit.createdAt = "2026-10-01T09:00:00Z";
    office.audits().save(audit);

    const auto missing = [](const std::string &code, const std::string &agency) {
        return (code == "EH-2026-105" && agency == "gp") ||
               (code == "EH-2026-106" && (agency == "police" || agency == "gp"));
    };
    std::vector<core::office::OpenedReturn> returns;
    unsigned seed = 1;
    for (const core::office::CaseInfo &c : audit.cases) {
        for (const std::string &agency : audit.agencies) {
            if (!missing(c.code, agency)) {
                const std::string uuid = "00000000-0000-4000-8000-" +
                                         std::string(12 - std::to_string(seed).size(), '0') + std::to_string(seed);
                returns.push_back(openedReturn(uuid, 1, audit.auditId, c.code, agency,
                                               sampleAnswers(earlyHelp(), c.code, agency, seed),
                                               "2026-11-1" + std::to_string(seed % 9) + "T10:00:00Z"));
            }
            ++seed;
        }
    }
    office.returns().addOpened(returns, "office");

    std::vector<core::office::DraftProgress> drafts(2);
    drafts[0] = {audit.auditId,         "EH-2026-105", "gp", "dev-gp-1", "GP practice tablet", "r-105-gp", 31, 58,
                 "2026-11-24T15:10:00Z"};
    drafts[1] = {audit.auditId,         "EH-2026-106", "gp", "dev-gp-1", "GP practice tablet", "r-106-gp", 9, 58,
                 "2026-11-25T09:30:00Z"};
    office.audits().replaceProgress(drafts);

    core::office::Quarantined bad;
    bad.claimed.ref = {"00000000-0000-4000-8000-0000000000ff", 1};
    bad.claimed.auditId = audit.auditId;
    bad.claimed.caseCode = "EH-2026-106";
    bad.claimed.agency = "police";
    bad.claimed.templateId = audit.templateId;
    bad.claimed.kind = "audit";
    bad.claimed.deviceId = "dev-police-2";
    bad.claimed.submittedAt = "2026-11-21T08:00:00Z";
    bad.reason = core::office::QuarantineReason::SignatureInvalid;
    bad.message = "The device's signature does not match this return: it was changed after it was sealed, or "
                  "signed by another device.";
    bad.envelopeText = R"({"v":1,"alg":"x25519-xsalsa20poly1305","sig":"AAAA"})";
    office.quarantine().add(std::vector<core::office::Quarantined>{bad}, "office");
    return audit.auditId;
}

} // namespace maqa::test
