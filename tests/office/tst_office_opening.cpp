// Tests of opening sealed returns at the office: a batch opens in order on several threads, answers are re-evaluated
// (hidden answers dropped, calculations recomputed), and every way a return can be wrong ends in the quarantine with
// its reason and its envelope — tampered, wrong office key, unknown device, another device's signature, metadata
// swapped, an agency that is not the device's, an unknown template, answers that do not fit, content that is not JSON.
#include "support/OfficeFixtures.h"

#include "core/crypto/Sodium.h"
#include "core/office/Opening.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "protocol/Sealing.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;
using namespace maqa::protocol;
namespace off = maqa::core::office;

namespace {

const std::string kAudit = "7d1f6a52-3c0e-4b8e-9a57-2f4c1b0d9e11";

/** Opens one envelope and returns the outcome. */
off::OpenOutcome openOne(SealingRig &rig, const off::TemplateSet &templates, const off::SealedReturn &sealed)
{
    const off::OpenContext context = rig.context(templates, 1);
    return off::openReturns(std::span<const off::SealedReturn>(&sealed, 1), context);
}

} // namespace

class TestOfficeOpening : public QObject
{
    Q_OBJECT
    off::TemplateSet m_templates;

    /** Expects @p sealed to be quarantined for @p reason with a message containing @p words. */
    void expectQuarantined(SealingRig &rig, const off::SealedReturn &sealed, off::QuarantineReason reason,
                           const std::string &words)
    {
        const off::OpenOutcome outcome = openOne(rig, m_templates, sealed);
        QVERIFY(outcome.opened.empty());
        QCOMPARE(outcome.quarantined.size(), std::size_t(1));
        const off::Quarantined &q = outcome.quarantined.front();
        QCOMPARE(off::toString(q.reason), off::toString(reason));
        QVERIFY2(q.message.find(words) != std::string::npos, q.message.c_str());
        QVERIFY2(q.message.find(sealed.claimed.ref.uuid) != std::string::npos, "the message names the return");
        QCOMPARE(q.envelopeText, sealed.envelopeText);
        QCOMPARE(q.claimed, sealed.claimed);
    }

private slots:
    void initTestCase() { m_templates.add(earlyHelp()); }

    void batchOpensInOrderOnSeveralThreads()
    {
        SealingRig rig;
        std::vector<off::SealedReturn> batch;
        std::vector<protocol::ReturnPayload> payloads;
        const std::vector<std::string> agencies = {"police", "csc", "education"};
        for (int i = 0; i < 60; ++i) {
            const std::string agency = agencies[static_cast<std::size_t>(i) % agencies.size()];
            const std::string caseCode = "EH-" + std::to_string(100 + i / 3);
            payloads.push_back(
                rig.payload(kAudit, caseCode, agency, sampleAnswers(earlyHelp(), caseCode, agency, i + 1)));
            batch.push_back(toSealedReturn(rig.seal(payloads.back())));
        }
        const off::OpenContext context = rig.context(m_templates, 4);
        const off::OpenOutcome outcome = off::openReturns(batch, context);
        QVERIFY(outcome.quarantined.empty());
        QCOMPARE(outcome.opened.size(), batch.size());
        for (std::size_t i = 0; i < batch.size(); ++i) {
            QCOMPARE(outcome.opened[i].meta, batch[i].claimed);
            QCOMPARE(outcome.opened[i].answers.dump(), payloads[i].answers.dump()); // sample answers are normal form
        }
    }

