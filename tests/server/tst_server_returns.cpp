// The device's side of sync against the real server: configuration, manifest and template bytes, assignments per
// agency, idempotent uploads (201/200/409), refusals of foreign or malformed envelopes, review states flowing back
// with cursors, and progress reports reaching the office.
#include "OfficeFixture.h"

#include "protocol/Assignment.h"
#include "protocol/Enrolment.h"
#include "protocol/Progress.h"
#include "protocol/Review.h"
#include "protocol/Sealing.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;

class TestServerReturns : public QObject
{
    Q_OBJECT
private slots:
    void configManifestAndTemplateBytes()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const protocol::DeviceConfig config =
            protocol::DeviceConfig::fromJson(office.api->get("/api/v1/config", gp.token).json());
        QCOMPARE(config.agency, std::string("gp"));
        QCOMPARE(config.officeKeyId, core::envelope::keyId(office.officeKeys.publicKey));
        QCOMPARE(config.maxBodyBytes, std::int64_t(8 * 1024 * 1024));

        const Reply manifestReply = office.api->get("/api/v1/manifest", gp.token);
        QCOMPARE(manifestReply.status, 200);
        const protocol::Manifest manifest = protocol::Manifest::fromJson(manifestReply.json());
        QCOMPARE(manifest.templates.size(), std::size_t(1));
        const protocol::TemplateRef &ref = manifest.templates[0];
        QCOMPARE(ref.id, std::string("early-help"));
        QCOMPARE(ref.version, std::int64_t(1));
        QCOMPARE(manifest.assignments.size(), std::size_t(1));
        QCOMPARE(manifest.assignments[0].auditId, office.auditId);

