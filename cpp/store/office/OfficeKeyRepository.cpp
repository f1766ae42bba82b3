// Key pairs and device keys in SQLCipher (see OfficeKeyRepository.h). A secret key read from the database passes
// through an ordinary buffer only long enough to be copied into locked memory, then that buffer is wiped.
#include "store/office/OfficeKeyRepository.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/office/KeyBackup.h"
#include "store/repos/LogRepository.h"

#include <sodium.h>

#include <ctime>

using maqa::core::Error;
using maqa::core::ErrorKind;
namespace env = maqa::core::envelope;

namespace maqa::store::office {

namespace {

env::BoxKeyPair pairFromRow(const Statement &s, int column)
{
    core::Bytes secret = s.blob(column);
    env::BoxKeyPair pair = env::BoxKeyPair::fromSecretKey(secret);
    sodium_memzero(secret.data(), secret.size());
    return pair;
}

std::string utcTimestamp(core::Millis at)
{
    const std::time_t seconds = static_cast<std::time_t>(at / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

} // namespace

OfficeKeyRepository::OfficeKeyRepository(Store &store, OfficeNotifier &notifier)
    : m_store(store)
    , m_notifier(notifier)
{}

void OfficeKeyRepository::keep(const env::BoxKeyPair &pair, const std::string &actor, const char *action)
{
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    const std::string keyId = env::keyId(pair.publicKey);
    Transaction tx(db);
    db.exec("UPDATE office_keys SET active=0");
    Statement insert = db.prepare("INSERT OR IGNORE INTO office_keys(key_id, public_key, secret_key, created_at, "
                                  "active) VALUES(?,?,?,?,1)");
    core::Bytes secret(pair.secretKey.data(), pair.secretKey.data() + pair.secretKey.size());
    insert.bind(1, keyId).bindBlob(2, pair.publicKey).bindBlob(3, secret).bind(4, now).run();
    sodium_memzero(secret.data(), secret.size());
    db.prepare("UPDATE office_keys SET active=1 WHERE key_id=?").bind(1, keyId).run();
    appendLog(db, now, actor, action, keyId, "");
    tx.commit();
    m_notifier.notify([](OfficeObserver &o) { o.keysChanged(); });
}

env::BoxKeyPair OfficeKeyRepository::createKey(const std::string &actor)
{
    env::BoxKeyPair pair = env::BoxKeyPair::generate();
    keep(pair, actor, "office_key.created");
    return pair;
}

void OfficeKeyRepository::importKey(const env::BoxKeyPair &pair, const std::string &actor)
{
    keep(pair, actor, "office_key.imported");
}

std::optional<env::BoxKeyPair> OfficeKeyRepository::activeKey()
{
    Statement s = m_store.database().prepare("SELECT secret_key FROM office_keys WHERE active=1");
    if (!s.step()) {
        return std::nullopt;
    }
    return pairFromRow(s, 0);
}

core::office::OfficeKeyring OfficeKeyRepository::keyring()
{
    Statement s = m_store.database().prepare("SELECT secret_key FROM office_keys");
    core::office::OfficeKeyring ring;
    while (s.step()) {
        ring.add(pairFromRow(s, 0));
    }
    return ring;
}

std::vector<OfficeKeyInfo> OfficeKeyRepository::keys()
{
    Statement s = m_store.database().prepare("SELECT key_id, public_key, created_at, active, registered_at FROM "
                                             "office_keys ORDER BY created_at DESC, key_id");
    std::vector<OfficeKeyInfo> out;
    while (s.step()) {
        out.push_back({s.text(0), s.blob(1), s.integer(2), s.integer(3) != 0, s.optInteger(4)});
    }
    return out;
}

void OfficeKeyRepository::markRegistered(const std::string &keyId)
{
    Database &db = m_store.database();
    db.prepare("UPDATE office_keys SET registered_at=? WHERE key_id=?").bind(1, m_store.now()).bind(2, keyId).run();
    if (db.changes() != 1) {
        throw Error(ErrorKind::NotFound, "The office does not hold key " + keyId + ".");
    }
    m_notifier.notify([](OfficeObserver &o) { o.keysChanged(); });
}

void OfficeKeyRepository::exportBackup(const std::filesystem::path &path, std::string_view passphrase,
                                       const std::string &actor, const core::KdfParams &params)
{
    const std::optional<env::BoxKeyPair> pair = activeKey();
    if (!pair) {
        throw Error(ErrorKind::NotFound, "The office has no key pair to back up yet; create one first.");
    }
    writeKeyBackupFile(path, exportKeyBackup(*pair, passphrase, params, utcTimestamp(m_store.now())));
    m_store.log().append(actor, "office_key.exported", env::keyId(pair->publicKey));
}

env::BoxKeyPair OfficeKeyRepository::importBackup(const std::filesystem::path &path, std::string_view passphrase,
                                                  const std::string &actor)
{
    env::BoxKeyPair pair = importKeyBackup(readKeyBackupFile(path), passphrase);
    keep(pair, actor, "office_key.imported");
    return pair;
}

void OfficeKeyRepository::replaceDevices(std::span<const OfficeDevice> devices)
{
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    Transaction tx(db);
    db.exec("DELETE FROM office_devices");
    Statement insert = db.prepare("INSERT OR REPLACE INTO office_devices(device_id, device_name, agency, "
                                  "sign_public_key, enrolled_at, revoked, revoked_at, updated_at) "
                                  "VALUES(?,?,?,?,?,?,?,?)");
    for (const OfficeDevice &d : devices) {
        if (d.signPublicKey.size() != env::kSignPublicKeySize) {
            throw Error(ErrorKind::Invalid, "Device " + d.deviceId + " has a signing key of the wrong length.");
        }
        insert.bind(1, d.deviceId)
            .bind(2, d.deviceName)
            .bind(3, d.agency)
            .bindBlob(4, d.signPublicKey)
            .bind(5, d.enrolledAt)
            .bind(6, d.revoked ? 1 : 0)
            .bind(7, d.revokedAt)
            .bind(8, now)
            .run();
    }
    tx.commit();
    m_notifier.notify([](OfficeObserver &o) { o.devicesChanged(); });
}

std::vector<OfficeDevice> OfficeKeyRepository::devices()
{
    Statement s = m_store.database().prepare("SELECT device_id, device_name, agency, sign_public_key, enrolled_at, "
                                             "revoked, revoked_at FROM office_devices ORDER BY agency, device_name");
    std::vector<OfficeDevice> out;
    while (s.step()) {
        out.push_back({s.text(0), s.text(1), s.text(2), s.blob(3), s.text(4), s.integer(5) != 0, s.text(6)});
    }
    return out;
}

std::unordered_map<std::string, core::office::DeviceKey> OfficeKeyRepository::deviceKeys()
{
    std::unordered_map<std::string, core::office::DeviceKey> keys;
    for (OfficeDevice &d : devices()) {
        keys.emplace(d.deviceId, core::office::DeviceKey{d.agency, std::move(d.signPublicKey), d.revoked});
    }
    return keys;
}

} // namespace maqa::store::office
