// Tests of `maqa-cli init | status | verify | passphrase` as a user runs them: real processes, real store files,
// exit statuses 0 / 1 / 2, one-line messages, and passphrases taken only from the environment or stdin.
#include "StoreTestSupport.h"

#include "store/db/Migrations.h"
#include "store/repos/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace maqa::test;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args, const QString &passphrase = {}, const QByteArray &stdinText = {},
        const QString &newPassphrase = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("MAQA_PASSPHRASE");
    env.remove("MAQA_NEW_PASSPHRASE");
    if (!passphrase.isEmpty()) {
        env.insert("MAQA_PASSPHRASE", passphrase);
    }
    if (!newPassphrase.isEmpty()) {
        env.insert("MAQA_NEW_PASSPHRASE", newPassphrase);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAQA_BIN_DIR "/maqa-cli"), args);
    p.waitForStarted();
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

const QString kPass = QString::fromLatin1(kPassphrase);
} // namespace

class TestStoreCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString freshDir(const char *name) { return m_tmp.filePath(name); }

private slots:
    void initFromEnvironmentAndStatus()
    {
        const QString dir = freshDir("env");
        const Run init = cli({"init", "--data", dir, "--kdf", "minimum"}, kPass);
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.err.contains("Created an encrypted store"));
        const Run status = cli({"status", "--data", dir}, kPass);
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(json["unlocked"].toBool(), true);
        QCOMPARE(json["schema_version"].toInt(), maqa::store::latestSchemaVersion());
        QCOMPARE(json["counts"].toObject()["drafts"].toInt(), 0);
        QCOMPARE(json["lock"].toObject()["failure_limit"].toInt(), 10);
        QCOMPARE(json["enrolled"].toBool(), false);
    }

    void initFromStdin()
    {
        const QString dir = freshDir("stdin");
        QCOMPARE(cli({"init", "--data", dir, "--kdf", "minimum"}, {}, kPass.toUtf8() + "\n").exitCode, 0);
        QCOMPARE(cli({"verify", "--data", dir}, {}, kPass.toUtf8() + "\n").exitCode, 0);
        QCOMPARE(cli({"verify", "--data", dir}, kPass).exitCode, 0);
    }

    void refusalsAreOneClearLine()
    {
        const QString dir = freshDir("refusals");
        Run weak = cli({"init", "--data", dir, "--kdf", "minimum"}, "short");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.startsWith("maqa-cli: The passphrase is too weak"));
        QCOMPARE(weak.err.count('\n'), 1);
        QVERIFY(!QFile::exists(dir + "/maqa.key"));

        const Run none = cli({"init", "--data", dir, "--kdf", "minimum"});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("No passphrase given"));

        QCOMPARE(cli({"init", "--data", dir, "--kdf", "minimum"}, kPass).exitCode, 0);
        const Run again = cli({"init", "--data", dir, "--kdf", "minimum"}, kPass);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));

        const Run wrong = cli({"status", "--data", dir}, "the wrong passphrase");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("Wrong passphrase. 9 attempts left"));
        const QJsonObject json = QJsonDocument::fromJson(wrong.out).object();
        QCOMPARE(json["unlocked"].toBool(), false);
        QCOMPARE(json["lock"].toObject()["failures"].toInt(), 1);

        const Run missing = cli({"verify", "--data", freshDir("nothing-here")}, kPass);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("There is no store"));
    }

    void usageErrorsExitTwoAndPassphraseNeverFromArgv()
    {
        const Run viaArgv = cli({"init", "--data", freshDir("argv"), "--passphrase", kPass});
        QCOMPARE(viaArgv.exitCode, 2);
        QVERIFY(viaArgv.err.contains("Unknown option --passphrase"));
        QCOMPARE(cli({"init"}, kPass).exitCode, 1); // --data missing is a refusal with its name
        QVERIFY(cli({"init"}, kPass).err.contains("--data is required"));
        QCOMPARE(cli({"no-such-verb"}).exitCode, 2);
    }

    void verifyFindsDamage()
    {
        const QString dir = freshDir("damage");
        QCOMPARE(cli({"init", "--data", dir, "--kdf", "minimum"}, kPass).exitCode, 0);
        {
            auto s = maqa::store::Store::open(dir.toStdString(), kPassphrase, fastOptions());
            for (int i = 0; i < 300; ++i) {
                s->settings().set("key" + std::to_string(i), std::string(60, 'v'));
            }
        }
        QCOMPARE(cli({"verify", "--data", dir}, kPass).exitCode, 0);
        QFile db(dir + "/maqa.db");
        QVERIFY(db.open(QIODevice::ReadWrite));
        const qint64 at = db.size() / 2 + 50;
        db.seek(at);
        const char c = db.read(1)[0];
        db.seek(at);
        db.write(QByteArray(1, char(c ^ 0x40)));
        db.close();
        const Run verify = cli({"verify", "--data", dir}, kPass);
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains("damaged"), qPrintable(verify.err));
    }

    void passphraseChangeKeepsData()
    {
        const QString dir = freshDir("rekey");
        QCOMPARE(cli({"init", "--data", dir, "--kdf", "minimum"}, kPass).exitCode, 0);
        maqa::store::Store::open(dir.toStdString(), kPassphrase, fastOptions())->settings().set("canary", "kept");
        const Run change = cli({"passphrase", "--data", dir, "--kdf", "minimum"}, kPass, {}, "my new long passphrase");
        QCOMPARE(change.exitCode, 0);
        QCOMPARE(cli({"verify", "--data", dir}, kPass).exitCode, 1);
        QCOMPARE(maqa::store::Store::open(dir.toStdString(), "my new long passphrase", fastOptions())
                     ->settings()
                     .value("canary"),
                 std::string("kept"));
        // From stdin: the current passphrase on the first line, the new one on the second.
        const Run viaStdin = cli({"passphrase", "--data", dir, "--kdf", "minimum"}, {},
                                 "my new long passphrase\nyet another long passphrase\n");
        QCOMPARE(viaStdin.exitCode, 0);
        QCOMPARE(cli({"verify", "--data", dir}, "yet another long passphrase").exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_store_cli.moc"
