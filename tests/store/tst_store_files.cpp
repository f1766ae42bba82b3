// Tests of what the store leaves on disk: files the sqlcipher shell opens with the raw key and nothing else opens,
// no plaintext anywhere (db, WAL, SHM, temp files), verified PRAGMAs, and damage detected rather than ignored.
#include "StoreTestSupport.h"

#include "core/util/Error.h"
#include "store/db/Database.h"
#include "store/db/Migrations.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QProcess>
#include <QTest>

#include <fstream>

#include <nlohmann/json.hpp>

using namespace maqa;
using namespace maqa::test;

namespace {
const std::string kCanary = "CANARY-7f3e-the-child-said-xyzzy";

struct ShellResult
{
    int exitCode = -1;
    QString out;
};

ShellResult runShell(const QString &program, const std::filesystem::path &db, const QString &script)
{
    QProcess p;
    p.start(program, {QString::fromStdString(db.string())});
    p.waitForStarted();
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

void fillWithCanaries(store::Store &s, int rows)
{
    const store::ReturnRecord r = s.returns().create({"audit", "early-help", 1, "audit-1", "EH-001", "gp"});
    for (int i = 0; i < rows; ++i) {
        s.returns().setAnswer(r.key, "evidence_" + std::to_string(i), "\"" + kCanary + " " + std::to_string(i) + "\"");
    }
    s.settings().set("canary", kCanary);
}
} // namespace

class TestStoreFiles : public QObject
{
    Q_OBJECT
private slots:
    void sqlcipherShellOpensWithTheRawKeyOnly()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        std::string hexKey;
        {
            auto s = store::Store::create(dir, kPassphrase, fastOptions());
            s->settings().set("canary", kCanary);
            hexKey = core::toHex(s->dataKeyForExport().span());
        }
        const std::filesystem::path db = dir / "maqa.db";
        const ShellResult right =
            runShell("sqlcipher", db,
                     QString("PRAGMA key=\"x'%1'\";\nSELECT value FROM settings WHERE key='canary';\n")
                         .arg(QString::fromStdString(hexKey)));
        QCOMPARE(right.exitCode, 0);
        QVERIFY2(right.out.contains(QString::fromStdString(kCanary)), qPrintable(right.out));

        std::string wrongKey = hexKey;
        wrongKey[0] = wrongKey[0] == '0' ? '1' : '0';
        const ShellResult wrong = runShell(
            "sqlcipher", db,
            QString("PRAGMA key=\"x'%1'\";\nSELECT value FROM settings;\n").arg(QString::fromStdString(wrongKey)));
        QVERIFY(!wrong.out.contains(QString::fromStdString(kCanary)));
        QVERIFY2(wrong.out.contains("not a database") || wrong.out.contains("encrypted"), qPrintable(wrong.out));

        const ShellResult plain = runShell("sqlite3", db, "SELECT value FROM settings;\n");
        QVERIFY(!plain.out.contains(QString::fromStdString(kCanary)));
        QVERIFY2(plain.out.contains("not a database") || plain.out.contains("encrypted"), qPrintable(plain.out));
    }

