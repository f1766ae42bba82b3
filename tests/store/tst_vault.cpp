// Tests of the key file and unlocking: wrong and weak passphrases, back-off, the wipe at the failure limit,
// counters surviving restarts, damaged key files, Argon2id parameters, and changing the passphrase.
#include "StoreTestSupport.h"

#include "core/util/Error.h"
#include "store/keys/KeyFile.h"
#include "store/keys/PassphraseRules.h"
#include "store/keys/Vault.h"
#include "store/repos/SettingsRepository.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace maqa;
using namespace maqa::test;
using core::Error;
using core::ErrorKind;

namespace {
ErrorKind kindOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.kind();
    }
    return ErrorKind::Internal; // "nothing thrown" is reported as Internal, which no test expects
}

std::string messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.what();
    }
    return {};
}
} // namespace

class TestVault : public QObject
{
    Q_OBJECT
private slots:
    void createThenUnlockKeepsData()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        {
            auto store = store::Store::create(dir, kPassphrase, fastOptions());
            store->settings().set("canary", "kept");
        }
        auto store = store::Store::open(dir, kPassphrase, fastOptions());
        QCOMPARE(store->settings().value("canary"), std::string("kept"));
        QCOMPARE(store->integrityProblems(), std::string());
    }

    void newKeyFileMeetsArgon2Minimum()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        store::Store::create(dir, kPassphrase); // production parameters
        const auto file = store::KeyFile::read(store::StorePaths{dir}.keyFile());
        QVERIFY(file.kdf.memLimit >= 64u * 1024 * 1024);
        QVERIFY(file.kdf.opsLimit >= 2);
        QCOMPARE(file.wrapped.salt.size(), std::size_t(16));
        QCOMPARE(file.wrapped.nonce.size(), std::size_t(24));
        QCOMPARE(file.wrapped.ciphertext.size(), std::size_t(32 + 16));
        QCOMPARE(file.failureLimit, 10);
    }

    void weakPassphraseIsRefusedAndNothingCreated()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        for (const char *weak : {"short", "aaaaaaaaaaaa", "password123", "abababababab"}) {
            QCOMPARE(kindOf([&] { store::Store::create(dir, weak, fastOptions()); }), ErrorKind::Refused);
            QVERIFY(!store::Store::exists(dir));
        }
        QVERIFY(messageOf([&] { store::Store::create(dir, "short", fastOptions()); }).find("at least 10") !=
                std::string::npos);
        QVERIFY(store::assessPassphrase("día de campo soleado").acceptable); // non-ASCII counts by code point
        QVERIFY(!store::assessPassphrase("ñññññññññ").acceptable);
    }

    void createRefusesExistingStore()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        {
            auto store = store::Store::create(dir, kPassphrase, fastOptions());
            store->settings().set("canary", "kept");
        }
        QCOMPARE(kindOf([&] { store::Store::create(dir, "another long passphrase", fastOptions()); }),
                 ErrorKind::Refused);
        QCOMPARE(store::Store::open(dir, kPassphrase, fastOptions())->settings().value("canary"), std::string("kept"));
    }

    void wrongPassphraseIsRefusedClearlyAndCounted()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        ManualClock clock;
        store::Store::create(dir, kPassphrase, fastOptions(clock.clock()))->settings().set("canary", "kept");
        const std::string message =
            messageOf([&] { store::Store::open(dir, "not the passphrase", fastOptions(clock.clock())); });
        QCOMPARE(message, std::string("Wrong passphrase. 9 attempts left before the store on this device is erased."));
        // The count is in the key file: a fresh Vault (a restarted process) sees it.
        QCOMPARE(store::Vault(dir, clock.clock()).state().failures, 1);
        // Success resets it and the data is intact.
        auto store = store::Store::open(dir, kPassphrase, fastOptions(clock.clock()));
        QCOMPARE(store->settings().value("canary"), std::string("kept"));
        QCOMPARE(store::Vault(dir, clock.clock()).state().failures, 0);
    }

    void backoffGrowsAndIsEnforced()
    {
        QCOMPARE(store::Vault::backoffSeconds(1), 0);
        QCOMPARE(store::Vault::backoffSeconds(2), 0);
        QCOMPARE(store::Vault::backoffSeconds(3), 5);
        QCOMPARE(store::Vault::backoffSeconds(4), 10);
        QCOMPARE(store::Vault::backoffSeconds(5), 20);
        QCOMPARE(store::Vault::backoffSeconds(9), 300);
        QCOMPARE(store::Vault::backoffSeconds(50), 300);

        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        ManualClock clock;
        store::Store::create(dir, kPassphrase, fastOptions(clock.clock()));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(kindOf([&] { store::Store::open(dir, "not the passphrase", fastOptions(clock.clock())); }),
                     ErrorKind::Refused);
        }
        // Third failure: 5 s wait, even for the right passphrase, and the wait is not counted as a failure.
        QCOMPARE(kindOf([&] { store::Store::open(dir, kPassphrase, fastOptions(clock.clock())); }), ErrorKind::Locked);
        QVERIFY(messageOf([&] {
                    store::Store::open(dir, kPassphrase, fastOptions(clock.clock()));
                }).find("try again in 5 seconds") != std::string::npos);
        QCOMPARE(store::Vault(dir, clock.clock()).state().failures, 3);
        clock.now += 5000;
        QVERIFY(store::Store::open(dir, kPassphrase, fastOptions(clock.clock()))->isOpen());
    }

    void storeIsDestroyedAtTheFailureLimit()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        ManualClock clock;
        store::Store::create(dir, kPassphrase, fastOptions(clock.clock()))->settings().set("canary", "secret");
        for (int i = 1; i <= 9; ++i) {
            QCOMPARE(kindOf([&] { store::Store::open(dir, "not the passphrase", fastOptions(clock.clock())); }),
                     ErrorKind::Refused);
            clock.now += 301'000;
            QVERIFY(std::filesystem::exists(dir / "maqa.db"));
        }
        QCOMPARE(kindOf([&] { store::Store::open(dir, "not the passphrase", fastOptions(clock.clock())); }),
                 ErrorKind::Wiped);
        QVERIFY(!std::filesystem::exists(dir / "maqa.key"));
        QVERIFY(!std::filesystem::exists(dir / "maqa.db"));
        QVERIFY(!std::filesystem::exists(dir / "maqa.db-wal"));
        QCOMPARE(kindOf([&] { store::Store::open(dir, kPassphrase, fastOptions(clock.clock())); }),
                 ErrorKind::NotFound);
    }

    void policyLimitIsHonoured()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        ManualClock clock;
        store::Store::create(dir, kPassphrase, fastOptions(clock.clock()))->vault().setFailureLimit(2);
        QCOMPARE(kindOf([&] { store::Store::open(dir, "not the passphrase", fastOptions(clock.clock())); }),
                 ErrorKind::Refused);
        QCOMPARE(kindOf([&] { store::Store::open(dir, "not the passphrase", fastOptions(clock.clock())); }),
                 ErrorKind::Wiped);
        QVERIFY(!store::Store::exists(dir));
    }

    void damagedKeyFileIsReportedAndDataUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("not json") << "garbage";
        QTest::newRow("truncated") << "truncate";
        QTest::newRow("bad base64") << "base64";
        QTest::newRow("weakened kdf") << "kdf";
        QTest::newRow("flipped ciphertext") << "flip";
        QTest::newRow("empty") << "empty";
    }

    void damagedKeyFileIsReportedAndDataUntouched()
    {
        QFETCH(QString, damage);
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        store::Store::create(dir, kPassphrase, fastOptions())->settings().set("canary", "kept");
        const std::filesystem::path keyPath = dir / "maqa.key";
        const std::string original = readAll(keyPath);
        const std::string dbBefore = readAll(dir / "maqa.db");
        nlohmann::json j = nlohmann::json::parse(original);
        std::string damaged;
        if (damage == "garbage") {
            damaged = "{not json";
        } else if (damage == "truncate") {
            damaged = original.substr(0, original.size() / 2);
        } else if (damage == "base64") {
            j["wrap"]["nonce"] = "%%%";
            damaged = j.dump();
        } else if (damage == "kdf") {
            j["kdf"]["mem_limit"] = 1024;
            damaged = j.dump();
        } else if (damage == "flip") {
            std::string c = j["wrap"]["ciphertext"];
            c[3] = c[3] == 'A' ? 'B' : 'A';
            j["wrap"]["ciphertext"] = c;
            damaged = j.dump();
        }
        std::ofstream(keyPath, std::ios::trunc) << damaged;
        const ErrorKind kind = kindOf([&] { store::Store::open(dir, kPassphrase, fastOptions()); });
        // A flipped ciphertext is indistinguishable from a wrong passphrase (AEAD); everything else says "damaged".
        QCOMPARE(kind, damage == "flip" ? ErrorKind::Refused : ErrorKind::Corrupt);
        QCOMPARE(readAll(dir / "maqa.db"), dbBefore);
        if (damage != "flip") {
            QVERIFY(messageOf([&] { store::Store::open(dir, kPassphrase, fastOptions()); }).find("damaged") !=
                    std::string::npos);
        }
        // Restoring the key file (e.g. from a backup) gives everything back.
        std::ofstream(keyPath, std::ios::trunc) << original;
        QCOMPARE(store::Store::open(dir, kPassphrase, fastOptions())->settings().value("canary"), std::string("kept"));
    }

    void missingKeyFileOrDatabaseIsClear()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        QCOMPARE(messageOf([&] { store::Store::open(dir, kPassphrase, fastOptions()); }),
                 "There is no store in " + dir.string() + ".");
        store::Store::create(dir, kPassphrase, fastOptions());
        std::filesystem::rename(dir / "maqa.db", dir / "moved.db");
        QCOMPARE(kindOf([&] { store::Store::open(dir, kPassphrase, fastOptions()); }), ErrorKind::NotFound);
        std::filesystem::rename(dir / "moved.db", dir / "maqa.db");
        std::filesystem::rename(dir / "maqa.key", dir / "moved.key");
        QVERIFY(messageOf([&] { store::Store::open(dir, kPassphrase, fastOptions()); }).find("key file is missing") !=
                std::string::npos);
        QVERIFY(std::filesystem::exists(dir / "maqa.db"));
    }

    void changingThePassphraseRewrapsOnly()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("data").toStdString();
        store::Store::create(dir, kPassphrase, fastOptions())->settings().set("canary", "kept");
        const std::string dbBefore = readAll(dir / "maqa.db");
        const std::string saltBefore = nlohmann::json::parse(readAll(dir / "maqa.key"))["kdf"]["salt"];
        store::Vault(dir).changePassphrase(kPassphrase, "a different long passphrase", core::KdfParams::minimum());
        QCOMPARE(readAll(dir / "maqa.db"), dbBefore);
        QVERIFY(nlohmann::json::parse(readAll(dir / "maqa.key"))["kdf"]["salt"] != saltBefore);
        QCOMPARE(kindOf([&] { store::Store::open(dir, kPassphrase, fastOptions()); }), ErrorKind::Refused);
        QCOMPARE(store::Store::open(dir, "a different long passphrase", fastOptions())->settings().value("canary"),
                 std::string("kept"));
        QCOMPARE(kindOf([&] { store::Vault(dir).changePassphrase("a different long passphrase", "weak", {}); }),
                 ErrorKind::Refused);
    }

    void filesAreOwnerOnly()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("nested/data").toStdString();
        auto store = store::Store::create(dir, kPassphrase, fastOptions());
        store->settings().set("k", "v"); // creates the WAL
        using std::filesystem::perms;
        QCOMPARE(std::filesystem::status(dir).permissions() & perms::all, perms::owner_all);
        for (const auto &entry : std::filesystem::directory_iterator(dir)) {
            QCOMPARE(entry.status().permissions() & perms::all, perms::owner_read | perms::owner_write);
        }
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
