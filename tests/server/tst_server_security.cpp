// Security properties of the real server: tokens (missing, bad, revoked with a wipe directive), every route in its
// own route table guarded, rate limiting with Retry-After, the append-only audit log free of secrets, and a
// database that holds no plaintext answer.
#include "OfficeFixture.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <QFile>
#include <QTest>

using namespace maqa;
using namespace maqa::test;

namespace {

// A concrete path for a route pattern: every {param} gets a well-formed value.
std::string concretePath(std::string pattern)
{
    for (std::size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{')) {
        const std::size_t close = pattern.find('}', open);
        const std::string name = pattern.substr(open + 1, close - open - 1);
        pattern.replace(open, close - open + 1, name == "revision" || name == "version" ? "1" : core::newUuid());
    }
    return pattern;
}

Reply call(Api &api, const std::string &method, const std::string &path, const std::string &token)
{
    if (method == "GET") {
        return api.get(path, token);
    }
    return method == "PUT" ? api.put(path, "{}", token) : api.post(path, "{}", token);
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
}

int filesContaining(const QStringList &files, const std::string &needle)
{
    int count = 0;
    for (const QString &file : files) {
        count += fileContains(file, QByteArray::fromStdString(needle)) ? 1 : 0;
    }
    return count;
}

} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT
private slots:
    void missingBadAndRevokedTokens()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const Device other = office.enrol("gp");
        const Reply none = office.api->get("/api/v1/manifest");
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), std::string("unauthorized"));
        QVERIFY(none.headers.count("WWW-Authenticate"));
        QCOMPARE(none.json()["wipe"].get<bool>(), false);
        const Reply bad = office.api->get("/api/v1/manifest", "md1." + std::string(64, '0'));
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.json()["wipe"].get<bool>(), false);

        QCOMPARE(runServerCommand(QStringList{"admin", "revoke"} + office.db.storeArgs() +
                                  QStringList{QString::fromStdString(gp.id)})
                     .exitCode,
                 0);
        for (const Reply &revoked : {office.api->get("/api/v1/manifest", gp.token),
                                     office.putReturn(gp, office.seal(gp, office.payload(gp, "EH-1")))}) {
            QCOMPARE(revoked.status, 401);
            QCOMPARE(revoked.errorCode(), std::string("revoked"));
            QCOMPARE(revoked.json()["wipe"].get<bool>(), true);
        }
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM returns"), qint64(0));
        QCOMPARE(office.api->get("/api/v1/manifest", other.token).status, 200);
    }

    void everyRouteInTheTableNeedsItsToken()
    {
        Office office;
        const Device gp = office.enrol("gp");
        const CliResult routes = runServerCommand({"routes"});
        QCOMPARE(routes.exitCode, 0);
        const nlohmann::json table = nlohmann::json::parse(routes.out.toStdString());
        QVERIFY(table.size() >= 20);

        QFile spec(QStringLiteral(MAQA_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY2(spec.open(QIODevice::ReadOnly), "docs/api/openapi.yaml is missing");
        const std::string yaml = spec.readAll().toStdString();

        std::set<std::string> publicRoutes;
        for (const nlohmann::json &route : table) {
            const std::string method = route["method"];
            const std::string pattern = route["path"];
            const std::string access = route["access"];
            const std::string label = method + " " + pattern;

            // Documented: the path (relative to the /api/v1 server URL) has this method.
            const std::string documented = "\n  " + pattern.substr(7) + ":\n";
            const std::size_t at = yaml.find(documented);
            QVERIFY2(at != std::string::npos, ("not in openapi.yaml: " + label).c_str());
            const std::size_t end = yaml.find("\n  /", at + documented.size());
            std::string lower = method;
            for (char &c : lower) {
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            }
            const std::string block = yaml.substr(at, end == std::string::npos ? std::string::npos : end - at);
            QVERIFY2(block.find("\n    " + lower + ":") != std::string::npos,
                     ("method not documented: " + label).c_str());

            if (access == "public") {
                publicRoutes.insert(label);
                QVERIFY2(block.find("security: []") != std::string::npos,
                         ("public but not marked so: " + label).c_str());
                continue;
            }
            const std::string path = concretePath(pattern);
            const Reply missing = call(*office.api, method, path, {});
            QVERIFY2(missing.status == 401 && missing.errorCode() == "unauthorized", label.c_str());
            const Reply wrongSide = call(*office.api, method, path, access == "office" ? gp.token : office.officeToken);
            QVERIFY2(wrongSide.status == 403 && wrongSide.errorCode() == "forbidden", label.c_str());
        }
        QCOMPARE(publicRoutes, (std::set<std::string>{"GET /api/v1/health", "POST /api/v1/enrol"}));
    }

    void repeatedFailuresAreRateLimited()
    {
        Office office({"--auth-failure-limit", "3"});
        const Device gp = office.enrol("gp");
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(office.api->get("/api/v1/config", "md1.wrong").status, 401);
        }
        const Reply limited = office.api->get("/api/v1/config", "md1.wrong");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), std::string("rate_limited"));
        QVERIFY(limited.headers.count("Retry-After"));
        const int retryAfter = std::stoi(limited.headers.find("Retry-After")->second);
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        // The address is held back, whatever token it now shows; health stays open.
        QCOMPARE(office.api->get("/api/v1/config", gp.token).status, 429);
        QCOMPARE(office.api->get("/api/v1/health").status, 200);
    }

    void failedEnrolmentsAreRateLimited()
    {
        Office office({"--auth-failure-limit", "3"});
        const std::string good = office.issueCode("gp");
        const auto keys = core::envelope::SigningKeyPair::generate();
        const auto body = [&](const std::string &code) {
            return nlohmann::json{
                {"code", code}, {"device_name", "Tablet"}, {"sign_public_key", core::toBase64(keys.publicKey)}}
                .dump();
        };
        for (const char *guess : {"AAAA-AAAA-AAAA-AAAA", "BBBB-BBBB-BBBB-BBBB", "CCCC-CCCC-CCCC-CCCC"}) {
            QCOMPARE(office.api->post("/api/v1/enrol", body(guess)).status, 403);
        }
        const Reply limited = office.api->post("/api/v1/enrol", body(good));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.count("Retry-After"));
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM enrol_codes WHERE used_at IS NULL"), qint64(1));
    }

    void auditLogIsAppendOnlyAndHoldsNoSecrets()
    {
        Office office({"--auth-failure-limit", "100000", "--verbose"});
        const std::string code = office.issueCode("gp");
        auto keys = core::envelope::SigningKeyPair::generate();
        const Reply enrolled =
            office.api->post("/api/v1/enrol", nlohmann::json{{"code", code},
                                                             {"device_name", "Tablet"},
                                                             {"sign_public_key", core::toBase64(keys.publicKey)}}
                                                  .dump());
        QCOMPARE(enrolled.status, 201);
        Device gp{enrolled.json()["device_id"], enrolled.json()["token"], "gp", std::move(keys)};
        const std::string canary = "CANARY-" + core::toHex(core::randomBytes(8));
        const protocol::ReturnPayload payload = office.payload(gp, "EH-1", 1, {{"evidence", canary}});
        QCOMPARE(office.putReturn(gp, office.seal(gp, payload)).status, 201);
        QCOMPARE(office.api->get("/api/v1/config", "md1.not-a-token").status, 401);
        QCOMPARE(office.api
                     ->put("/api/v1/office/returns/" + payload.metadata.uuid + "/1/review",
                           R"({"state":"approved","comment":""})", office.officeToken)
                     .status,
                 200);
        QCOMPARE(office.api->post("/api/v1/office/devices/" + gp.id + "/revoke", "", office.officeToken).status, 200);

        const Reply log = office.api->get("/api/v1/office/audit-log", office.officeToken);
        QCOMPARE(log.status, 200);
        std::set<std::string> actions;
        const nlohmann::json entries = log.json().at("entries");
        for (const nlohmann::json &entry : entries) {
            actions.insert(entry["action"].get<std::string>());
        }
        for (const char *expected :
             {"initialised", "template_added", "office_key_registered", "audit_created", "enrol_code_issued",
              "device_enrolled", "return_stored", "auth_failed", "review_set:approved", "device_revoked"}) {
            QVERIFY2(actions.count(expected), expected);
        }
        std::string codeSymbols = code;
        codeSymbols.erase(std::remove(codeSymbols.begin(), codeSymbols.end(), '-'), codeSymbols.end());
        const qint64 rows = office.db.scalar("SELECT COUNT(*) FROM audit_log");
        QCOMPARE(office.server->stop(), 0); // so all it wrote to stderr is in
        const std::string serverLog = office.server->errorOutput().toStdString();
        QVERIFY(serverLog.find("/api/v1/enrol 201") != std::string::npos); // the verbose log is really there
        for (const std::string &secret : {gp.token, office.officeToken, code, codeSymbols, canary}) {
            QVERIFY2(log.body.find(secret) == std::string::npos, "a secret is in the audit log");
            QVERIFY2(serverLog.find(secret) == std::string::npos, "a secret is in the server's log");
        }

        QVERIFY(rows >= 10);
        QVERIFY(!office.db.exec("UPDATE audit_log SET actor = 'someone else'").isEmpty());
        QVERIFY(!office.db.exec("DELETE FROM audit_log WHERE id = 1").isEmpty());
        QVERIFY(!office.db.exec("DELETE FROM audit_log").isEmpty());
        if (backend() == "postgresql") {
            QVERIFY(!office.db.exec("TRUNCATE audit_log").isEmpty());
        }
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM audit_log"), rows);
        QCOMPARE(office.db.scalar("SELECT COUNT(*) FROM audit_log WHERE actor = 'someone else'"), qint64(0));
        QCOMPARE(office.db.exec("INSERT INTO audit_log (logged_at, actor, action, subject, remote_address) VALUES "
                                "(1, 'test', 'appended', 'x', 'local')"),
                 QString()); // append-only, not read-only
    }

    void databaseHoldsNoPlaintextAnswerOrSecret()
    {
        Office office;
        const std::string code = office.issueCode("police");
        auto keys = core::envelope::SigningKeyPair::generate();
        const Reply enrolled =
            office.api->post("/api/v1/enrol", nlohmann::json{{"code", code},
                                                             {"device_name", "Tablet"},
                                                             {"sign_public_key", core::toBase64(keys.publicKey)}}
                                                  .dump());
        QCOMPARE(enrolled.status, 201);
        Device police{enrolled.json()["device_id"], enrolled.json()["token"], "police", std::move(keys)};
        const std::string canary = "CANARY-" + core::toHex(core::randomBytes(8));
        protocol::ReturnPayload payload =
            office.payload(police, "EH-2", 1, {{"child_words", "I like it when " + canary + " reads to me"}});
        payload.note = canary;
        QCOMPARE(office.putReturn(police, office.seal(police, payload)).status, 201);

        const QStringList files = office.db.filesOnDisk();
        QVERIFY(!files.isEmpty());
        // The same search finds what the server does store in the clear, so it can find the canary if it were there.
        QVERIFY(filesContaining(files, "Early Help, autumn") > 0);
        QVERIFY(filesContaining(files, payload.metadata.uuid) > 0);
        QCOMPARE(filesContaining(files, canary), 0);
        QCOMPARE(filesContaining(files, police.token), 0);
        QCOMPARE(filesContaining(files, office.officeToken), 0);
        QCOMPARE(filesContaining(files, code), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
