// The office's side against the real server: pulling sealed returns page by page and opening them, reviews,
// templates, audits, enrolment codes, revocation and policy through the office routes, and tokens kept to their side.
#include "OfficeFixture.h"

#include "protocol/Enrolment.h"
#include "protocol/Office.h"
#include "protocol/Sealing.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <QTest>

#include <map>

using namespace maqa;
using namespace maqa::test;

class TestServerOffice : public QObject
{
    Q_OBJECT
private slots:
    void pullPaginatesBySequenceAndTheOfficeOpensEveryReturn()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const Device police = office.enrol("police");
        std::map<std::string, std::string> sentAnswers; // uuid -> the answer only the office may read
        for (int i = 0; i < 5; ++i) {
            const Device &device = i % 2 ? police : gp;
            const std::string answer = "Seen alone on visit " + std::to_string(i);
            protocol::ReturnPayload payload =
                office.payload(device, "EH-" + std::to_string(1 + i % 3), 1, {{"evidence", answer}});
            sentAnswers[payload.metadata.uuid] = answer;
            QCOMPARE(office.putReturn(device, office.seal(device, payload)).status, 201);
        }
        std::map<std::string, std::string> signKeys;
        const nlohmann::json devices = office.api->get("/api/v1/office/devices", office.officeToken).json();
        for (const nlohmann::json &d : devices.at("devices")) {
            signKeys[d.at("device_id").get<std::string>()] = d.at("sign_public_key").get<std::string>();
        }