        const Reply bytes = office.api->get("/api/v1/templates/early-help/1", gp.token);
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.body, office.templateText);
        QCOMPARE(core::sha256Hex(bytes.body), ref.sha256);
        QCOMPARE(std::int64_t(bytes.body.size()), ref.size);
        QCOMPARE(office.api->get("/api/v1/templates/early-help/2", gp.token).status, 404);
        QCOMPARE(office.api->get("/api/v1/templates/early-help/two", gp.token).status, 400);
        QCOMPARE(office.api->get("/api/v1/templates/nothing-here/1", gp.token).status, 404);
    }

    void assignmentsFollowTheAgency()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const Device education = office.enrol("education");
        const protocol::AssignmentList forGp =
            protocol::AssignmentList::fromJson(office.api->get("/api/v1/assignments", gp.token).json());
        QCOMPARE(forGp.assignments.size(), std::size_t(1));
        const protocol::Assignment &a = forGp.assignments[0];
        QCOMPARE(a.auditId, office.auditId);
        QCOMPARE(a.agency, std::string("gp"));
        QCOMPARE(a.templateId, std::string("early-help"));
        QCOMPARE(a.dueDate, std::string("2026-12-31"));
        QCOMPARE(a.cases.size(), std::size_t(3));
        QCOMPARE(a.cases[1].code, std::string("EH-2"));
        QCOMPARE(a.cases[1].ageBand, std::string("5-10"));
        QVERIFY(protocol::AssignmentList::fromJson(office.api->get("/api/v1/assignments", education.token).json())
                    .assignments.empty());

        const nlohmann::json schools = {{"title", "Schools"},
                                        {"theme", ""},
                                        {"period", ""},
                                        {"due_date", ""},
                                        {"template_id", "early-help"},
                                        {"cases", {{{"code", "S-1"}, {"age_band", ""}, {"needs", ""}}}},
                                        {"agencies", {"education"}}};
        QCOMPARE(office.api->post("/api/v1/office/audits", schools.dump(), office.officeToken).status, 201);
        const auto forEducation =
            protocol::AssignmentList::fromJson(office.api->get("/api/v1/assignments", education.token).json());
        QCOMPARE(forEducation.assignments.size(), std::size_t(1));
        QCOMPARE(forEducation.assignments[0].title, std::string("Schools"));
        QCOMPARE(forEducation.assignments[0].agency, std::string("education"));
        QCOMPARE(protocol::AssignmentList::fromJson(office.api->get("/api/v1/assignments", gp.token).json())
                     .assignments.size(),
                 std::size_t(1));
    }

    void uploadsAreIdempotentByUuidAndRevision()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const protocol::ReturnPayload payload = office.payload(gp, "EH-1");
        const std::string envelope = office.seal(gp, payload);
        const Reply first = office.putReturn(gp, envelope);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json()["stored"].get<std::string>(), std::string("now"));
        const Reply retry = office.putReturn(gp, envelope); // the answer was lost; the client sends it again
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json()["stored"].get<std::string>(), std::string("already"));
        const Reply different = office.putReturn(gp, office.seal(gp, payload)); // same key, new sealed bytes
        QCOMPARE(different.status, 409);
        QCOMPARE(different.errorCode(), std::string("conflict"));

        protocol::ReturnPayload second = payload;
        second.metadata.revision = 2;
        QCOMPARE(office.putReturn(gp, office.seal(gp, second)).status, 201);
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM returns"), qint64(2));
        // The server keeps the bytes exactly as they came.
        QCOMPARE(office.db.scalar(QString("SELECT COUNT(*) FROM returns WHERE revision = 1 AND envelope_sha256 = '%1'")
                                      .arg(QString::fromStdString(core::sha256Hex(envelope)))),
                 qint64(1));
    }

    void foreignAgencyAndDeviceAreRefused()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const Device police = office.enrol("police");
        const Device education = office.enrol("education");

        protocol::ReturnPayload forPolice = office.payload(gp, "EH-1");
        forPolice.metadata.agency = "police";
        const Reply foreign = office.putReturn(gp, office.seal(gp, forPolice));
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.errorCode(), std::string("foreign_agency"));

        const Reply notInAudit = office.putReturn(education, office.seal(education, office.payload(education, "EH-1")));
        QCOMPARE(notInAudit.status, 403);
        QCOMPARE(notInAudit.errorCode(), std::string("foreign_agency"));

        protocol::ReturnPayload impersonating = office.payload(gp, "EH-1");
        impersonating.metadata.deviceId = police.id;
        impersonating.metadata.agency = "gp";
        const Reply otherDevice = office.putReturn(gp, office.seal(gp, impersonating));
        QCOMPARE(otherDevice.status, 403);
        QCOMPARE(otherDevice.errorCode(), std::string("foreign_device"));
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM returns"), qint64(0));
    }

    void malformedUploadsAre400()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const protocol::ReturnPayload payload = office.payload(gp, "EH-1");
        const std::string path = returnPath(payload.metadata.uuid, 1);

        const Reply notJson = office.api->put(path, "{\"format\": \"maqa-envelope/1\",", gp.token);
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.errorCode(), std::string("invalid_json"));

        nlohmann::json envelope = nlohmann::json::parse(office.seal(gp, payload));
        nlohmann::json missing = envelope;
        missing.erase("sealed");
        const Reply notEnvelope = office.api->put(path, missing.dump(), gp.token);
        QCOMPARE(notEnvelope.status, 400);
        QCOMPARE(notEnvelope.errorCode(), std::string("invalid_envelope"));
        QVERIFY(notEnvelope.json()["message"].get<std::string>().find("\"sealed\"") != std::string::npos);

        nlohmann::json truncated = envelope;
        truncated["sealed"] = truncated["sealed"].get<std::string>().substr(0, 40);
        QCOMPARE(office.api->put(path, truncated.dump(), gp.token).errorCode(), std::string("invalid_envelope"));

        const Reply mismatch = office.api->put(returnPath(core::newUuid(), 1), envelope.dump(), gp.token);
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.errorCode(), std::string("path_mismatch"));
        QCOMPARE(office.api->put(returnPath(payload.metadata.uuid, 2), envelope.dump(), gp.token).errorCode(),
                 std::string("path_mismatch"));
        QCOMPARE(office.api->put("/api/v1/returns/not-a-uuid/1", envelope.dump(), gp.token).status, 400);

        const Reply unknownCase = office.putReturn(gp, office.seal(gp, office.payload(gp, "EH-9")));
        QCOMPARE(unknownCase.status, 400);
        QCOMPARE(unknownCase.errorCode(), std::string("unknown_case"));

        protocol::ReturnPayload otherKey = office.payload(gp, "EH-1");
        const auto stranger = core::envelope::BoxKeyPair::generate();
        otherKey.metadata.keyId = core::envelope::keyId(stranger.publicKey);
        const std::string sealedToStranger =
            protocol::sealReturn(otherKey, gp.keys.secretKey, stranger.publicKey).serialize();
        QCOMPARE(office.putReturn(gp, sealedToStranger).errorCode(), std::string("unknown_office_key"));
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM returns"), qint64(0));
    }

    void reviewStatesFlowBackWithCursors()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const Device police = office.enrol("police");
        std::vector<protocol::ReturnPayload> payloads;
        for (const char *code : {"EH-1", "EH-2", "EH-3"}) {
            payloads.push_back(office.payload(gp, code));
            QCOMPARE(office.putReturn(gp, office.seal(gp, payloads.back())).status, 201);
        }
        QCOMPARE(office.putReturn(police, office.seal(police, office.payload(police, "EH-1"))).status, 201);

        protocol::ReviewPage page = protocol::ReviewPage::fromJson(office.api->get("/api/v1/reviews", gp.token).json());
        QCOMPARE(page.reviews.size(), std::size_t(3)); // the police return's state is not the GP's business
        for (const protocol::ReviewState &state : page.reviews) {
            QCOMPARE(state.state, std::string("received"));
        }
        QVERIFY(!page.more);
        const std::string afterReceived = page.nextCursor;

        const auto review = [&](const protocol::ReturnPayload &p, const char *state, const char *comment) {
            return office.api->put("/api/v1/office/returns/" + p.metadata.uuid + "/1/review",
                                   nlohmann::json{{"state", state}, {"comment", comment}}.dump(), office.officeToken);
        };
        QCOMPARE(review(payloads[1], "has_issues", "Section 4: add the dates of the strategy meetings.").status, 200);
        QCOMPARE(review(payloads[0], "approved", "").status, 200);

        page = protocol::ReviewPage::fromJson(
            office.api->get("/api/v1/reviews?after=" + afterReceived + "&limit=1", gp.token).json());
        QCOMPARE(page.reviews.size(), std::size_t(1));
        QVERIFY(page.more);
        QCOMPARE(page.reviews[0].uuid, payloads[1].metadata.uuid);
        QCOMPARE(page.reviews[0].state, std::string("has_issues"));
        QCOMPARE(page.reviews[0].comment, std::string("Section 4: add the dates of the strategy meetings."));
        page = protocol::ReviewPage::fromJson(
            office.api->get("/api/v1/reviews?after=" + page.nextCursor + "&limit=1", gp.token).json());
        QCOMPARE(page.reviews.size(), std::size_t(1));
        QCOMPARE(page.reviews[0].uuid, payloads[0].metadata.uuid);
        QCOMPARE(page.reviews[0].state, std::string("approved"));
        QVERIFY(!page.more);
        const std::string last = page.nextCursor;
        page = protocol::ReviewPage::fromJson(office.api->get("/api/v1/reviews?after=" + last, gp.token).json());
        QVERIFY(page.reviews.empty());
        QCOMPARE(page.nextCursor, last);
        QCOMPARE(protocol::ReviewPage::fromJson(office.api->get("/api/v1/reviews", police.token).json()).reviews.size(),
                 std::size_t(1));
        QCOMPARE(office.api->get("/api/v1/reviews?after=abc", gp.token).status, 400);
    }

    void twoInstancesShareOneDatabase()
    {
        Office office;
        ServerProcess second(office.db, {"--auth-failure-limit", "100000"});
        Api other(second.url());
        const Device gp = office.enrol("gp");
        const std::string envelope = office.seal(gp, office.payload(gp, "EH-1"));
        const std::string uuid = nlohmann::json::parse(envelope)["uuid"];
        QCOMPARE(other.put(returnPath(uuid, 1), envelope, gp.token).status,
                 201);                                        // enrolled on one, stored on the other
        QCOMPARE(office.putReturn(gp, envelope).status, 200); // the retry lands on the first
        const Reply pulled = other.get("/api/v1/office/returns", office.officeToken);
        QCOMPARE(pulled.status, 200);
        QCOMPARE(pulled.json()["returns"].size(), std::size_t(1));
        QCOMPARE(office.api->post("/api/v1/office/devices/" + gp.id + "/revoke", "", office.officeToken).status, 200);
        QCOMPARE(other.get("/api/v1/config", gp.token).json()["wipe"].get<bool>(), true);
    }

    void progressReachesTheOffice()
    {
        Office office;
        const Device gp = office.enrol("gp", "GP surgery laptop");
        const std::string draft = core::newUuid();
        nlohmann::json report = {{"cases",
                                  {{{"audit_id", office.auditId},
                                    {"case_code", "EH-2"},
                                    {"return_uuid", draft},
                                    {"answered", 12},
                                    {"total", 40},
                                    {"updated_at", "2026-11-26T10:00:00Z"}}}}};
        QCOMPARE(office.api->put("/api/v1/progress", report.dump(), gp.token).status, 200);
        protocol::ProgressList list =
            protocol::ProgressList::fromJson(office.api->get("/api/v1/office/progress", office.officeToken).json());
        QCOMPARE(list.progress.size(), std::size_t(1));
        QCOMPARE(list.progress[0].deviceName, std::string("GP surgery laptop"));
        QCOMPARE(list.progress[0].agency, std::string("gp"));
        QCOMPARE(list.progress[0].entry.caseCode, std::string("EH-2"));
        QCOMPARE(list.progress[0].entry.answered, std::int64_t(12));

        report["cases"][0]["answered"] = 40;
        QCOMPARE(office.api->put("/api/v1/progress", report.dump(), gp.token).status, 200);
        list = protocol::ProgressList::fromJson(office.api->get("/api/v1/office/progress", office.officeToken).json());
        QCOMPARE(list.progress.size(), std::size_t(1));
        QCOMPARE(list.progress[0].entry.answered, std::int64_t(40));

        report["cases"][0]["answers"] = {{"q1", "yes"}}; // progress never carries answers
        QCOMPARE(office.api->put("/api/v1/progress", report.dump(), gp.token).status, 400);
        QCOMPARE(office.api->put("/api/v1/progress", R"({"cases":[]})", gp.token).status, 200);
        QVERIFY(protocol::ProgressList::fromJson(office.api->get("/api/v1/office/progress", office.officeToken).json())
                    .progress.empty());
    }
};

QTEST_GUILESS_MAIN(TestServerReturns)
#include "tst_server_returns.moc"
