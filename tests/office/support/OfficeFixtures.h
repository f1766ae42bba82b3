// Shared helpers of the office tests and benchmark: the shipped Early Help template, sample answers, opened returns
// made by hand, a sealing rig (an office key pair and enrolled devices) and an RFC 4180 reader for the CSV exports.
#pragma once

#include "protocol/OfficeOpening.h"

#include "core/crypto/Envelope.h"
#include "core/office/Opening.h"
#include "core/office/export/Report.h"
#include "core/template/Template.h"
#include "protocol/Envelope.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/** QCOMPARE for enums QtTest cannot print (no Q_ENUM): compares, and prints, their underlying values. */
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(static_cast<int>(actual), static_cast<int>(expected))

namespace maqa::test {

/** The shipped template at assets/templates/<name>.json, loaded (throws if it does not load). */
std::shared_ptr<const core::Template> shippedTemplate(const std::string &name);
/** The shipped Early Help audit. */
std::shared_ptr<const core::Template> earlyHelp();

/** Valid sample answers (shown answers and calculations) for @p caseCode and @p agency, varied by @p seed. */
nlohmann::json sampleAnswers(const std::shared_ptr<const core::Template> &templ, const std::string &caseCode,
                             const std::string &agency, unsigned seed);

/** An opened return made by hand (no sealing): for the aggregation tests. */
core::office::OpenedReturn openedReturn(const std::string &uuid, int revision, const std::string &auditId,
                                        const std::string &caseCode, const std::string &agency, nlohmann::json answers,
                                        const std::string &submittedAt = "2026-11-20T10:00:00Z");

/** An office key pair, enrolled devices (one per agency, made on first use) and the opening context for them. */
class SealingRig
{
public:
    SealingRig();
    /** The office's key pair. */
    const core::envelope::BoxKeyPair &office() const { return m_office; }
    /** The device id enrolled for @p agency (enrolled on first use). */
    const std::string &deviceFor(const std::string &agency);
    /** The signing keys of @p agency's device. */
    const core::envelope::SigningKeyPair &keysFor(const std::string &agency);
    /** A payload of @p answers from @p agency's device for @p caseCode. */
    protocol::ReturnPayload payload(const std::string &auditId, const std::string &caseCode, const std::string &agency,
                                    nlohmann::json answers, int revision = 1, std::string uuid = {});
    /** @p payload sealed by its agency's device to the office key. */
    protocol::Envelope seal(const protocol::ReturnPayload &payload);
    /** The opening context: the office keyring, every enrolled device, @p templates, the protocol reader. */
    core::office::OpenContext context(const core::office::TemplateSet &templates, unsigned threads = 0);
    /** The keyring the context points at. */
    const core::office::OfficeKeyring &keyring() const { return m_keyring; }

private:
    core::envelope::BoxKeyPair m_office;
    core::office::OfficeKeyring m_keyring;
    std::map<std::string, std::pair<std::string, core::envelope::SigningKeyPair>> m_devices;
};

/** A briefing report as the office would print it: 6 cases × 4 agencies of sample returns, analysed and drafted,
 * with two actions; @p extraWorry is added to the worries (the tests put hostile text there). */
core::office::BriefingReport demoReport(const std::string &extraWorry);

/** Reads RFC 4180 CSV (a leading UTF-8 BOM skipped, CRLF rows); fails the test's expectations by throwing. */
std::vector<std::vector<std::string>> parseCsv(std::string_view text);

} // namespace maqa::test
