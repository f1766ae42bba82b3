// Tests of the office key backup: export from one office store and import into another (which can then open a
// return sealed to the first), a wrong passphrase, a weak one, a file altered in its key or its cost parameters,
// something that is not a backup, and the file's permissions.
#include "support/OfficeFixtures.h"

#include "../store/StoreTestSupport.h"
#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "protocol/Sealing.h"
#include "store/office/KeyBackup.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeStore.h"
#include "store/repos/LogRepository.h"

#include <QTest>

#include <sys/stat.h>

using namespace maqa;
using namespace maqa::test;
namespace off = maqa::core::office;
using store::office::OfficeStore;

namespace {

const char *kBackupPassphrase = "correct horse battery staple 42";

core::ErrorKind kindOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const core::Error &e) {
        return e.kind();
    }
    return core::ErrorKind::Internal; // nothing thrown: never the kind a test expects
}

} // namespace

class TestOfficeKeyBackup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    std::filesystem::path path(const std::string &name) const
    {
        return std::filesystem::path(m_tmp.path().toStdString()) / name;
    }

private slots:
    void roundTripToASecondOfficeMachine()
    {
        auto first = store::Store::create(path("first"), kPassphrase, fastOptions());
        OfficeStore firstOffice(*first);
        const core::envelope::BoxKeyPair key = firstOffice.keys().createKey("office");
        const std::filesystem::path file = path("office-key.json");
        firstOffice.keys().exportBackup(file, kBackupPassphrase, "office", core::KdfParams::minimum());
        QCOMPARE(std::filesystem::status(file).permissions() & std::filesystem::perms::all,
                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        const std::string text = readAll(file);
        QVERIFY(text.find(core::toBase64(key.secretKey.span())) == std::string::npos); // the secret is not in clear
        const nlohmann::json backup = nlohmann::json::parse(text);
        QCOMPARE(backup.at("format").get<std::string>(), std::string(store::office::kKeyBackupFormat));
        QCOMPARE(backup.at("key_id").get<std::string>(), core::envelope::keyId(key.publicKey));
        QCOMPARE(first->log().recent(10).front().action, std::string("office_key.exported"));

        auto second = store::Store::create(path("second"), kPassphrase, fastOptions());
        OfficeStore secondOffice(*second);
        const core::envelope::BoxKeyPair imported = secondOffice.keys().importBackup(file, kBackupPassphrase, "office");
        QCOMPARE(imported.publicKey, key.publicKey);
        QCOMPARE(secondOffice.keys().activeKey()->publicKey, key.publicKey);

        // The second machine opens what devices sealed to the first machine's key.
        SealingRig rig;
        protocol::ReturnPayload p = rig.payload("5b2f1d40-8a0c-4e55-9f1a-0c3e7d2b6a19", "EH-1", "police",
                                                sampleAnswers(earlyHelp(), "EH-1", "police", 2));
        p.metadata.keyId = core::envelope::keyId(key.publicKey);
        const off::SealedReturn sealed =
            toSealedReturn(protocol::sealReturn(p, rig.keysFor("police").secretKey, key.publicKey));
        off::TemplateSet templates;
        templates.add(earlyHelp());
        const off::OfficeKeyring ring = secondOffice.keys().keyring();
        off::OpenContext context = rig.context(templates, 1);
        context.keys = &ring;
        QCOMPARE(off::openReturns(std::span<const off::SealedReturn>(&sealed, 1), context).opened.size(),
                 std::size_t(1));
    }

    void wrongPassphraseIsRefused()
    {
        const core::envelope::BoxKeyPair key = core::envelope::BoxKeyPair::generate();
        const std::string text =
            store::office::exportKeyBackup(key, kBackupPassphrase, core::KdfParams::minimum(), "2026-11-26T10:00:00Z");
        QCOMPARE(kindOf([&] { store::office::importKeyBackup(text, "correct horse battery staple 43"); }),
                 core::ErrorKind::Refused);
        QCOMPARE(store::office::importKeyBackup(text, kBackupPassphrase).publicKey, key.publicKey);
    }

    void weakPassphraseIsRefusedAtExport()
    {
        const core::envelope::BoxKeyPair key = core::envelope::BoxKeyPair::generate();
        QCOMPARE(kindOf([&] {
                     store::office::exportKeyBackup(key, "short", core::KdfParams::minimum(), "2026-11-26T10:00:00Z");
                 }),
                 core::ErrorKind::Refused);
        QCOMPARE(kindOf([&] {
                     store::office::exportKeyBackup(key, kBackupPassphrase, core::KdfParams{1, 8u << 20},
                                                    "2026-11-26T10:00:00Z");
                 }),
                 core::ErrorKind::Invalid);
    }

    void alteredBackupsDoNotOpen()
    {
        const core::envelope::BoxKeyPair key = core::envelope::BoxKeyPair::generate();
        const nlohmann::json good = nlohmann::json::parse(
            store::office::exportKeyBackup(key, kBackupPassphrase, core::KdfParams::minimum(), "2026-11-26T10:00:00Z"));

        nlohmann::json otherKey = good; // a different public key named: the associated data no longer matches
        otherKey["public_key"] = core::toBase64(core::envelope::BoxKeyPair::generate().publicKey);
        QCOMPARE(kindOf([&] { store::office::importKeyBackup(otherKey.dump(), kBackupPassphrase); }),
                 core::ErrorKind::Refused);

        nlohmann::json otherCost = good; // other parameters written in: they are bound too
        otherCost["kdf"]["ops_limit"] = 3;
        QCOMPARE(kindOf([&] { store::office::importKeyBackup(otherCost.dump(), kBackupPassphrase); }),
                 core::ErrorKind::Refused);

        nlohmann::json costly = good;
        costly["kdf"]["mem_limit"] = std::uint64_t(64) << 30;
        QCOMPARE(kindOf([&] { store::office::importKeyBackup(costly.dump(), kBackupPassphrase); }),
                 core::ErrorKind::Invalid);

        nlohmann::json flipped = good;
        core::Bytes sealed = core::fromBase64(good["cipher"]["ciphertext"].get<std::string>());
        sealed[3] ^= 0x10;
        flipped["cipher"]["ciphertext"] = core::toBase64(sealed);
        QCOMPARE(kindOf([&] { store::office::importKeyBackup(flipped.dump(), kBackupPassphrase); }),
                 core::ErrorKind::Refused);

        nlohmann::json truncated = good;
        truncated["cipher"]["nonce"] = core::toBase64(core::Bytes(8, 0));
        QCOMPARE(kindOf([&] { store::office::importKeyBackup(truncated.dump(), kBackupPassphrase); }),
                 core::ErrorKind::Corrupt);
    }

    void notABackup()
    {
        QCOMPARE(kindOf([&] { store::office::importKeyBackup("{}", kBackupPassphrase); }), core::ErrorKind::Corrupt);
        QCOMPARE(kindOf([&] { store::office::importKeyBackup("not json", kBackupPassphrase); }),
                 core::ErrorKind::Corrupt);
        QCOMPARE(kindOf([&] { store::office::importKeyBackup(std::string(100000, ' '), kBackupPassphrase); }),
                 core::ErrorKind::Corrupt);
        QCOMPARE(kindOf([&] { store::office::readKeyBackupFile(path("missing.json")); }), core::ErrorKind::NotFound);
    }

    void exportNeedsAKey()
    {
        auto s = store::Store::create(path("empty"), kPassphrase, fastOptions());
        OfficeStore office(*s);
        QCOMPARE(kindOf([&] {
                     office.keys().exportBackup(path("none.json"), kBackupPassphrase, "office",
                                                core::KdfParams::minimum());
                 }),
                 core::ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOfficeKeyBackup)
#include "tst_office_key_backup.moc"