    void noPlaintextInAnyFileWhileOpenOrAfter()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        auto s = store::Store::create(dir, kPassphrase, fastOptions());
        fillWithCanaries(*s, 200);
        // Returns what is wrong ("" when nothing) and counts the files looked at.
        auto scan = [&](int &files) -> std::string {
            files = 0;
            for (const auto &entry : std::filesystem::directory_iterator(dir)) {
                const std::string name = entry.path().filename().string();
                if (name.rfind("maqa.", 0) != 0) {
                    return "unexpected file (a temp file?) " + name;
                }
                const std::string bytes = readAll(entry.path());
                if (bytes.find("CANARY-7f3e") != std::string::npos || bytes.find("EH-001") != std::string::npos) {
                    return "plaintext found in " + name;
                }
                ++files;
            }
            return {};
        };
        int files = 0;
        QVERIFY(std::filesystem::exists(dir / "maqa.db-wal")); // the WAL is live and holds the recent pages
        std::string problem = scan(files);
        QVERIFY2(problem.empty(), problem.c_str());
        QVERIFY(files >= 3);
        s->lock();
        problem = scan(files);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void pragmasTookEffect()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        auto s = store::Store::create(dir, kPassphrase, fastOptions());
        store::Database &db = s->database();
        QCOMPARE(db.scalarText("PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(db.scalarInt("PRAGMA synchronous"), 2LL);
        QCOMPARE(db.scalarInt("PRAGMA secure_delete"), 1LL);
        QCOMPARE(db.scalarInt("PRAGMA temp_store"), 2LL);
        QCOMPARE(db.scalarInt("PRAGMA foreign_keys"), 1LL);
        QVERIFY(!db.scalarText("PRAGMA cipher_version").empty());
        QCOMPARE(s->schemaVersion(), store::latestSchemaVersion());
        QVERIFY(store::latestSchemaVersion() >= 2); // the office tables came with migration 2
    }

    void flippedByteInsideAPageIsDetected()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        {
            auto s = store::Store::create(dir, kPassphrase, fastOptions());
            fillWithCanaries(*s, 400);
        }
        const std::filesystem::path db = dir / "maqa.db";
        const auto size = std::filesystem::file_size(db);
        QVERIFY(size > 20 * 1024);
        {
            std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
            f.seekg(static_cast<std::streamoff>(size / 2 + 100));
            char c = 0;
            f.read(&c, 1);
            c = static_cast<char>(c ^ 0x01);
            f.seekp(static_cast<std::streamoff>(size / 2 + 100));
            f.write(&c, 1);
        }
        bool detected = false;
        try {
            auto s = store::Store::open(dir, kPassphrase, fastOptions());
            detected = !s->integrityProblems().empty();
        } catch (const core::Error &e) {
            detected = e.kind() == core::ErrorKind::Corrupt;
        }
        QVERIFY(detected);
    }

    void truncatedDatabaseGivesAClearErrorAndIsLeftAsItWas()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        {
            auto s = store::Store::create(dir, kPassphrase, fastOptions());
            fillWithCanaries(*s, 400);
        }
        const std::filesystem::path db = dir / "maqa.db";
        std::filesystem::resize_file(db, std::filesystem::file_size(db) / 2 + 37);
        const std::string truncated = readAll(db);
        const std::string key = readAll(dir / "maqa.key");
        std::string message;
        try {
            auto s = store::Store::open(dir, kPassphrase, fastOptions());
            s->returns().listLatest();
            for (const auto &r : s->returns().listLatest()) {
                s->returns().answers(r.key);
            }
            message = s->integrityProblems();
        } catch (const core::Error &e) {
            QCOMPARE(e.kind(), core::ErrorKind::Corrupt);
            message = e.what();
        }
        QVERIFY2(!message.empty(), "a truncated database went unnoticed");
        QCOMPARE(readAll(db), truncated);
        QVERIFY(std::filesystem::exists(dir / "maqa.key"));
        QCOMPARE(nlohmann::json::parse(readAll(dir / "maqa.key"))["unlock"]["failures"].get<int>(), 0);
        (void)key;
    }

    void garbageDatabaseIsCorruptNotWrongPassphrase()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        store::Store::create(dir, kPassphrase, fastOptions());
        std::ofstream(dir / "maqa.db", std::ios::trunc | std::ios::binary) << std::string(8192, 'x');
        try {
            store::Store::open(dir, kPassphrase, fastOptions());
            QFAIL("a garbage database opened");
        } catch (const core::Error &e) {
            QCOMPARE(e.kind(), core::ErrorKind::Corrupt);
            QVERIFY(std::string(e.what()).find("damaged") != std::string::npos);
        }
        QCOMPARE(readAll(dir / "maqa.db"), std::string(8192, 'x'));
    }
};

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_store_files.moc"
