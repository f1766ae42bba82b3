// Tests of the wire messages: every type round-trips through JSON, and strict reading refuses unknown, missing,
// ill-typed and oversized fields with a message that names the field.
#include "protocol/Assignment.h"
#include "protocol/Enrolment.h"
#include "protocol/Envelope.h"
#include "protocol/ErrorBody.h"
#include "protocol/Json.h"
#include "protocol/Limits.h"
#include "protocol/Office.h"
#include "protocol/Progress.h"
#include "protocol/Review.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"

#include <QTest>

#include <functional>

using namespace maqa;
using core::Error;
using core::ErrorKind;
using nlohmann::json;

// JSON values compare by their text, which QtTest can print when they differ.
#define QCOMPARE_JSON(actual, expected) QCOMPARE((actual).dump(), (expected).dump())

namespace {

// Runs @p read and returns the Error(Invalid) message it threw, or "" when it did not throw one.
std::string invalidMessage(const std::function<void()> &read)
{
    try {
        read();
    } catch (const Error &e) {
        return e.kind() == ErrorKind::Invalid ? std::string(e.what()) : std::string();
    }
    return {};
}

bool names(const std::string &message, const std::string &field)
{
    return message.find("\"" + field + "\"") != std::string::npos;
}

json sampleEnvelope()
{
    const std::size_t plain = 100;
    return {{"format", "maqa-envelope/1"},
            {"uuid", core::newUuid()},
            {"revision", 1},
            {"audit_id", core::newUuid()},
            {"case_code", "EH-1"},
            {"agency", "gp"},
            {"template_id", "early-help"},
            {"template_version", 1},
            {"kind", "audit"},
            {"device_id", core::newUuid()},
            {"key_id", "0123456789abcdef"},
            {"created_at", "2026-11-26T10:00:00Z"},
            {"submitted_at", "2026-11-26T11:00:00.250Z"},
            {"plain_size", plain},
            {"sealed", core::toBase64(core::Bytes(core::envelope::sealedSize(plain), 7))}};
}

json sampleAssignment()
{
    return {{"audit_id", core::newUuid()},
            {"title", "Early Help, autumn"},
            {"theme", "Early Help"},
            {"period", "last 12 months"},
            {"due_date", "2026-12-31"},
            {"template_id", "early-help"},
            {"template_version", 2},
            {"agency", "education"},
            {"cases", json::array({{{"code", "EH-1"}, {"age_band", "0-1"}, {"needs", "Early Help"}}})}};
}

} // namespace