    void answersAreReevaluatedHiddenDroppedCalculationsRecomputed()
    {
        SealingRig rig;
        nlohmann::json answers = sampleAnswers(earlyHelp(), "EH-200", "police", 7);
        answers["child_seen"] = "no";
        answers["child_seen_evidence"] = "Not seen during the period.";
        answers["seen_alone"] = "no";                         // hidden: the child was not seen
        answers["seen_alone_evidence"] = "stale hidden text"; // hidden too
        answers["has_siblings"] = "no";
        answers["siblings_visible"] = "yes"; // hidden: no siblings
        answers["need_start"] = "2";
        answers["need_end"] = "3";
        answers["need_change"] = "invented by the device"; // a calculation the office recomputes
        const protocol::ReturnPayload payload = rig.payload(kAudit, "EH-200", "police", answers);
        const off::OpenOutcome outcome = openOne(rig, m_templates, toSealedReturn(rig.seal(payload)));
        QCOMPARE(outcome.opened.size(), std::size_t(1));
        const nlohmann::json &opened = outcome.opened.front().answers;
        QVERIFY(!opened.contains("seen_alone"));
        QVERIFY(!opened.contains("seen_alone_evidence"));
        QVERIFY(!opened.contains("siblings_visible"));
        QCOMPARE(opened.at("child_seen_evidence").get<std::string>(), std::string("Not seen during the period."));
        QCOMPARE(opened.at("need_change").get<std::string>(), std::string("stepped up"));
    }

    void tamperedEnvelopeDoesNotOpen()
    {
        SealingRig rig;
        off::SealedReturn sealed = toSealedReturn(
            rig.seal(rig.payload(kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 1))));
        core::Bytes bytes = core::fromBase64(sealed.sealed);
        bytes[bytes.size() / 2] ^= 0x01;
        sealed.sealed = core::toBase64(bytes);
        expectQuarantined(rig, sealed, off::QuarantineReason::EnvelopeDoesNotOpen, "altered or truncated");

