// maqa-cli and the store at the most verbose logging level (every Qt category on): a canary answer, the passphrase
// (old and new) and the data key appear in no file of the data directory or the user's home, and in none of the
// CLI's output; the data directory stays 0700 with 0600 files throughout. The CLI runs as a real process.
#include "SecretScan.h"

#include "core/crypto/Sodium.h"
#include "store/Store.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace maqa;
using namespace maqa::test;

namespace {

struct Run
{
    int exitCode = -1;
    std::string output; //!< stdout and stderr together
};

} // namespace

class CliSecrets : public QObject
{
    Q_OBJECT
private slots:
    void noSecretAtRestOrInOutput()
    {
        QTemporaryDir home;
        const std::string canary = "CANARY-answer-" + core::toHex(core::randomBytes(8));
        const std::string passphrase = "CANARY-pass-" + core::toHex(core::randomBytes(8));
        const std::string newPassphrase = "CANARY-newpass-" + core::toHex(core::randomBytes(8));
        const std::filesystem::path data = home.filePath("data").toStdString();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", home.path());
        env.insert("XDG_DATA_HOME", home.filePath("xdg-data"));
        env.insert("XDG_CONFIG_HOME", home.filePath("xdg-config"));
        env.insert("XDG_CACHE_HOME", home.filePath("xdg-cache"));
        env.insert("QT_LOGGING_RULES", "*=true"); // the most verbose level Qt has
        env.insert("MAQA_PASSPHRASE", QString::fromStdString(passphrase));
        std::string output;
        const auto cli = [&](const QStringList &args) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral(MAQA_BIN_DIR "/maqa-cli"), args);
            process.closeWriteChannel();
            process.waitForFinished(120000);
            const Run run{process.exitCode(), process.readAll().toStdString()};
            output += run.output;
            return run;
        };
        const QString dir = QString::fromStdString(data.string());
        QCOMPARE(cli({"init", "--data", dir, "--kdf", "minimum"}).exitCode, 0);
        QVERIFY2(notPrivate(data).empty(), joined(notPrivate(data)).c_str());

        std::string hexKey;
        {
            store::StoreOptions options;
            options.kdf = core::KdfParams::minimum();
            auto store = store::Store::open(data, passphrase, options);
            const store::ReturnRecord draft = store->returns().create({"audit", "early-help", 1, "", "EH-1", "gp"});
            for (int i = 0; i < 50; ++i) {
                store->returns().setAnswer(draft.key, "evidence_" + std::to_string(i), "\"" + canary + "\"");
            }
            store->settings().set("note", canary);
            hexKey = core::toHex(store->dataKeyForExport().span());
            QVERIFY2(notPrivate(data).empty(), joined(notPrivate(data)).c_str()); // WAL and SHM while open
        }
        const Run status = cli({"status", "--data", dir});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.output.find("\"drafts\": 1") != std::string::npos); // the CLI really read the store
        QCOMPARE(cli({"verify", "--data", dir}).exitCode, 0);
        env.insert("MAQA_NEW_PASSPHRASE", QString::fromStdString(newPassphrase));
        QCOMPARE(cli({"passphrase", "--data", dir, "--kdf", "minimum"}).exitCode, 0);
        env.insert("MAQA_PASSPHRASE", QString::fromStdString(newPassphrase));
        QCOMPARE(cli({"status", "--data", dir}).exitCode, 0);

        std::string upperKey = hexKey;
        for (char &c : upperKey) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        const core::Bytes rawKey = core::fromHex(hexKey);
        const std::vector<Secret> secrets = {
            {"the canary answer", canary},         {"the passphrase", passphrase},
            {"the new passphrase", newPassphrase}, {"the data key (hex)", hexKey},
            {"the data key (HEX)", upperKey},      {"the data key", std::string(rawKey.begin(), rawKey.end())}};
        int files = 0;
        std::vector<std::string> found = secretsUnder(home.path().toStdString(), secrets, files);
        QVERIFY(files >= 2); // maqa.db and maqa.key at least
        for (std::string &hit : secretsIn(output, secrets, "maqa-cli's output")) {
            found.push_back(std::move(hit));
        }
        QVERIFY2(found.empty(), joined(found).c_str());
        QVERIFY2(notPrivate(data).empty(), joined(notPrivate(data)).c_str());
    }
};

QTEST_GUILESS_MAIN(CliSecrets)
#include "tst_cli_secrets.moc"
