// After lock, no core dump of the process holds key material: the store's data key (raw, or as the hex of
// SQLCipher's raw-key form) and the passphrase are gone from memory. The dumps are real (gcore on this process);
// a control dump with the key deliberately left in plain memory proves the scan finds it when it is there.
#include "core/crypto/KeyWrap.h"
#include "core/crypto/Sodium.h"
#include "store/Store.h"
#include "store/repos/SettingsRepository.h"

#include <sodium.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>

using namespace maqa;

namespace {

// A byte string held only as two random-looking halves: neither half is the secret, so keeping them to check the
// dump for the secret does not put the secret into the dump.
struct Masked
{
    core::Bytes mask;
    core::Bytes masked;

    explicit Masked(std::span<const std::uint8_t> secret)
        : mask(core::randomBytes(secret.size()))
        , masked(secret.size())
    {
        for (std::size_t i = 0; i < secret.size(); ++i) {
            masked[i] = secret[i] ^ mask[i];
        }
    }
    // The secret again; only called after the dump was written.
    core::Bytes reveal() const
    {
        core::Bytes secret(mask.size());
        for (std::size_t i = 0; i < mask.size(); ++i) {
            secret[i] = masked[i] ^ mask[i];
        }
        return secret;
    }
};

// Writes a core dump of this very process with gdb's gcore and returns its path ("" when gcore failed).
QString dumpThisProcess(const QTemporaryDir &dir, const QString &name)
{
    prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0); // let gcore attach even where Yama restricts ptrace
    const QString prefix = dir.filePath(name);
    QProcess gcore;
    gcore.start(QStandardPaths::findExecutable("gcore"), {"-o", prefix, QString::number(getpid())});
    if (!gcore.waitForFinished(180000) || gcore.exitCode() != 0) {
        qWarning("gcore failed: %s", gcore.readAllStandardError().constData());
        return {};
    }
    return prefix + "." + QString::number(getpid());
}

// The forms of @p secret found in @p core: "raw", "hex", "HEX" (empty when none).
QStringList formsFound(const QString &core, const core::Bytes &secret)
{
    std::ifstream in(core.toStdString(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string hex = core::toHex(secret);
    std::string upper = hex;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    QStringList found;
    const auto contains = [&](const std::string &needle) {
        return std::search(bytes.begin(), bytes.end(), std::boyer_moore_searcher(needle.begin(), needle.end())) !=
               bytes.end();
    };
    if (contains(std::string(secret.begin(), secret.end()))) {
        found << "raw";
    }
    if (contains(hex)) {
        found << "hex";
    }
    if (contains(upper)) {
        found << "HEX";
    }
    core::wipeString(hex);
    core::wipeString(upper);
    return found;
}

} // namespace

class TestCoreDumpAfterLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable("gcore").isEmpty(),
                 "gcore (gdb) is missing: run scripts/install-deps");
    }

    void noKeyMaterialAfterLock()
    {
        QTemporaryDir tmp;
        // The passphrase is made here, at run time, so the program's own bytes do not hold it.
        std::string passphrase = "passphrase " + core::toHex(core::randomBytes(16));
        const Masked maskedPassphrase(core::asBytes(passphrase));
        store::StoreOptions options;
        options.kdf = core::KdfParams::minimum();
        auto store = store::Store::create(tmp.filePath("data").toStdString(), passphrase, options);
        core::wipeString(passphrase);
        store->settings().set("note", "a value, so the database has pages in use");
        const Masked key(store->dataKeyForExport().span());

        // Control: a dump with the key copied into plain memory, which the scan must find, so that an empty result
        // below means something. Both dumps are written before anything is scanned: scanning builds the secret's
        // forms in this process, and they must not be what the second dump finds.
        core::Bytes plainCopy = key.reveal();
        const QString control = dumpThisProcess(tmp, "control");
        sodium_memzero(plainCopy.data(), plainCopy.size());
        QVERIFY(!control.isEmpty());

        store->lock();
        QVERIFY(!store->isOpen());
        const QString locked = dumpThisProcess(tmp, "locked");
        QVERIFY(!locked.isEmpty());

        core::Bytes revealed = key.reveal();
        const bool controlFound = formsFound(control, revealed).contains("raw");
        const QStringList keyForms = formsFound(locked, revealed);
        sodium_memzero(revealed.data(), revealed.size());
        core::Bytes phrase = maskedPassphrase.reveal();
        const QStringList phraseForms = formsFound(locked, phrase);
        sodium_memzero(phrase.data(), phrase.size());
        QVERIFY2(controlFound, "the scan cannot find a key that is in memory");
        QVERIFY2(keyForms.isEmpty(),
                 qPrintable("the data key is in the core dump after lock as " + keyForms.join(", ")));
        QVERIFY2(!phraseForms.contains("raw"), "the passphrase is in the core dump after lock");
    }
};

QTEST_GUILESS_MAIN(TestCoreDumpAfterLock)
#include "tst_core_dump_after_lock.moc"