        std::int64_t after = 0;
        std::int64_t lastSequence = 0;
        std::vector<std::size_t> pageSizes;
        std::map<std::string, std::string> opened;
        for (bool more = true; more;) {
            const Reply reply =
                office.api->get("/api/v1/office/returns?limit=2&after=" + std::to_string(after), office.officeToken);
            QCOMPARE(reply.status, 200);
            const protocol::OfficeReturnPage page = protocol::OfficeReturnPage::fromJson(reply.json());
            pageSizes.push_back(page.returns.size());
            for (const protocol::OfficeReturn &r : page.returns) {
                QVERIFY(r.sequence > lastSequence);
                lastSequence = r.sequence;
                const core::Bytes deviceKey = core::fromBase64(signKeys.at(r.envelope.metadata.deviceId));
                const protocol::OpenedReturn openedReturn =
                    protocol::openReturn(r.envelope, office.officeKeys, deviceKey);
                opened[openedReturn.payload.metadata.uuid] =
                    openedReturn.payload.answers.at("evidence").get<std::string>();
            }
            QCOMPARE(page.nextAfter, lastSequence);
            after = page.nextAfter;
            more = page.more;
            QVERIFY(pageSizes.size() < 10);
        }
        QCOMPARE(pageSizes, (std::vector<std::size_t>{2, 2, 1}));
        QCOMPARE(opened, sentAnswers);
        const protocol::OfficeReturnPage empty = protocol::OfficeReturnPage::fromJson(
            office.api->get("/api/v1/office/returns?after=" + std::to_string(after), office.officeToken).json());
        QVERIFY(empty.returns.empty());
        QVERIFY(!empty.more);
        QCOMPARE(empty.nextAfter, after);
        QCOMPARE(office.api->get("/api/v1/office/returns?limit=0", office.officeToken).status, 400);
        QCOMPARE(office.api->get("/api/v1/office/returns?after=-1", office.officeToken).status, 400);
    }

    void reviewsAreChecked()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const protocol::ReturnPayload payload = office.payload(gp, "EH-1");
        QCOMPARE(office.putReturn(gp, office.seal(gp, payload)).status, 201);
        const std::string path = "/api/v1/office/returns/" + payload.metadata.uuid + "/1/review";
        const Reply noComment = office.api->put(path, R"({"state":"has_issues","comment":""})", office.officeToken);
        QCOMPARE(noComment.status, 400);
        QVERIFY(noComment.json()["message"].get<std::string>().find("\"comment\"") != std::string::npos);
        QCOMPARE(office.api->put(path, R"({"state":"rejected","comment":"x"})", office.officeToken).status, 400);
        const Reply unknown = office.api->put("/api/v1/office/returns/" + core::newUuid() + "/1/review",
                                              R"({"state":"approved","comment":""})", office.officeToken);
        QCOMPARE(unknown.status, 404);
        const Reply ok = office.api->put(path, R"({"state":"approved","comment":"Thank you."})", office.officeToken);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json()["state"].get<std::string>(), std::string("approved"));
        const nlohmann::json returns = nlohmann::json::parse(
            runServerCommand(QStringList{"admin", "returns"} + office.db.storeArgs()).out.toStdString());
        QCOMPARE(returns[0]["review_state"].get<std::string>(), std::string("approved"));
    }

    void tokensStayOnTheirSide()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const Reply deviceOnOffice = office.api->get("/api/v1/office/devices", gp.token);
        QCOMPARE(deviceOnOffice.status, 403);
        QCOMPARE(deviceOnOffice.errorCode(), std::string("forbidden"));
        QCOMPARE(office.api->get("/api/v1/config", office.officeToken).status, 403);
        QCOMPARE(office.api->put("/api/v1/office/key", "{}", gp.token).status, 403);
    }

    void templatesThroughTheOfficeRoutes()
    {
        Office office;
        const std::string v2 = R"({"id":"early-help","version":2,"title":"Early Help, revised"})";
        const Reply added = office.api->post("/api/v1/office/templates", v2, office.officeToken);
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json()["sha256"].get<std::string>(), core::sha256Hex(v2));
        QCOMPARE(office.api->post("/api/v1/office/templates", v2, office.officeToken).status, 200);
        const Reply changed = office.api->post(
            "/api/v1/office/templates", R"({"id":"early-help","version":2,"title":"Changed"})", office.officeToken);
        QCOMPARE(changed.status, 409);
        const Reply noVersion = office.api->post("/api/v1/office/templates", R"({"id":"x"})", office.officeToken);
        QCOMPARE(noVersion.status, 400);
        QCOMPARE(noVersion.errorCode(), std::string("invalid_template"));
        QCOMPARE(office.api->post("/api/v1/office/templates", R"({"id":"x","version":"2"})", office.officeToken).status,
                 400);
        QCOMPARE(office.api->post("/api/v1/office/templates", "not json", office.officeToken).status, 400);

        const nlohmann::json list = office.api->get("/api/v1/office/templates", office.officeToken).json()["templates"];
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(office.api->get("/api/v1/office/templates/early-help/2", office.officeToken).body, v2);

        // An audit without a version takes the latest.
        const nlohmann::json audit = {{"title", "Spring"},
                                      {"theme", ""},
                                      {"period", ""},
                                      {"due_date", ""},
                                      {"template_id", "early-help"},
                                      {"cases", {{{"code", "S-1"}, {"age_band", ""}, {"needs", ""}}}},
                                      {"agencies", {"gp"}}};
        const Reply created = office.api->post("/api/v1/office/audits", audit.dump(), office.officeToken);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()["template_version"].get<int>(), 2);
        QCOMPARE(protocol::Audit::fromJson(created.json()).cases[0].code, std::string("S-1"));
    }

    void auditCreationIsValidated()
    {
        Office office;
        nlohmann::json audit = {{"title", "Spring"},
                                {"theme", ""},
                                {"period", ""},
                                {"due_date", ""},
                                {"template_id", "no-such-template"},
                                {"cases", {{{"code", "S-1"}, {"age_band", ""}, {"needs", ""}}}},
                                {"agencies", {"gp"}}};
        const Reply unknown = office.api->post("/api/v1/office/audits", audit.dump(), office.officeToken);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorCode(), std::string("unknown_template"));
        audit["template_id"] = "early-help";
        audit["cases"][0]["code"] = "Jane Doe";
        QCOMPARE(office.api->post("/api/v1/office/audits", audit.dump(), office.officeToken).status, 400);
        const nlohmann::json audits = office.api->get("/api/v1/office/audits", office.officeToken).json()["audits"];
        QCOMPARE(audits.size(), std::size_t(1)); // only the fixture's
        QCOMPARE(protocol::Audit::fromJson(audits[0]).auditId, office.auditId);
    }

    void enrolmentCodesAndRevocationThroughTheOfficeRoutes()
    {
        Office office;
        const Reply code =
            office.api->post("/api/v1/office/enrol-codes", R"({"agency":"police","hours":2})", office.officeToken);
        QCOMPARE(code.status, 201);
        const std::string text = code.json()["code"];
        const auto keys = core::envelope::SigningKeyPair::generate();
        const Reply enrolled =
            office.api->post("/api/v1/enrol", nlohmann::json{{"code", text},
                                                             {"device_name", "Custody suite"},
                                                             {"sign_public_key", core::toBase64(keys.publicKey)}}
                                                  .dump());
        QCOMPARE(enrolled.status, 201);
        QCOMPARE(enrolled.json()["agency"].get<std::string>(), std::string("police"));
        const std::string deviceId = enrolled.json()["device_id"];
        const std::string token = enrolled.json()["token"];

        QCOMPARE(office.api->post("/api/v1/office/devices/" + deviceId + "/revoke", "", office.officeToken).status,
                 200);
        const Reply after = office.api->get("/api/v1/manifest", token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.json()["wipe"].get<bool>(), true);
        QCOMPARE(
            office.api->post("/api/v1/office/devices/" + core::newUuid() + "/revoke", "", office.officeToken).status,
            404);
        QCOMPARE(
            office.api->post("/api/v1/office/enrol-codes", R"({"agency":"Police Force"})", office.officeToken).status,
            400);
    }

    void policyReachesDevices()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const nlohmann::json policy = {{"idle_lock_seconds", 900}, {"unlock_failure_limit", 5}, {"retention_days", 90}};
        QCOMPARE(office.api->put("/api/v1/office/policy", policy.dump(), office.officeToken).status, 200);
        QCOMPARE(protocol::DeviceConfig::fromJson(office.api->get("/api/v1/config", gp.token).json()).policy,
                 protocol::Policy::fromJson(policy));
        QCOMPARE(office.api->get("/api/v1/office/policy", office.officeToken).json().dump(), policy.dump());
        QCOMPARE(office.api
                     ->put("/api/v1/office/policy",
                           R"({"idle_lock_seconds":5,"unlock_failure_limit":5,"retention_days":90})",
                           office.officeToken)
                     .status,
                 400);
        // A newly enrolled device gets the policy in its enrolment answer.
        QCOMPARE(office.enrol("police").id.size(), std::size_t(36));
    }

    void rotatedOfficeKeyStillAcceptsReturnsSealedToTheOldOne()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const std::string sealedToOld = office.seal(gp, office.payload(gp, "EH-1"));
        const auto rotated = core::envelope::BoxKeyPair::generate();
        QCOMPARE(office.api
                     ->put("/api/v1/office/key",
                           nlohmann::json{{"public_key", core::toBase64(rotated.publicKey)}}.dump(), office.officeToken)
                     .status,
                 200);
        QCOMPARE(protocol::DeviceConfig::fromJson(office.api->get("/api/v1/config", gp.token).json()).officeKeyId,
                 core::envelope::keyId(rotated.publicKey));
        QCOMPARE(office.putReturn(gp, sealedToOld).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestServerOffice)
#include "tst_server_office.moc"