        sealed.sealed = "not base64 at all!";
        expectQuarantined(rig, sealed, off::QuarantineReason::EnvelopeDoesNotOpen, "not valid base64");
        sealed.sealed = core::toBase64(core::Bytes(20, 1));
        expectQuarantined(rig, sealed, off::QuarantineReason::EnvelopeDoesNotOpen, "truncated");
    }

    void sealedToAnotherOfficeKey()
    {
        SealingRig rig;
        SealingRig otherOffice;
        protocol::ReturnPayload payload =
            rig.payload(kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 1));
        payload.metadata.keyId = core::envelope::keyId(otherOffice.office().publicKey);
        const protocol::Envelope envelope =
            protocol::sealReturn(payload, rig.keysFor("police").secretKey, otherOffice.office().publicKey);
        off::SealedReturn sealed = toSealedReturn(envelope);
        expectQuarantined(rig, sealed, off::QuarantineReason::EnvelopeDoesNotOpen, "which this office does not hold");

        // The envelope claims this office's key id, but the bytes were sealed to the other key.
        sealed.claimed.keyId = core::envelope::keyId(rig.office().publicKey);
        expectQuarantined(rig, sealed, off::QuarantineReason::EnvelopeDoesNotOpen, "cannot be opened with office key");
    }

    void unknownDevice()
    {
        SealingRig rig;
        const protocol::ReturnPayload payload =
            rig.payload(kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 1));
        off::SealedReturn sealed = toSealedReturn(rig.seal(payload));
        sealed.claimed.deviceId = core::newUuid();
        expectQuarantined(rig, sealed, off::QuarantineReason::UnknownDevice, "not in the server's device list");
    }

    void signatureByAnotherDevice()
    {
        SealingRig rig;
        rig.deviceFor("csc");
        // Police's device id and agency, but signed with CSC's device key.
        const protocol::ReturnPayload payload =
            rig.payload(kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 1));
        const protocol::Envelope envelope =
            protocol::sealReturn(payload, rig.keysFor("csc").secretKey, rig.office().publicKey);
        expectQuarantined(rig, toSealedReturn(envelope), off::QuarantineReason::SignatureInvalid,
                          "does not carry a valid signature");
    }

    void metadataSwappedAfterSealing()
    {
        SealingRig rig;
        const protocol::ReturnPayload payload =
            rig.payload(kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 1));
        off::SealedReturn sealed = toSealedReturn(rig.seal(payload));
        sealed.claimed.caseCode = "EH-2";
        sealed.claimed.ref.revision = 2;
        expectQuarantined(rig, sealed, off::QuarantineReason::MetadataMismatch, "disagree on revision, case_code");

        sealed = toSealedReturn(rig.seal(payload));
        sealed.plainSize += 1;
        expectQuarantined(rig, sealed, off::QuarantineReason::MetadataMismatch, "plain_size");
    }

    void agencyMustBeTheDevicesAgency()
    {
        SealingRig rig;
        // A police device signs, consistently, a return that claims to be CSC's.
        protocol::ReturnPayload payload =
            rig.payload(kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "csc", 1));
        payload.metadata.agency = "csc";
        const protocol::Envelope envelope =
            protocol::sealReturn(payload, rig.keysFor("police").secretKey, rig.office().publicKey);
        expectQuarantined(rig, toSealedReturn(envelope), off::QuarantineReason::MetadataMismatch,
                          "names agency csc but was signed by device");
    }

    void unknownTemplateVersion()
    {
        SealingRig rig;
        protocol::ReturnPayload payload =
            rig.payload(kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 1));
        payload.metadata.templateVersion = 99;
        expectQuarantined(rig, toSealedReturn(rig.seal(payload)), off::QuarantineReason::TemplateUnknown,
                          "early-help-audit version 99");
    }

    void answersThatDoNotFitTheTemplate()
    {
        SealingRig rig;
        nlohmann::json answers = sampleAnswers(earlyHelp(), "EH-1", "police", 1);
        answers["favourite_colour"] = "blue";
        expectQuarantined(rig, toSealedReturn(rig.seal(rig.payload(kAudit, "EH-1", "police", answers))),
                          off::QuarantineReason::AnswersInvalid, "favourite_colour");
        answers = sampleAnswers(earlyHelp(), "EH-1", "police", 1);
        answers["child_seen"] = 42;
        expectQuarantined(rig, toSealedReturn(rig.seal(rig.payload(kAudit, "EH-1", "police", answers))),
                          off::QuarantineReason::AnswersInvalid,
                          "\u201cWas the child seen?\u201d needs one of its choices");
    }

    void contentThatIsNotAReturn()
    {
        SealingRig rig;
        const protocol::ReturnPayload payload =
            rig.payload(kAudit, "EH-1", "police", sampleAnswers(earlyHelp(), "EH-1", "police", 1));
        off::SealedReturn sealed = toSealedReturn(rig.seal(payload));
        const std::string garbage = "this is not JSON";
        sealed.sealed = core::toBase64(
            core::envelope::seal(core::asBytes(garbage), rig.keysFor("police").secretKey, rig.office().publicKey));
        sealed.plainSize = static_cast<std::int64_t>(garbage.size());
        expectQuarantined(rig, sealed, off::QuarantineReason::ContentInvalid, "not a valid return");
    }

    void goodAndBadReturnsSeparateInOneBatch()
    {
        SealingRig rig;
        std::vector<off::SealedReturn> batch;
        for (int i = 0; i < 12; ++i) {
            batch.push_back(toSealedReturn(
                rig.seal(rig.payload(kAudit, "EH-9", "police", sampleAnswers(earlyHelp(), "EH-9", "police", i + 1)))));
        }
        batch[3].claimed.caseCode = "EH-8";
        batch[7].claimed.deviceId = core::newUuid();
        const off::OpenContext context = rig.context(m_templates, 3);
        const off::OpenOutcome outcome = off::openReturns(batch, context);
        QCOMPARE(outcome.opened.size(), std::size_t(10));
        QCOMPARE(outcome.quarantined.size(), std::size_t(2));
        QCOMPARE(outcome.quarantined[0].index, std::size_t(3));
        QCOMPARE(outcome.quarantined[1].index, std::size_t(7));
        QCOMPARE(outcome.opened[3].meta, batch[4].claimed);
    }

    void incompleteContextIsRefused()
    {
        const off::OpenContext context;
        const std::vector<off::SealedReturn> none;
        QVERIFY_THROWS_EXCEPTION(core::Error, off::openReturns(none, context));
    }

    void reasonNamesRoundTrip()
    {
        for (int i = 0; i <= static_cast<int>(off::QuarantineReason::AnswersInvalid); ++i) {
            const auto reason = static_cast<off::QuarantineReason>(i);
            QCOMPARE(off::quarantineReasonFrom(off::toString(reason)), std::optional<off::QuarantineReason>(reason));
            QVERIFY(!off::describe(reason).empty());
        }
        QVERIFY(!off::quarantineReasonFrom("lost_in_the_post"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeOpening)
#include "tst_office_opening.moc"
