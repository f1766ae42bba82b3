// What enrolment gave this device — server, identity, token, its signing keys, the office key and policy — and how
// it is kept in the encrypted store's settings (keys in client/SettingKeys.h).
#pragma once

#include "protocol/Enrolment.h"

#include "core/crypto/Envelope.h"

#include <string>

namespace maqa::store {
class Store;
}

namespace maqa::client {

/** An enrolled device's identity and what it needs to seal and send returns. Move-only: it holds a secret key. */
struct DeviceEnrolment
{
    std::string serverUrl;                      //!< e.g. "https://maqa.example.org" (checked by ServerAddress)
    std::string deviceId;                       //!< UUID the server gave the device
    std::string deviceName;                     //!< the name the office sees
    std::string agency;                         //!< the agency the enrolment code was issued for
    std::string caFile;                         //!< PEM file of the CA to trust instead of the system's, or ""
    std::string enrolledAt;                     //!< UTC timestamp
    std::string token;                          //!< bearer token for every device route
    core::envelope::SigningKeyPair signingKeys; //!< Ed25519; the secret key never leaves the store
    core::Bytes officePublicKey;                //!< X25519, 32 bytes
    std::string officeKeyId;                    //!< core::envelope::keyId(officePublicKey)
    protocol::Policy policy;

    /** True when @p store holds an enrolment. */
    static bool exists(store::Store &store);
    /** Reads the enrolment; throws Error(NotFound) when the device is not enrolled, Error(Corrupt) when damaged. */
    static DeviceEnrolment load(store::Store &store);
    /** Writes every setting in one transaction and applies the policy's unlock failure limit to the key file. */
    void save(store::Store &store) const;
    /** Writes the office key (after the office rotated it). */
    void saveOfficeKey(store::Store &store) const;
    /** Writes the policy and applies its unlock failure limit. */
    void savePolicy(store::Store &store) const;
};

} // namespace maqa::client
