// Enrolment against the real server: a code works once, expires, is checked as typed, waits for the office key;
// the answer carries everything the device needs and the token it gets opens the device routes.
#include "OfficeFixture.h"

#include "protocol/Enrolment.h"

#include "core/crypto/Sodium.h"

#include <QTest>

using namespace maqa;
using namespace maqa::test;

namespace {

std::string enrolBody(const std::string &code, const core::envelope::SigningKeyPair &keys,
                      const std::string &name = "Health visiting tablet 3")
{
    return nlohmann::json{{"code", code}, {"device_name", name}, {"sign_public_key", core::toBase64(keys.publicKey)}}
        .dump();
}

} // namespace

class TestServerEnrolment : public QObject
{
    Q_OBJECT
private slots:
    void enrolsAndTheTokenOpensDeviceRoutes()
    {
        Office office;
        const auto keys = core::envelope::SigningKeyPair::generate();
        const Reply reply = office.api->post("/api/v1/enrol", enrolBody(office.issueCode("police"), keys));
        QCOMPARE(reply.status, 201);
        const protocol::EnrolmentResponse answer = protocol::EnrolmentResponse::fromJson(reply.json());
        QCOMPARE(answer.agency, std::string("police"));
        QCOMPARE(answer.officePublicKey, core::toBase64(office.officeKeys.publicKey));
        QCOMPARE(answer.officeKeyId, core::envelope::keyId(office.officeKeys.publicKey));
        QCOMPARE(answer.policy, protocol::Policy{});
        QVERIFY(answer.token.rfind("md1.", 0) == 0 && answer.token.size() == 68);

        const Reply config = office.api->get("/api/v1/config", answer.token);
        QCOMPARE(config.status, 200);
        QCOMPARE(protocol::DeviceConfig::fromJson(config.json()).deviceId, answer.deviceId);

        // The office sees the device with the key its returns will be signed with.
        const Reply devices = office.api->get("/api/v1/office/devices", office.officeToken);
        QCOMPARE(devices.status, 200);
        const nlohmann::json list = devices.json().at("devices");
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0]["device_id"].get<std::string>(), answer.deviceId);
        QCOMPARE(list[0]["agency"].get<std::string>(), std::string("police"));
        QCOMPARE(list[0]["device_name"].get<std::string>(), std::string("Health visiting tablet 3"));
        QCOMPARE(list[0]["sign_public_key"].get<std::string>(), core::toBase64(keys.publicKey));
        QCOMPARE(list[0]["revoked"].get<bool>(), false);

        // Only the token's SHA-256 is stored.
        QCOMPARE(office.db.scalar(QString("SELECT COUNT(*) FROM devices WHERE token_hash = '%1'")
                                      .arg(QString::fromStdString(core::sha256Hex(answer.token)))),
                 qint64(1));
    }

    void replayedCodeIsRefused()
    {
        Office office;
        const std::string code = office.issueCode("gp");
        const auto keys = core::envelope::SigningKeyPair::generate();
        QCOMPARE(office.api->post("/api/v1/enrol", enrolBody(code, keys)).status, 201);
        const Reply replay =
            office.api->post("/api/v1/enrol", enrolBody(code, core::envelope::SigningKeyPair::generate()));
        QCOMPARE(replay.status, 403);
        QCOMPARE(replay.errorCode(), std::string("enrolment_code_used"));
        QVERIFY(replay.json()["message"].get<std::string>().find("already been used") != std::string::npos);
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM devices"), qint64(1));
    }

    void expiredCodeIsRefused()
    {
        Office office;
        const std::string code = office.issueCode("gp");
        QCOMPARE(office.db.exec("UPDATE enrol_codes SET expires_at = 1"), QString());
        const Reply reply =
            office.api->post("/api/v1/enrol", enrolBody(code, core::envelope::SigningKeyPair::generate()));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), std::string("enrolment_code_expired"));
        QVERIFY(reply.json()["message"].get<std::string>().find("expired") != std::string::npos);
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM devices"), qint64(0));
    }

    void unknownAndMalformedCodesAreRefused()
    {
        Office office;
        const auto keys = core::envelope::SigningKeyPair::generate();
        const Reply unknown = office.api->post("/api/v1/enrol", enrolBody("ABCD-EFGH-JKMN-PQRS", keys));
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.errorCode(), std::string("enrolment_code_unknown"));
        const Reply malformed = office.api->post("/api/v1/enrol", enrolBody("hello", keys));
        QCOMPARE(malformed.status, 403);
        QCOMPARE(malformed.errorCode(), std::string("enrolment_code_unknown"));
    }

    void codeIsAcceptedAsTyped()
    {
        Office office;
        std::string typed = office.issueCode("education");
        for (char &c : typed) {
            c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        const Reply reply =
            office.api->post("/api/v1/enrol", enrolBody(typed, core::envelope::SigningKeyPair::generate()));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json()["agency"].get<std::string>(), std::string("education"));
    }

    void enrolmentWaitsForTheOfficeKey()
    {
        TestDatabase db;
        const CliResult init = runServerCommand(QStringList{"admin", "init"} + db.storeArgs());
        QCOMPARE(init.exitCode, 0);
        const std::string officeToken = init.out.trimmed().toStdString();
        const CliResult code =
            runServerCommand(QStringList{"admin", "enrol-code"} + db.storeArgs() + QStringList{"--agency", "gp"});
        QCOMPARE(code.exitCode, 0);
        ServerProcess server(db);
        Api api(server.url());
        const auto keys = core::envelope::SigningKeyPair::generate();
        const Reply early = api.post("/api/v1/enrol", enrolBody(code.out.trimmed().toStdString(), keys));
        QCOMPARE(early.status, 409);
        QCOMPARE(early.errorCode(), std::string("office_not_ready"));

        const auto officeKeys = core::envelope::BoxKeyPair::generate();
        QCOMPARE(api.put("/api/v1/office/key",
                         nlohmann::json{{"public_key", core::toBase64(officeKeys.publicKey)}}.dump(), officeToken)
                     .status,
                 200);
        QCOMPARE(api.post("/api/v1/enrol", enrolBody(code.out.trimmed().toStdString(), keys)).status, 201);
    }

    void enrolmentRequestIsStrict()
    {
        Office office;
        const std::string code = office.issueCode("gp");
        nlohmann::json body = nlohmann::json::parse(enrolBody(code, core::envelope::SigningKeyPair::generate()));
        body["agency"] = "police"; // a device cannot choose its agency
        const Reply extra = office.api->post("/api/v1/enrol", body.dump());
        QCOMPARE(extra.status, 400);
        QCOMPARE(extra.errorCode(), std::string("invalid_request"));
        QVERIFY(extra.json()["message"].get<std::string>().find("\"agency\"") != std::string::npos);
        body.erase("agency");
        body["sign_public_key"] = core::toBase64(core::Bytes(16, 1));
        QCOMPARE(office.api->post("/api/v1/enrol", body.dump()).status, 400);
        QCOMPARE(office.api->post("/api/v1/enrol", "{\"code\":").errorCode(), std::string("invalid_json"));
        // None of these spent the code.
        QCOMPARE(office.api->post("/api/v1/enrol", enrolBody(code, core::envelope::SigningKeyPair::generate())).status,
                 201);
    }
};

QTEST_GUILESS_MAIN(TestServerEnrolment)
#include "tst_server_enrolment.moc"
