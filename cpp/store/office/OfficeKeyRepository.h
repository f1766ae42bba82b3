// The office's X25519 key pairs (the secret keys only ever inside the encrypted store), their encrypted backup
// file, and the devices' Ed25519 public keys from the server's device list, which opening checks signatures with.
#pragma once

#include "core/crypto/KeyWrap.h"
#include "core/office/Opening.h"
#include "core/util/Clock.h"
#include "store/office/OfficeObserver.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace maqa::store {
class Store;
}

namespace maqa::store::office {

/** One of the office's key pairs, without its secret. */
struct OfficeKeyInfo
{
    std::string keyId;
    core::Bytes publicKey;
    core::Millis createdAt = 0;
    bool active = false;                      //!< the key devices seal new returns to
    std::optional<core::Millis> registeredAt; //!< when the server accepted it
};

/** An enrolled device as the server lists it. */
struct OfficeDevice
{
    std::string deviceId;
    std::string deviceName;
    std::string agency;
    core::Bytes signPublicKey; //!< Ed25519
    std::string enrolledAt;
    bool revoked = false;
    std::string revokedAt;
};

/** Reads and writes key pairs and device keys. Owned by the OfficeStore. */
class OfficeKeyRepository
{
public:
    OfficeKeyRepository(Store &store, OfficeNotifier &notifier);

    /** Generates a key pair, keeps it and makes it the active one (older ones stay, to open older returns). */
    core::envelope::BoxKeyPair createKey(const std::string &actor);
    /** Keeps @p pair (from a backup) and makes it active; keeping a key already held only activates it. */
    void importKey(const core::envelope::BoxKeyPair &pair, const std::string &actor);
    /** The active key pair, if the office has one. */
    std::optional<core::envelope::BoxKeyPair> activeKey();
    /** Every key pair held, for opening. */
    core::office::OfficeKeyring keyring();
    /** The key pairs held, without secrets, newest first. */
    std::vector<OfficeKeyInfo> keys();
    /** Records that the server accepted key @p keyId. */
    void markRegistered(const std::string &keyId);

    /** Writes an encrypted backup of the active key pair to @p path (see KeyBackup.h). Logged "office_key.exported". */
    void exportBackup(const std::filesystem::path &path, std::string_view passphrase, const std::string &actor,
                      const core::KdfParams &params = core::KdfParams::standard());
    /** Reads the backup at @p path and imports its key pair as the active one. Logged "office_key.imported". */
    core::envelope::BoxKeyPair importBackup(const std::filesystem::path &path, std::string_view passphrase,
                                            const std::string &actor);

    /** Replaces the device list with the server's, atomically. */
    void replaceDevices(std::span<const OfficeDevice> devices);
    /** The devices, by agency then name. */
    std::vector<OfficeDevice> devices();
    /** The devices' keys by device id, as opening takes them. */
    std::unordered_map<std::string, core::office::DeviceKey> deviceKeys();

private:
    void keep(const core::envelope::BoxKeyPair &pair, const std::string &actor, const char *action);
    Store &m_store;
    OfficeNotifier &m_notifier;
};

} // namespace maqa::store::office
