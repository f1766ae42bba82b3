// Tests of `maqa-cli template check` and `template sample` as a user runs them: a real maqa-cli process, its exit
// status, and its output lines (problems on stdout as FILE: path: problem, one a line).
#include "core/form/Form.h"
#include "core/template/TemplateLoader.h"

#include <QProcess>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace maqa::core;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &workingDirectory = QString(MAQA_SOURCE_DIR))
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QString(MAQA_BIN_DIR) + "/maqa-cli", args);
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString slurp(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return QString::fromStdString(text.str());
}

const QString kMalformed = QString(MAQA_SOURCE_DIR) + "/tests/core/malformed";
} // namespace

class TestTemplateCli : public QObject
{
    Q_OBJECT
private slots:
    void shippedTemplatesAreSound()
    {
        const Run run = cli({"template", "check", "assets/templates/early-help-audit.json",
                             "assets/templates/ditl-baby.json", "assets/templates/ditl-child.json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count("sound ("), 3);
    }

    void problemsArePrintedOneALine()
    {
        const Run run = cli({"template", "check", "unknown-reference.json", "many-problems.json", "nested-repeat.json"},
                            kMalformed);
        QCOMPARE(run.exitCode, 1);
        const QString expected = slurp(kMalformed + "/unknown-reference.expected") +
                                 slurp(kMalformed + "/many-problems.expected") +
                                 slurp(kMalformed + "/nested-repeat.expected");
        QCOMPARE(run.out, expected);
        QVERIFY(run.out.startsWith("unknown-reference.json: sections[0].questions[1] (escalation_used): relevant: "
                                   "unknown reference ${disagreemnt}"));
    }

    void oneBadFileAmongGoodOnesFailsTheRun()
    {
        const Run run =
            cli({"template", "check", QString(MAQA_SOURCE_DIR) + "/assets/templates/ditl-child.json", "bad-kind.json"},
                kMalformed);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, slurp(kMalformed + "/bad-kind.expected"));
        QCOMPARE(run.err.count("sound ("), 1);
    }

    void unreadableFilesAndUsage()
    {
        const Run missing = cli({"template", "check", "no-such-template.json"});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.out, QString("no-such-template.json: (file): cannot be read: No such file or directory\n"));
        const Run none = cli({"template", "check"});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("Usage: maqa-cli template check FILE..."));
    }

    void sampleAnswersAreValidAndReproducible()
    {
        const QStringList args{"template", "sample",    "assets/templates/early-help-audit.json", "--seed", "7",
                               "--today",  "2026-11-26"};
        const Run first = cli(args), second = cli(args);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, second.out);
        const auto answers = nlohmann::json::parse(first.out.toStdString());
        QCOMPARE(answers["live_risk"].get<std::string>(), std::string("no"));
        QVERIFY(answers["audit_date"].get<std::string>() <= std::string("2026-11-26"));
        const std::string text =
            slurp(QString(MAQA_SOURCE_DIR) + "/assets/templates/early-help-audit.json").toStdString();
        auto clock = std::make_shared<expr::FixedClock>("2026-11-26");
        const Form form = Form::fromJson(loadTemplateOrThrow(text, "early-help-audit.json"), answers, clock);
        QVERIFY(form.missingRequired().empty());
        QVERIFY(form.isComplete());
        const Run other = cli(
            {"template", "sample", "assets/templates/early-help-audit.json", "--seed", "8", "--today", "2026-11-26"});
        QVERIFY(other.out != first.out);
    }

    void sampleRefusesABrokenTemplate()
    {
        const Run run = cli({"template", "sample", "unknown-type.json"}, kMalformed);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QString("maqa-cli: The template unknown-type.json cannot be used: sections[0].questions[0] "
                                  "(seen): type: unknown question type 'yesno' (did you mean 'yes_no'?).\n"));
        const Run badSeed = cli({"template", "sample", "assets/templates/ditl-baby.json", "--seed", "many"});
        QCOMPARE(badSeed.exitCode, 1);
        QVERIFY(badSeed.err.contains("--seed needs a whole number"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateCli)
#include "tst_template_cli.moc"
