// `maqa-cli demo` end to end, as a newcomer runs it: the server it starts, ten enrolled devices, the office. Its
// report must hold the six children, the ten agencies, the discrepancies between them and the themes; its text must
// pass the identifier scan; it refuses a directory in use; it can leave its server running, or use one it is given.
#include "ServerHarness.h"
#include "support/OfficeFixtures.h"

#include "core/office/Briefing.h"
#include "core/privacy/IdentifierScan.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include <csignal>

using namespace maqa;
using namespace maqa::test;
using nlohmann::json;

namespace {

constexpr const char *kPassphrase = "correct horse battery staple 42";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs maqa-cli with MAQA_PASSPHRASE set to @p passphrase, or unset when it is empty. */
Run maqaCli(const QStringList &args, const QString &passphrase = QString::fromUtf8(kPassphrase))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("MAQA_PASSPHRASE");
    if (!passphrase.isEmpty()) {
        env.insert("MAQA_PASSPHRASE", passphrase);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MAQA_BIN_DIR "/maqa-cli"), args);
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void runsEndToEnd()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/demo";
        const Run run = maqaCli({"demo", "--data", dir});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("minimum Argon2id profile"), run.out.constData());
        const json summary = json::parse(readAll(dir + "/demo-summary.json").toStdString());

        QCOMPARE(summary["cases"].get<int>(), 6);
        QCOMPARE(summary["agencies_taking_part"].get<int>(), 10);
        QCOMPARE(summary["returns_submitted"].get<int>(), 57); // 60 cells: two overdue, one still a draft
        QCOMPARE(summary["returns_opened"].get<int>(), 57);
        QCOMPARE(summary["overdue"].get<int>(), 3);
        QCOMPARE(summary["live_risk_flags"].get<int>(), 1);
        QVERIFY(summary["contradictions"].get<int>() >= 4);
        QCOMPARE(summary["pull"].get<std::string>(),
                 std::string("Opened 57 new returns; none quarantined; 10 devices, 1 audit, 1 draft in progress."));
        QVERIFY(summary["has_issues"]["comment_on_device"].get<std::string>().find("discharge summary") !=
                std::string::npos);

        // The briefing: six children, ten agencies, the contradictions cited, the themes, in HTML and in the PDF.
        const QString html = QString::fromUtf8(readAll(dir + "/report/briefing.html"));
        QVERIFY2(html.contains("6 children"), "the background names the six children");
        QVERIFY2(html.contains("10 of 10 agencies"), "the background names the ten agencies");
        QVERIFY2(html.contains("contradicted each other"), "the contradictions are cited");
        QVERIFY2(html.contains("strategy discussion minutes"), "the strategy minutes discrepancy is cited");
        QVERIFY2(html.contains("Police: No"), "police say they never received the minutes");
        QVERIFY2(run.out.contains("Children's Social Care Yes, Police No"), run.out.constData());
        for (const QString &theme : QString::fromStdString(summary["themes"].get<std::string>()).split(", ")) {
            QVERIFY2(html.contains(theme), qPrintable(theme));
        }
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {dir + "/report/briefing.pdf", QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const char *heading : {core::office::headings::kBackground, core::office::headings::kWorries,
                                    core::office::headings::kGoodPractice, core::office::headings::kThemes,
                                    core::office::headings::kActionPlan}) {
            QVERIFY2(pdf.contains(QString::fromUtf8(heading)), heading);
        }
        QVERIFY(pdf.contains("Information sharing"));

        // All answers: one row per return, six case codes, ten agencies; no cell looks like an identifier.
        const std::vector<std::vector<std::string>> rows = parseCsv(readAll(dir + "/report/answers.csv").toStdString());
        QCOMPARE(rows.size(), std::size_t(58));
        std::set<std::string> cases, agencies;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), rows[0].size());
            cases.insert(rows[i][2]);
            agencies.insert(rows[i][3]);
            for (const std::string &cell : rows[i]) {
                const auto hints = core::scanForIdentifiers(cell);
                QVERIFY2(hints.empty(), cell.c_str());
            }
        }
        QCOMPARE(cases.size(), std::size_t(6));
        QCOMPARE(agencies.size(), std::size_t(10));
        const std::vector<std::vector<std::string>> plan =
            parseCsv(readAll(dir + "/report/action-plan.csv").toStdString());
        QVERIFY(plan.size() >= 4);

        // The office's store is a real one: the headless report works on it too.
        const Run report = maqaCli({"office", "report", "--data", dir + "/office", "--audit",
                                    QString::fromStdString(summary["audit_id"].get<std::string>()), "--format", "csv",
                                    "--out", tmp.path() + "/again.csv"});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QCOMPARE(parseCsv(readAll(tmp.path() + "/again.csv").toStdString()).size(), std::size_t(58));

        // A directory already in use is refused.
        const Run again = maqaCli({"demo", "--data", dir});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("not empty"), again.err.constData());
    }

    void keepsItsServerWhenAsked()
    {
        // Without MAQA_PASSPHRASE the stores take the demo passphrase, and the output says which it is.
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/demo";
        const Run run = maqaCli({"demo", "--data", dir, "--keep-server"}, QString());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("the demo passphrase \"maqa demonstration passphrase\""), run.out.constData());
        const Run status =
            maqaCli({"office", "status", "--data", dir + "/office"}, QStringLiteral("maqa demonstration passphrase"));
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(json::parse(status.out.toStdString())["returns"].get<int>(), 57);
        const json summary = json::parse(readAll(dir + "/demo-summary.json").toStdString());
        const qint64 pid = summary["server_pid"].get<qint64>();
        QVERIFY(pid > 0);
        Api api(summary["server"].get<std::string>());
        const Reply health = api.get("/api/v1/health");
        ::kill(static_cast<pid_t>(pid), SIGTERM); // the server this test asked the demonstration to start
        QCOMPARE(health.status, 200);
    }

    void usesAServerItIsGiven()
    {
        TestDatabase db;
        const CliResult init = runServerCommand(QStringList{"admin", "init"} + db.storeArgs());
        QCOMPARE(init.exitCode, 0);
        ServerProcess server(db);
        QTemporaryDir tmp;
        const QString dir = tmp.path() + "/demo";
        Run run = maqaCli({"demo", "--data", dir, "--server", QString::fromStdString(server.url())});
        QCOMPARE(run.exitCode, 1); // refused: the token is needed
        run = maqaCli({"demo", "--data", dir, "--server", QString::fromStdString(server.url()), "--token",
                       QString::fromUtf8(init.out.trimmed())});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const json summary = json::parse(readAll(dir + "/demo-summary.json").toStdString());
        QCOMPARE(summary["returns_opened"].get<int>(), 57);
        QCOMPARE(summary["server"].get<std::string>(), server.url());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
