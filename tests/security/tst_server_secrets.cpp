// maqa-server at its most verbose (--verbose and every Qt category on): no canary answer, token, enrolment code or
// refused token reaches any file under its data directory (database, WAL, SHM) or its log, and the directory stays
// 0700 with 0600 files while serving and after. tests/server's tst_server_security checks the same secrets at the
// default level; this adds the most verbose level and the file modes. A real server process on loopback.
#include "SecretScan.h"
#include "ServerUnderTest.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <QTest>

#include <algorithm>

using namespace maqa;
using namespace maqa::test;

class ServerSecrets : public QObject
{
    Q_OBJECT
private slots:
    void noSecretAtRestOrInTheLog()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_LOGGING_RULES", "*=true"); // the most verbose level Qt has
        ServerUnderTest server({"--verbose"}, env);
        const std::filesystem::path data = server.dataDir();
        const EnrolledDevice gp = server.enrol("gp");
        const std::string code = server.lastCode;

        const std::string canary = "CANARY-answer-" + core::toHex(core::randomBytes(8));
        const auto envelope =
            server.seal(gp, core::newUuid(), 1, {{"child_words", "I like it when " + canary + " reads"}});
        QCOMPARE(server.put(envelope, gp.token).first, 201);
        const std::string refusedToken = "md1.CANARY" + core::toHex(core::randomBytes(16));
        QCOMPARE(server.call("GET", "/api/v1/config", refusedToken).first, 401);
        QCOMPARE(server.call("GET", "/api/v1/office/returns", server.officeToken).first, 200);
        QVERIFY2(notPrivate(data).empty(), joined(notPrivate(data)).c_str()); // while serving: WAL and SHM too

        const std::string log = server.adminLog + server.stop();
        QVERIFY2(log.find("/api/v1/enrol 201") != std::string::npos, log.c_str()); // the verbose log is there

        std::string codeSymbols = code;
        codeSymbols.erase(std::remove(codeSymbols.begin(), codeSymbols.end(), '-'), codeSymbols.end());
        const std::vector<Secret> secrets = {
            {"the canary answer", canary}, {"the office token", server.officeToken}, {"the device token", gp.token},
            {"the enrolment code", code},  {"the enrolment code", codeSymbols},      {"a refused token", refusedToken}};
        int files = 0;
        std::vector<std::string> found = secretsUnder(data, secrets, files);
        QVERIFY(files >= 1);
        for (std::string &hit : secretsIn(log, secrets, "the server's log")) {
            found.push_back(std::move(hit));
        }
        QVERIFY2(found.empty(), joined(found).c_str());
        QVERIFY2(notPrivate(data).empty(), joined(notPrivate(data)).c_str());
    }
};

QTEST_GUILESS_MAIN(ServerSecrets)
#include "tst_server_secrets.moc"