class TestProtocolMessages : public QObject
{
    Q_OBJECT
private slots:
    void envelopeRoundTripsAndIsStrict()
    {
        const json sample = sampleEnvelope();
        const protocol::Envelope e = protocol::Envelope::fromJson(sample);
        QCOMPARE_JSON(e.toJson(), sample);
        QCOMPARE_JSON(protocol::Envelope::parse(e.serialize()).toJson(), sample);

        json extra = sample;
        extra["answers"] = json::object();
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(extra); }), "answers"));
        for (const char *field : {"uuid", "revision", "case_code", "agency", "key_id", "sealed", "plain_size"}) {
            json missing = sample;
            missing.erase(field);
            QVERIFY2(names(invalidMessage([&] { protocol::Envelope::fromJson(missing); }), field), field);
        }
        json wrongType = sample;
        wrongType["revision"] = "1";
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(wrongType); }), "revision"));
        json zeroRevision = sample;
        zeroRevision["revision"] = 0;
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(zeroRevision); }), "revision"));
        json badUuid = sample;
        badUuid["uuid"] = "not-a-uuid";
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(badUuid); }), "uuid"));
        json badFormat = sample;
        badFormat["format"] = "maqa-envelope/2";
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(badFormat); }), "format"));
        json badTime = sample;
        badTime["submitted_at"] = "2026-11-26 11:00";
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(badTime); }), "submitted_at"));
        json badKind = sample;
        badKind["kind"] = "letter";
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(badKind); }), "kind"));
    }

    void envelopeSealedLengthMustMatchPlainSize()
    {
        json sample = sampleEnvelope();
        sample["plain_size"] = 101;
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(sample); }), "sealed"));
        sample = sampleEnvelope();
        sample["sealed"] = "@@not base64@@";
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(sample); }), "sealed"));
        sample = sampleEnvelope();
        sample["plain_size"] = protocol::kMaxPayloadBytes + 1;
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(sample); }), "plain_size"));
    }

    void observationsMayHaveNoAuditButAuditsMust()
    {
        json sample = sampleEnvelope();
        sample["audit_id"] = "";
        QVERIFY(names(invalidMessage([&] { protocol::Envelope::fromJson(sample); }), "audit_id"));
        sample["kind"] = "observation";
        QCOMPARE(protocol::Envelope::fromJson(sample).metadata.auditId, std::string());
    }

    void parsingRefusesDeepNestingAndNonObjects()
    {
        const std::string deep =
            std::string(protocol::kMaxJsonDepth + 1, '[') + std::string(protocol::kMaxJsonDepth + 1, ']');
        QVERIFY(!invalidMessage([&] { protocol::parseObject(deep, "message"); }).empty());
        QVERIFY(!invalidMessage([&] { protocol::parseObject("[1,2]", "message"); }).empty());
        QVERIFY(!invalidMessage([&] { protocol::parseObject("{\"a\":", "message"); }).empty());
        QVERIFY(!invalidMessage([&] { protocol::parseObject("{\"a\":\"\xff\"}", "message"); }).empty());
        // Brackets inside strings do not count as nesting.
        const std::string text = "{\"a\":\"" + std::string(100, '[') + "\"}";
        QCOMPARE(protocol::parseObject(text, "message")["a"].get<std::string>(), std::string(100, '['));
    }

    void payloadRoundTripsAndRequiresAnswersObject()
    {
        json sample = sampleEnvelope();
        sample.erase("plain_size");
        sample.erase("sealed");
        sample["format"] = "maqa-return/1";
        sample["answers"] = {{"q1", "yes"}, {"times", json::array({{{"_id", "a1"}, {"time", "07:00"}}})}};
        sample["note"] = "";
        sample["app_version"] = "0.1.0";
        const protocol::ReturnPayload p = protocol::ReturnPayload::fromJson(sample);
        QCOMPARE_JSON(p.toJson(), sample);
        sample["answers"] = json::array();
        QVERIFY(names(invalidMessage([&] { protocol::ReturnPayload::fromJson(sample); }), "answers"));
    }

    void enrolmentMessages()
    {
        const std::string key = core::toBase64(core::Bytes(32, 1));
        const json request = {{"code", "abcd-efgh-jkmn-pqrs"}, {"device_name", "Tablet 3"}, {"sign_public_key", key}};
        QCOMPARE_JSON(protocol::EnrolmentRequest::fromJson(request).toJson(), request);
        json shortKey = request;
        shortKey["sign_public_key"] = core::toBase64(core::Bytes(31, 1));
        QVERIFY(names(invalidMessage([&] { protocol::EnrolmentRequest::fromJson(shortKey); }), "sign_public_key"));
        json longName = request;
        longName["device_name"] = std::string(protocol::kMaxShortText + 1, 'x');
        QVERIFY(names(invalidMessage([&] { protocol::EnrolmentRequest::fromJson(longName); }), "device_name"));
        json controlChars = request;
        controlChars["device_name"] = "Tablet\n3";
        QVERIFY(names(invalidMessage([&] { protocol::EnrolmentRequest::fromJson(controlChars); }), "device_name"));

        const json response = {
            {"device_id", core::newUuid()},
            {"token", "md1.abc"},
            {"agency", "gp"},
            {"office_public_key", key},
            {"office_key_id", "0123456789abcdef"},
            {"policy", {{"idle_lock_seconds", 300}, {"unlock_failure_limit", 10}, {"retention_days", 30}}},
            {"server_time", "2026-11-26T10:00:00Z"}};
        QCOMPARE_JSON(protocol::EnrolmentResponse::fromJson(response).toJson(), response);
        json badPolicy = response;
        badPolicy["policy"]["idle_lock_seconds"] = 5;
        QVERIFY(names(invalidMessage([&] { protocol::EnrolmentResponse::fromJson(badPolicy); }),
                      "policy.idle_lock_seconds"));
        json extraPolicy = response;
        extraPolicy["policy"]["colour"] = "red";
        QVERIFY(names(invalidMessage([&] { protocol::EnrolmentResponse::fromJson(extraPolicy); }), "policy.colour"));
    }

    void enrolmentCodesNormalise()
    {
        QCOMPARE(protocol::normaliseEnrolmentCode("abcd efgh-jkmn pqrs"), std::string("ABCD-EFGH-JKMN-PQRS"));
        QCOMPARE(protocol::normaliseEnrolmentCode("ABCDEFGHJKMNPQRS"), std::string("ABCD-EFGH-JKMN-PQRS"));
        QCOMPARE(protocol::normaliseEnrolmentCode("ABCD-EFGH-JKMN-PQR"), std::string());   // too short
        QCOMPARE(protocol::normaliseEnrolmentCode("ABCD-EFGH-JKMN-PQRST"), std::string()); // too long
        QCOMPARE(protocol::normaliseEnrolmentCode("ABCD-EFGH-JKMN-PQR0"), std::string());  // 0 is not in the alphabet
        QCOMPARE(protocol::normaliseEnrolmentCode("ABCD-EFGH-JKMN-PQRI"), std::string());  // nor is I
    }

    void assignmentAndManifest()
    {
        const json assignment = sampleAssignment();
        QCOMPARE_JSON(protocol::Assignment::fromJson(assignment).toJson(), assignment);
        json badCase = assignment;
        badCase["cases"][0]["code"] = "Baby Smith"; // a name, not a code
        QVERIFY(names(invalidMessage([&] { protocol::Assignment::fromJson(badCase); }), "cases[0].code"));
        json tooMany = assignment;
        tooMany["cases"] = json::array();
        for (std::size_t i = 0; i <= protocol::kMaxCasesPerAudit; ++i) {
            tooMany["cases"].push_back({{"code", "C" + std::to_string(i)}, {"age_band", ""}, {"needs", ""}});
        }
        QVERIFY(names(invalidMessage([&] { protocol::Assignment::fromJson(tooMany); }), "cases"));

        const json manifest = {
            {"templates",
             json::array({{{"id", "early-help"}, {"version", 2}, {"sha256", std::string(64, 'a')}, {"size", 1234}}})},
            {"assignments", json::array({assignment})}};
        QCOMPARE_JSON(protocol::Manifest::fromJson(manifest).toJson(), manifest);
        json badSha = manifest;
        badSha["templates"][0]["sha256"] = std::string(64, 'A');
        QVERIFY(names(invalidMessage([&] { protocol::Manifest::fromJson(badSha); }), "sha256"));
    }

    void reviewMessages()
    {
        const json state = {{"uuid", core::newUuid()},
                            {"revision", 2},
                            {"state", "has_issues"},
                            {"comment", "Section 4 needs the dates."},
                            {"updated_at", "2026-11-26T10:00:00Z"},
                            {"cursor", "17"}};
        QCOMPARE_JSON(protocol::ReviewState::fromJson(state).toJson(), state);
        const json page = {{"reviews", json::array({state})}, {"next_cursor", "17"}, {"more", false}};
        QCOMPARE_JSON(protocol::ReviewPage::fromJson(page).toJson(), page);
        json badState = state;
        badState["state"] = "rejected";
        QVERIFY(names(invalidMessage([&] { protocol::ReviewState::fromJson(badState); }), "state"));
        QVERIFY(names(invalidMessage([&] {
                          protocol::ReviewUpdate::fromJson({{"state", "has_issues"}, {"comment", ""}});
                      }),
                      "comment"));
        QCOMPARE(protocol::ReviewUpdate::fromJson({{"state", "approved"}, {"comment", ""}}).state,
                 std::string("approved"));
    }

    void progressMessages()
    {
        const json entry = {{"audit_id", core::newUuid()},
                            {"case_code", "EH-1"},
                            {"return_uuid", core::newUuid()},
                            {"answered", 12},
                            {"total", 40},
                            {"updated_at", "2026-11-26T10:00:00Z"}};
        const json report = {{"cases", json::array({entry})}};
        QCOMPARE_JSON(protocol::ProgressReport::fromJson(report).toJson(), report);
        json overfull = report;
        overfull["cases"][0]["answered"] = 41;
        QVERIFY(names(invalidMessage([&] { protocol::ProgressReport::fromJson(overfull); }), "cases[0].answered"));
        json withAnswers = report;
        withAnswers["cases"][0]["answers"] = json::object();
        QVERIFY(names(invalidMessage([&] { protocol::ProgressReport::fromJson(withAnswers); }), "cases[0].answers"));
    }

    void officeMessages()
    {
        const json auditRequest = {{"title", "Early Help"},
                                   {"theme", ""},
                                   {"period", ""},
                                   {"due_date", ""},
                                   {"template_id", "early-help"},
                                   {"cases", json::array({{{"code", "EH-1"}, {"age_band", ""}, {"needs", ""}}})},
                                   {"agencies", json::array({"gp", "police"})}};
        const protocol::Audit audit = protocol::Audit::requestFromJson(auditRequest);
        QVERIFY(!audit.templateVersion);
        json withId = auditRequest;
        withId["audit_id"] = core::newUuid();
        QVERIFY(names(invalidMessage([&] { protocol::Audit::requestFromJson(withId); }), "audit_id"));
        json duplicateCase = auditRequest;
        duplicateCase["cases"].push_back({{"code", "EH-1"}, {"age_band", ""}, {"needs", ""}});
        QVERIFY(names(invalidMessage([&] { protocol::Audit::requestFromJson(duplicateCase); }), "cases[1]"));
        json badAgency = auditRequest;
        badAgency["agencies"][1] = "Police Force";
        QVERIFY(names(invalidMessage([&] { protocol::Audit::requestFromJson(badAgency); }), "agencies[1]"));

        QCOMPARE(protocol::EnrolCode::requestFromJson({{"agency", "gp"}}).hours, std::int64_t(72));
        QVERIFY(names(invalidMessage([&] {
                          protocol::EnrolCode::requestFromJson({{"agency", "gp"}, {"hours", 0}});
                      }),
                      "hours"));
        QVERIFY(names(invalidMessage([&] {
                          protocol::EnrolCode::requestFromJson({{"agency", "gp"}, {"code", "X"}});
                      }),
                      "code"));
        QVERIFY(names(invalidMessage([&] {
                          protocol::OfficeKey::requestFromJson({{"public_key", "AAAA"}});
                      }),
                      "public_key"));

        protocol::OfficeReturnPage page;
        page.returns.push_back({5, "2026-11-26T10:00:00Z", protocol::Envelope::fromJson(sampleEnvelope())});
        page.nextAfter = 5;
        QCOMPARE_JSON(protocol::OfficeReturnPage::fromJson(page.toJson()).toJson(), page.toJson());
    }

    void errorBody()
    {
        const json body = {{"error", "revoked"}, {"message", "This device was revoked."}, {"wipe", true}};
        QCOMPARE_JSON(protocol::ErrorBody::fromJson(body).toJson(), body);
        QVERIFY(names(invalidMessage([&] {
                          protocol::ErrorBody::fromJson({{"error", "x"}, {"message", "m"}});
                      }),
                      "wipe"));
    }

    void timestamps()
    {
        QCOMPARE(protocol::formatTimestamp(0), std::string("1970-01-01T00:00:00Z"));
        QCOMPARE(protocol::parseTimestamp("2026-11-26T14:30:00Z"), std::int64_t(1795703400));
        QCOMPARE(protocol::parseTimestamp(protocol::formatTimestamp(1795703400)), std::int64_t(1795703400));
        QVERIFY(!protocol::hasFormat("2026-13-01T00:00:00Z", protocol::TextFormat::Timestamp));
        QVERIFY(!protocol::hasFormat("2026-11-26T14:30:00+01:00", protocol::TextFormat::Timestamp));
    }
};

QTEST_GUILESS_MAIN(TestProtocolMessages)
#include "tst_protocol_messages.moc"
