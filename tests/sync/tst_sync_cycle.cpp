// The full cycle over loopback with a real maqa-server (SQLite or PostgreSQL): admin CLI set-up, maqa-cli enrol/sync,
// three sealed returns opened and checked by the office, review states flowing back, and the server-down message.
#include "support/SyncTestSupport.h"

#include "client/DeviceEnrolment.h"
#include "client/SettingKeys.h"

#include "core/crypto/Sodium.h"
#include "protocol/Office.h"
#include "protocol/Progress.h"
#include "protocol/Sealing.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"
#include "store/repos/TemplateRepository.h"

#include <QFile>
#include <QTest>

#include <map>

using namespace maqa;
using namespace maqa::test;

class TestSyncCycle : public QObject
{
    Q_OBJECT

private slots:
    void fullCycle()
    {
        ServerSetup server;
        DeviceStore device;
        device.close();

        // Enrol with the office's one-time code, then the first sync pulls the template and the assignment.
        const std::string code = server.issueCode("gp");
        CliRun run = runCli({"enrol", "--data", device.dir(), "--server", QString::fromStdString(server.server->url()),
                             "--code", QString::fromStdString(code), "--name", "GP tablet 1"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("Enrolled with"), run.err.constData());
        run = runCli({"sync", "--data", device.dir()});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        store::Store &s = device.open();
        QVERIFY(client::DeviceEnrolment::exists(s));
        const client::DeviceEnrolment enrolment = client::DeviceEnrolment::load(s);
        QCOMPARE(enrolment.agency, std::string("gp"));
        QCOMPARE(enrolment.officeKeyId, core::envelope::keyId(server.officeKeys.publicKey));
        const std::optional<store::TemplateRecord> templ = s.templates().find(kTemplateId, 1);
        QVERIFY(templ.has_value());
        QCOMPARE(templ->sha256, core::sha256Hex(templ->body));
        const std::optional<store::AssignmentRecord> assignment = s.assignments().find(server.auditId);
        QVERIFY(assignment.has_value());
        QCOMPARE(assignment->cases.size(), std::size_t(3));
        QCOMPARE(assignment->cases[1].code, std::string("EH-2"));

        // Three returns made as a practitioner makes them (maqa-cli draft → the app's FormController), each with a
        // canary answer the server must never see.
        device.close();
        const std::string canary = "CANARY-" + core::toHex(core::randomBytes(8));
        std::map<std::string, std::string> canaryOf;
        for (const char *caseCode : {"EH-1", "EH-2", "EH-3"}) {
            run = runCli({"draft", "new", "--data", device.dir(), "--template", kTemplateId, "--case", caseCode,
                          "--audit", QString::fromStdString(server.auditId)});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QString uuid = QString::fromUtf8(run.out.trimmed());
            const std::string answer = canary + "-" + caseCode;
            for (const QStringList &step : {QStringList{"draft", "fill-sample", "--data", device.dir(), uuid},
                                            QStringList{"draft", "set", "--data", device.dir(), uuid, "s0_0_yn", "no"},
                                            QStringList{"draft", "set", "--data", device.dir(), uuid, "s0_0_evidence",
                                                        QString::fromStdString(answer)},
                                            QStringList{"submit", "--data", device.dir(), uuid}}) {
                run = runCli(step);
                QVERIFY2(run.exitCode == 0, (step.join(' ') + ": " + run.err).toUtf8().constData());
            }
            canaryOf[uuid.toStdString()] = answer;
        }
        run = runCli({"sync", "--data", device.dir()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(nlohmann::json::parse(run.out.toStdString())["delivered"].get<int>(), 3);

        // On the server: three returns, metadata only, and no plaintext answer anywhere in its files.
        const nlohmann::json stored = server.returns();
        QCOMPARE(stored.size(), std::size_t(3));
        for (const nlohmann::json &r : stored) {
            QVERIFY(canaryOf.count(r["uuid"].get<std::string>()) == 1);
            QCOMPARE(r["agency"].get<std::string>(), std::string("gp"));
            QCOMPARE(r["device_id"].get<std::string>(), enrolment.deviceId);
        }
        for (const QString &path : server.db.filesOnDisk()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(QByteArray::fromStdString(canary)), qPrintable(path));
        }

        // The office opens each return with its key and checks the device's signature and the metadata.
        const Reply devices = server.office().get("/api/v1/office/devices", server.officeToken);
        QCOMPARE(devices.status, 200);
        const core::Bytes devicePublicKey =
            core::fromBase64(devices.json()["devices"][0]["sign_public_key"].get<std::string>());
        QVERIFY(devicePublicKey == enrolment.signingKeys.publicKey);
        const Reply pulled = server.office().get("/api/v1/office/returns?after=0", server.officeToken);
        QCOMPARE(pulled.status, 200);
        const protocol::OfficeReturnPage page = protocol::OfficeReturnPage::fromJson(pulled.json());
        QCOMPARE(page.returns.size(), std::size_t(3));
        for (const protocol::OfficeReturn &r : page.returns) {
            const protocol::OpenedReturn opened = protocol::openReturn(r.envelope, server.officeKeys, devicePublicKey);
            QCOMPARE(opened.payload.answers["s0_0_evidence"].get<std::string>(), canaryOf.at(r.envelope.metadata.uuid));
            QCOMPARE(opened.payload.answers["s0_0_yn"].get<std::string>(), std::string("no"));
            QCOMPARE(opened.payload.metadata.auditId, server.auditId);
            QCOMPARE(opened.payload.metadata.templateId, std::string(kTemplateId));
        }

        // Review states set by the office flow back to the device.
        const std::string sentBack = page.returns[0].envelope.metadata.uuid;
        const std::string approved = page.returns[1].envelope.metadata.uuid;
        QCOMPARE(server.office()
                     .put("/api/v1/office/returns/" + sentBack + "/1/review",
                          R"({"state":"has_issues","comment":"Please add the strategy meeting date."})",
                          server.officeToken)
                     .status,
                 200);
        QCOMPARE(server.office()
                     .put("/api/v1/office/returns/" + approved + "/1/review", R"({"state":"approved","comment":""})",
                          server.officeToken)
                     .status,
                 200);
        run = runCli({"sync", "--data", device.dir()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        store::Store &again = device.open();
        const std::optional<store::ReturnRecord> returned = again.returns().find({sentBack, 1});
        QCOMPARE(returned->reviewState, std::optional<std::string>("has_issues"));
        QCOMPARE(returned->reviewComment, std::optional<std::string>("Please add the strategy meeting date."));
        QCOMPARE(again.returns().find({approved, 1})->reviewState, std::optional<std::string>("approved"));
        QCOMPARE(again.outbox().counts().delivered, 3);
        QVERIFY(!again.settings().value(client::keys::kReviewCursor).empty());

        // A return sent back is resubmitted as revision 2 and reaches the office too.
        const store::ReturnRecord revision2 = again.returns().reopen(sentBack);
        again.returns().submit(revision2.key, nlohmann::json{{"evidence", "Strategy meeting on 3 March."}}.dump());
        device.close();
        run = runCli({"sync", "--data", device.dir()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(server.returns().size(), std::size_t(4));

        // The office tightens its policy and rotates its key: the next contact picks both up; a draft in progress is
        // reported as counts only; a new return is sealed to the new key.
        server.admin({"policy", "--unlock-failure-limit", "5", "--idle-lock-seconds", "120"});
        const core::envelope::BoxKeyPair rotated = core::envelope::BoxKeyPair::generate();
        server.admin({"office-key", "--public-key", QString::fromStdString(core::toBase64(rotated.publicKey))});
        run = runCli({"draft", "new", "--data", device.dir(), "--template", kTemplateId, "--case", "EH-3", "--audit",
                      QString::fromStdString(server.auditId)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const std::string draftUuid = run.out.trimmed().toStdString();
        run = runCli({"draft", "set", "--data", device.dir(), QString::fromStdString(draftUuid), "s0_0_yn", "yes"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({"sync", "--data", device.dir()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        store::Store &updated = device.open();
        const client::DeviceEnrolment refreshed = client::DeviceEnrolment::load(updated);
        QCOMPARE(refreshed.officeKeyId, core::envelope::keyId(rotated.publicKey));
        QCOMPARE(refreshed.policy.unlockFailureLimit, std::int64_t(5));
        QCOMPARE(refreshed.policy.idleLockSeconds, std::int64_t(120));
        QCOMPARE(updated.vault().state().failureLimit, 5);
        const Reply progress = server.office().get("/api/v1/office/progress", server.officeToken);
        QCOMPARE(progress.status, 200);
        QVERIFY2(progress.body.find("s0_0_yn") == std::string::npos, progress.body.c_str()); // no answer leaves
        bool reported = false;
        for (const protocol::DeviceProgress &row : protocol::ProgressList::fromJson(progress.json()).progress) {
            if (row.entry.returnUuid == draftUuid) {
                reported = true;
                QCOMPARE(row.entry.caseCode, std::string("EH-3"));
                QVERIFY(row.entry.answered >= 1 && row.entry.total >= row.entry.answered);
            }
        }
        QVERIFY(reported);
        const store::ReturnKey afterRotation = device.submit(server.auditId, "EH-2", {{"evidence", "new key"}});
        device.close();
        run = runCli({"sync", "--data", device.dir()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        bool sealedToNewKey = false;
        for (const nlohmann::json &r : server.returns()) {
            sealedToNewKey = sealedToNewKey || (r["uuid"] == afterRotation.uuid &&
                                                r["key_id"] == core::envelope::keyId(rotated.publicKey));
        }
        QVERIFY(sealedToNewKey);

        // The server goes down: maqa-cli says what waits and why, and exits non-zero.
        server.server->stop();
        store::Store &offline = device.open();
        device.submit(server.auditId, "EH-1", {{"evidence", "late"}});
        device.submit(server.auditId, "EH-2", {{"evidence", "later"}});
        QVERIFY(offline.outbox().counts().waiting() == 2);
        device.close();
        run = runCli({"sync", "--data", device.dir()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("2 returns are waiting: the server did not answer (connection refused)"),
                 run.err.constData());
        QCOMPARE(device.open().outbox().counts().waiting(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncCycle)
#include "tst_sync_cycle.moc"
