// `maqa-server admin ...` against the backend under test: what each command prints, its exit status (0 done,
// 1 refused with one line, 2 usage), and that it acts on the same database a running server uses.
#include "OfficeFixture.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace maqa;
using namespace maqa::test;

namespace {

CliResult admin(const TestDatabase &db, const QString &verb, const QStringList &args = {})
{
    return runServerCommand(QStringList{"admin", verb} + db.storeArgs() + args);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        throw std::runtime_error("Cannot write a test file.");
    }
    return file.fileName();
}

bool oneLine(const QByteArray &text)
{
    return text.count('\n') == 1 && text.startsWith("maqa-server: ");
}

} // namespace

class TestServerAdminCli : public QObject
{
    Q_OBJECT
private slots:
    void initPrintsTheOfficeTokenOnce()
    {
        TestDatabase db;
        const CliResult first = admin(db, "init");
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QRegularExpression("^mo1\\.[0-9a-f]{64}\\n$").match(QString::fromUtf8(first.out)).hasMatch());
        const CliResult second = admin(db, "init");
        QCOMPARE(second.exitCode, 1);
        QVERIFY(second.out.isEmpty());
        QVERIFY(oneLine(second.err));
        QVERIFY(second.err.contains("already initialised"));
    }

    void defaultDataDirectoryFollowsXdg()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("XDG_DATA_HOME", home.filePath("xdg"));
        QCOMPARE(runServerCommand({"admin", "init"}, environment).exitCode, 0);
        QVERIFY(QFile::exists(home.filePath("xdg/maqa-server/maqa-server.db")));
        QCOMPARE(QFile::permissions(home.filePath("xdg/maqa-server/maqa-server.db")) & 0x0077,
                 QFileDevice::Permissions());
        environment.remove("XDG_DATA_HOME");
        environment.insert("HOME", home.filePath("home"));
        QCOMPARE(runServerCommand({"admin", "init"}, environment).exitCode, 0);
        QVERIFY(QFile::exists(home.filePath("home/.local/share/maqa-server/maqa-server.db")));
    }

    void usageErrorsExitTwo()
    {
        TestDatabase db;
        QCOMPARE(runServerCommand({"admin"}).exitCode, 2);
        QCOMPARE(runServerCommand({"admin", "frobnicate"}).exitCode, 2);
        QCOMPARE(runServerCommand({"frobnicate"}).exitCode, 2);
        QCOMPARE(runServerCommand({}).exitCode, 2);
        QCOMPARE(runServerCommand({"help"}).exitCode, 0);
        QCOMPARE(admin(db, "audit", {"--template", "early-help", "--cases", "A", "--agencies", "gp"}).exitCode, 2);
        QCOMPARE(admin(db, "devices", {"--colour", "red"}).exitCode, 2);
        QCOMPARE(admin(db, "revoke").exitCode, 2);
        QCOMPARE(admin(db, "enrol-code", {"--agency", "gp", "--hours", "0"}).exitCode, 2);
        QCOMPARE(admin(db, "enrol-code", {"--agency", "gp", "--hours", "many"}).exitCode, 2);
        QCOMPARE(runServerCommand({"admin", "devices", "--db", "mysql://x/y"}).exitCode, 2);
        QCOMPARE(runServerCommand({"admin", "devices", "--db", "postgresql://u@h/d", "--data", "/tmp/x"}).exitCode, 2);
        QCOMPARE(runServerCommand({"serve", "--listen", "nonsense"}).exitCode, 2);
        QCOMPARE(runServerCommand({"routes", "extra"}).exitCode, 2);
        const CliResult usage = admin(db, "devices", {"--colour", "red"});
        QVERIFY(oneLine(usage.err));
    }

    void templatesAuditsAndCodes()
    {
        TestDatabase db;
        QCOMPARE(admin(db, "init").exitCode, 0);
        QTemporaryDir dir;
        const QByteArray text = R"({"id":"day-in-the-life-baby","version":3,"kind":"observation"})";
        const QString file = writeFile(dir, "baby.json", text);
        const CliResult added = admin(db, "template", {file});
        QCOMPARE(added.exitCode, 0);
        const nlohmann::json ref = nlohmann::json::parse(added.out.toStdString());
        QCOMPARE(ref["sha256"].get<std::string>(), core::sha256Hex(text.toStdString()));
        QCOMPARE(ref["version"].get<int>(), 3);
        QCOMPARE(admin(db, "template", {file}).exitCode, 0); // the same bytes again
        QCOMPARE(admin(db, "template", {writeFile(dir, "changed.json", R"({"id":"day-in-the-life-baby","version":3})")})
                     .exitCode,
                 1);
        for (const QByteArray &bad :
             {QByteArray("not json"), QByteArray(R"({"id":"x"})"), QByteArray(R"({"id":"x","version":"2"})"),
              QByteArray(R"({"id":"X Y","version":1})"), QByteArray("[1,2]")}) {
            const CliResult refused = admin(db, "template", {writeFile(dir, "bad.json", bad)});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY(oneLine(refused.err));
        }
        QCOMPARE(admin(db, "template", {dir.filePath("missing.json")}).exitCode, 1);

        const CliResult audit =
            admin(db, "audit",
                  {"--title", "Baby visits", "--template", "day-in-the-life-baby", "--cases", "B-1,B-2", "--agencies",
                   "community_health,gp", "--due", "2027-01-31", "--theme", "Voice of the child"});
        QCOMPARE(audit.exitCode, 0);
        const std::string auditId = audit.out.trimmed().toStdString();
        QVERIFY(core::isUuid(auditId));
        QCOMPARE(
            db.scalar(
                QString("SELECT template_version FROM audits WHERE id = '%1'").arg(QString::fromStdString(auditId))),
            qint64(3));
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM audit_cases"), qint64(2));
        QCOMPARE(
            admin(db, "audit", {"--title", "X", "--template", "unknown", "--cases", "A", "--agencies", "gp"}).exitCode,
            1);
        QCOMPARE(admin(db, "audit",
                       {"--title", "X", "--template", "day-in-the-life-baby", "--template-version", "4", "--cases", "A",
                        "--agencies", "gp"})
                     .exitCode,
                 1);
        QCOMPARE(
            admin(db, "audit",
                  {"--title", "X", "--template", "day-in-the-life-baby", "--cases", "Baby Smith", "--agencies", "gp"})
                .exitCode,
            1);

        const CliResult code = admin(db, "enrol-code", {"--agency", "community_health", "--hours", "24"});
        QCOMPARE(code.exitCode, 0);
        QVERIFY(QRegularExpression("^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}\\n$")
                    .match(QString::fromUtf8(code.out))
                    .hasMatch());
        QCOMPARE(admin(db, "enrol-code", {"--agency", "Community Health"}).exitCode, 1);
        QCOMPARE(db.scalar("SELECT COUNT(*) FROM enrol_codes"), qint64(1));
    }

    void devicesRevokeAndReturnsWorkBesideARunningServer()
    {
        Office office;
        const Device gp = office.enrol("gp", "Surgery laptop");
        const std::string canary = "CANARY-" + core::toHex(core::randomBytes(8));
        const protocol::ReturnPayload payload = office.payload(gp, "EH-3", 1, {{"evidence", canary}});
        QCOMPARE(office.putReturn(gp, office.seal(gp, payload)).status, 201);

        const CliResult devices = admin(office.db, "devices");
        QCOMPARE(devices.exitCode, 0);
        const nlohmann::json list = nlohmann::json::parse(devices.out.toStdString());
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0]["device_id"].get<std::string>(), gp.id);
        QCOMPARE(list[0]["device_name"].get<std::string>(), std::string("Surgery laptop"));
        QCOMPARE(list[0]["sign_public_key"].get<std::string>(), core::toBase64(gp.keys.publicKey));

        const CliResult returns = admin(office.db, "returns");
        QCOMPARE(returns.exitCode, 0);
        const nlohmann::json stored = nlohmann::json::parse(returns.out.toStdString());
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0]["uuid"].get<std::string>(), payload.metadata.uuid);
        QCOMPARE(stored[0]["case_code"].get<std::string>(), std::string("EH-3"));
        QCOMPARE(stored[0]["review_state"].get<std::string>(), std::string("received"));
        QVERIFY(!stored[0].contains("sealed") && !stored[0].contains("envelope"));
        QVERIFY(!returns.out.contains(QByteArray::fromStdString(canary)));

        QCOMPARE(admin(office.db, "revoke", {QString::fromStdString(core::newUuid())}).exitCode, 1);
        QCOMPARE(admin(office.db, "revoke", {"not-a-device"}).exitCode, 1);
        QCOMPARE(admin(office.db, "revoke", {QString::fromStdString(gp.id)}).exitCode, 0);
        const Reply wiped = office.api->get("/api/v1/config", gp.token);
        QCOMPARE(wiped.status, 401);
        QCOMPARE(wiped.json()["wipe"].get<bool>(), true);
        QCOMPARE(nlohmann::json::parse(admin(office.db, "devices").out.toStdString())[0]["revoked"].get<bool>(), true);
    }

    void policyShowsAndChanges()
    {
        TestDatabase db;
        const CliResult shown = admin(db, "policy");
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(nlohmann::json::parse(shown.out.toStdString())["idle_lock_seconds"].get<int>(), 300);
        QCOMPARE(admin(db, "policy", {"--idle-lock-seconds", "900", "--retention-days", "60"}).exitCode, 0);
        const nlohmann::json now = nlohmann::json::parse(admin(db, "policy").out.toStdString());
        QCOMPARE(now["idle_lock_seconds"].get<int>(), 900);
        QCOMPARE(now["retention_days"].get<int>(), 60);
        QCOMPARE(now["unlock_failure_limit"].get<int>(), 10);
        QCOMPARE(admin(db, "policy", {"--idle-lock-seconds", "5"}).exitCode, 2);
    }

    void officeKeyAndAuditLog()
    {
        TestDatabase db;
        const auto keys = core::envelope::BoxKeyPair::generate();
        const CliResult registered =
            admin(db, "office-key", {"--public-key", QString::fromStdString(core::toBase64(keys.publicKey))});
        QCOMPARE(registered.exitCode, 0);
        QCOMPARE(nlohmann::json::parse(registered.out.toStdString())["key_id"].get<std::string>(),
                 core::envelope::keyId(keys.publicKey));
        QCOMPARE(admin(db, "office-key", {"--public-key", "AAAA"}).exitCode, 1);

        const CliResult log = admin(db, "audit-log");
        QCOMPARE(log.exitCode, 0);
        const nlohmann::json entries = nlohmann::json::parse(log.out.toStdString());
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries[0]["action"].get<std::string>(), std::string("office_key_registered"));
        QCOMPARE(entries[0]["actor"].get<std::string>(), std::string("admin"));
        QCOMPARE(entries[0]["remote_address"].get<std::string>(), std::string("local"));
    }
};

QTEST_GUILESS_MAIN(TestServerAdminCli)
#include "tst_server_admin_cli.moc"
