// The office's whole cycle with real processes, on SQLite and PostgreSQL: `maqa-cli office init` (key pair made and
// registered), an audit with age bands and needs, enrolment codes, two devices enrolling and submitting through
// maqa-cli, a tampered envelope written into the server's database and a return signed with a key the office does
// not know — both quarantined with their reasons, never dropped — the office pulling and opening the rest, a review
// flowing back to the device, the key backup opening the same returns on a second office machine, the report in
// every format, and the failure said plainly when the server is gone.
#include "support/OfficeSyncSupport.h"

#include "support/OfficeFixtures.h"

#include "client/DeviceEnrolment.h"
#include "client/SettingKeys.h"
#include "core/crypto/Sodium.h"
#include "core/office/Briefing.h"
#include "core/util/Uuid.h"
#include "protocol/Json.h"
#include "protocol/Office.h"
#include "protocol/Sealing.h"
#include "store/Store.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace maqa;
using namespace maqa::test;
using nlohmann::json;

namespace {

/** Asserts a maqa-cli run succeeded, showing its stderr when it did not. */
#define QVERIFY_CLI(run) QVERIFY2((run).exitCode == 0, (run).err.constData())

std::unique_ptr<store::Store> openDevice(const QString &dir)
{
    store::StoreOptions options;
    options.kdf = core::KdfParams::minimum();
    return store::Store::open(dir.toStdString(), kOfficePassphrase, options);
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestOfficeCycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString dir(const QString &name) const { return m_tmp.path() + "/" + name; }

    /** Enrols a device of @p agency with a code the office issues; returns its data directory. */
    QString enrolDevice(const QString &office, const OfficeServer &server, const QString &agency)
    {
        const Cli code = cli({"office", "enrol-code", "--data", office, "--agency", agency, "--hours", "2"});
        if (code.exitCode != 0 || !code.err.contains("shown only this once")) {
            throw std::runtime_error("enrol-code failed: " + code.err.toStdString());
        }
        const QString device = dir("device-" + agency);
        for (const QStringList &step :
             {QStringList{"init", "--data", device, "--kdf", "minimum"},
              QStringList{"enrol", "--data", device, "--server", server.url(), "--code",
                          QString::fromUtf8(code.out.trimmed()), "--name", agency + " tablet"},
              QStringList{"sync", "--data", device}}) {
            const Cli run = cli(step);
            if (run.exitCode != 0) {
                throw std::runtime_error(step.join(' ').toStdString() + ": " + run.err.toStdString());
            }
        }
        return device;
    }

    /** A complete return for @p caseCode made as a practitioner makes it; returns its uuid. */
    QString submitReturn(const QString &device, const QString &auditId, const QString &caseCode, const QString &worry)
    {
        const Cli created = cli({"draft", "new", "--data", device, "--template", "early-help-audit", "--case", caseCode,
                                 "--audit", auditId});
        if (created.exitCode != 0) {
            throw std::runtime_error("draft new: " + created.err.toStdString());
        }
        const QString uuid = QString::fromUtf8(created.out.trimmed());
        for (const QStringList &step : {QStringList{"draft", "fill-sample", "--data", device, uuid},
                                        QStringList{"draft", "set", "--data", device, uuid, "worries", worry},
                                        QStringList{"submit", "--data", device, uuid}}) {
            const Cli run = cli(step);
            if (run.exitCode != 0) {
                throw std::runtime_error(step.join(' ').toStdString() + ": " + run.err.toStdString());
            }
        }
        return uuid;
    }

private slots:
    void officeCycle()
    {
        QVERIFY(m_tmp.isValid());
        OfficeServer server;
        const QString office = dir("office");
        const QString token = QString::fromStdString(server.token());

        // Set up: the store, the key pair registered with the server, the shipped templates published.
        Cli run =
            cli({"office", "init", "--data", office, "--server", server.url(), "--token", token, "--kdf", "minimum"});
        QVERIFY_CLI(run);
        const json init = run.json();
        QCOMPARE(init["role"].get<std::string>(), std::string("office"));
        QVERIFY(protocol::hasFormat(init["key_id"].get<std::string>(), protocol::TextFormat::KeyId));
        QCOMPARE(init["templates"].size(), std::size_t(3));
        run = cli({"office", "init", "--data", office, "--server", server.url(), "--token", token});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already set up"), run.err.constData());

        // An audit with its theme, period, due date, case codes with age band and range of needs, agencies.
        run = cli({"office", "audit", "create", "--data", office, "--title", "Early Help, spring", "--template",
                   "early-help-audit", "--theme", "Early Help", "--period", "The last 12 months", "--due", "2031-03-31",
                   "--agencies", "gp,police", "EH-101:0-1:Child Protection", "EH-102:16-17:Early Help"});
        QVERIFY_CLI(run);
        const QString auditId = QString::fromUtf8(run.out.trimmed());
        QVERIFY(protocol::hasFormat(auditId.toStdString(), protocol::TextFormat::Uuid));
        run = cli({"office", "audit", "list", "--data", office});
        QVERIFY_CLI(run);
        const json audit = run.json()["audits"][0];
        QCOMPARE(audit["audit_id"].get<std::string>(), auditId.toStdString());
        QCOMPARE(audit["theme"].get<std::string>(), std::string("Early Help"));
        QCOMPARE(audit["due_date"].get<std::string>(), std::string("2031-03-31"));
        QCOMPARE(audit["cases"][0]["age_band"].get<std::string>(), std::string("0-1"));
        QCOMPARE(audit["cases"][1]["needs"].get<std::string>(), std::string("Early Help"));
        run = cli({"office", "audit", "create", "--data", office, "--title", "Bad", "--template", "early-help-audit",
                   "EH 1"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cases[0]"), run.err.constData());

        // Two devices enrol with codes the office issues, and submit three returns.
        const QString gp = enrolDevice(office, server, "gp");
        const QString police = enrolDevice(office, server, "police");
        const QString canary = "CANARY-" + QString::fromStdString(core::toHex(core::randomBytes(6)));
        const QString gp101 = submitReturn(gp, auditId, "EH-101", canary + " minutes never reached us");
        const QString gp102 = submitReturn(gp, auditId, "EH-102", "Waiting lists left the young person alone");
        const QString police101 = submitReturn(police, auditId, "EH-101", "Police never received the minutes");
        QVERIFY_CLI(cli({"sync", "--data", gp}));
        QVERIFY_CLI(cli({"sync", "--data", police}));

        // Tampering 1: police's envelope altered in the server's database (one character of the sealed bytes).
        const Reply page = server.api().get("/api/v1/office/returns?after=0&limit=200", server.token());
        QCOMPARE(page.status, 200);
        bool altered = false;
        for (const protocol::OfficeReturn &r : protocol::OfficeReturnPage::fromJson(page.json()).returns) {
            if (r.envelope.metadata.uuid == police101.toStdString()) {
                protocol::Envelope tampered = r.envelope;
                char &c = tampered.sealed[tampered.sealed.size() / 2];
                c = c == 'A' ? 'B' : 'A';
                server.sql(QStringLiteral("UPDATE returns SET envelope = %1 WHERE uuid = '%2'")
                               .arg(blobLiteral(tampered.serialize()), police101));
                altered = true;
            }
        }
        QVERIFY(altered);
        // Tampering 2: a return PUT with the GP device's token but signed with a key the office does not know.
        std::string forgedUuid;
        {
            const std::unique_ptr<store::Store> device = openDevice(gp);
            const client::DeviceEnrolment enrolment = client::DeviceEnrolment::load(*device);
            protocol::ReturnPayload payload;
            forgedUuid = core::newUuid();
            payload.metadata = {forgedUuid,
                                1,
                                auditId.toStdString(),
                                "EH-102",
                                "gp",
                                "early-help-audit",
                                1,
                                "audit",
                                enrolment.deviceId,
                                enrolment.officeKeyId,
                                protocol::nowTimestamp(),
                                protocol::nowTimestamp()};
            payload.answers = {{"case_code", "EH-102"}, {"agency", "gp"}};
            payload.appVersion = "forger";
            const core::envelope::SigningKeyPair forger = core::envelope::SigningKeyPair::generate();
            const protocol::Envelope forged =
                protocol::sealReturn(payload, forger.secretKey, enrolment.officePublicKey);
            const Reply put = server.api().put(returnPath(forgedUuid, 1), forged.serialize(),
                                               device->settings().value(client::keys::kDeviceToken));
            QVERIFY2(put.status == 201, put.body.c_str());
        }

        // The office pulls: two returns open, the two bad ones are quarantined with their reasons.
        run = cli({"office", "pull", "--data", office});
        QVERIFY_CLI(run);
        const QString summary = QString::fromUtf8(run.out.trimmed());
        QVERIFY2(summary.startsWith("Opened 2 new returns"), qPrintable(summary));
        QVERIFY2(summary.contains("quarantined 2 (envelope does not open: 1, signature does not verify: 1)"),
                 qPrintable(summary));
        QVERIFY2(summary.contains("2 devices, 1 audit"), qPrintable(summary));
        const auto status = [&](const QString &store) {
            const Cli s = cli({"office", "status", "--data", store});
            if (s.exitCode != 0) {
                throw std::runtime_error("office status: " + s.err.toStdString());
            }
            return s.json();
        };
        json st = status(office);
        QCOMPARE(st["returns"].get<int>(), 2);
        QCOMPARE(st["devices"].get<int>(), 2);
        QCOMPARE(st["quarantine"].size(), std::size_t(2));
        std::set<std::pair<std::string, std::string>> quarantined;
        for (const json &q : st["quarantine"]) {
            QVERIFY(!q["message"].get<std::string>().empty());
            quarantined.insert({q["uuid"].get<std::string>(), q["reason"].get<std::string>()});
        }
        QVERIFY(quarantined.count({police101.toStdString(), "envelope_does_not_open"}) == 1);
        QVERIFY(quarantined.count({forgedUuid, "signature_invalid"}) == 1);
        run = cli({"office", "pull", "--data", office});
        QVERIFY_CLI(run);
        QVERIFY2(run.out.startsWith("No new returns; none quarantined"), run.out.constData());
        QCOMPARE(status(office)["quarantine"].size(), std::size_t(2)); // kept once, never dropped

        // A review sent back flows to the practitioner's device at its next sync; another is approved.
        run = cli({"office", "review", "--data", office, gp101, "1", "--state", "has_issues"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("comment"), run.err.constData());
        const QString comment = "Please add the date of the strategy discussion.";
        QVERIFY_CLI(
            cli({"office", "review", "--data", office, gp101, "1", "--state", "has_issues", "--comment", comment}));
        QVERIFY_CLI(cli({"office", "review", "--data", office, gp102, "1", "--state", "approved"}));
        QCOMPARE(status(office)["reviews_to_send"].get<int>(), 0);
        QVERIFY_CLI(cli({"sync", "--data", gp}));
        {
            const std::unique_ptr<store::Store> device = openDevice(gp);
            const std::optional<store::ReturnRecord> sentBack = device->returns().find({gp101.toStdString(), 1});
            QVERIFY(sentBack.has_value());
            QCOMPARE(sentBack->reviewState, std::optional<std::string>("has_issues"));
            QCOMPARE(sentBack->reviewComment, std::optional<std::string>(comment.toStdString()));
        }

        // The report in every format.
        const QString pdf = dir("briefing.pdf"), html = dir("briefing.html"), csv = dir("answers.csv"),
                      actions = dir("actions.csv");
        for (const auto &[format, file] :
             {std::pair{"pdf", pdf}, {"html", html}, {"csv", csv}, {"actions-csv", actions}}) {
            run = cli({"office", "report", "--data", office, "--audit", auditId, "--format", format, "--out", file});
            QVERIFY_CLI(run);
            QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        }
        const QString text = pdfText(pdf);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(htmlFile.readAll());
        for (const char *heading : {core::office::headings::kBackground, core::office::headings::kWorries,
                                    core::office::headings::kGoodPractice, core::office::headings::kThemes,
                                    core::office::headings::kReflection, core::office::headings::kActionPlan}) {
            QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
            QVERIFY2(htmlText.contains(QString::fromUtf8(heading)), heading);
        }
        QVERIFY(text.contains("Early Help, spring"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const std::vector<std::vector<std::string>> rows = parseCsv(csvFile.readAll().toStdString());
        QCOMPARE(rows.size(), std::size_t(3)); // the header and the two opened returns
        QCOMPARE(rows[0][0], std::string("Return"));
        std::set<std::string> uuids;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), rows[0].size());
            uuids.insert(rows[i][0]);
        }
        QCOMPARE(uuids, (std::set<std::string>{gp101.toStdString(), gp102.toStdString()}));
        csvFile.seek(0);
        QVERIFY(csvFile.readAll().contains(canary.toUtf8()));
        QFile actionsFile(actions);
        QVERIFY(actionsFile.open(QIODevice::ReadOnly));
        const std::vector<std::vector<std::string>> plan = parseCsv(actionsFile.readAll().toStdString());
        QVERIFY(plan.size() >= 2);
        for (const std::vector<std::string> &row : plan) {
            QCOMPARE(row.size(), plan[0].size());
        }

        // The encrypted key backup lets a second office machine open the same returns.
        QProcessEnvironment backupPassphrase;
        backupPassphrase.insert("MAQA_BACKUP_PASSPHRASE", "a different long backup passphrase 7");
        const QString backup = dir("office-key.json");
        QVERIFY_CLI(
            cli({"office", "key", "export", "--data", office, "--out", backup, "--kdf", "minimum"}, backupPassphrase));
        const QString second = dir("office-2");
        QProcessEnvironment wrong;
        wrong.insert("MAQA_BACKUP_PASSPHRASE", "not the backup passphrase at all 9");
        run = cli({"office", "init", "--data", second, "--server", server.url(), "--token", token, "--kdf", "minimum",
                   "--key-backup", backup},
                  wrong);
        QCOMPARE(run.exitCode, 1);
        run = cli({"office", "init", "--data", second, "--server", server.url(), "--token", token, "--kdf", "minimum",
                   "--key-backup", backup},
                  backupPassphrase);
        QVERIFY_CLI(run);
        QCOMPARE(run.json()["key_id"].get<std::string>(), init["key_id"].get<std::string>());
        st = status(second);
        QCOMPARE(st["returns"].get<int>(), 2);
        QCOMPARE(st["quarantine"].size(), std::size_t(2));

        // The server goes away: the pull fails with the reason, and the office's status keeps it.
        server.stop();
        run = cli({"office", "pull", "--data", office});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("connection refused"), run.err.constData());
        QVERIFY(status(office)["last_error"].get<std::string>().find("connection refused") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestOfficeCycle)
#include "tst_office_cycle.moc"
