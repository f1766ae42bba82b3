// Enrolment and device configuration messages: the office's policy, the enrolment request a device sends with its
// code and public key, the answer it gets once, and the configuration it can fetch again later.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace maqa::protocol {

/** The office's policy for devices: how soon they lock, how many failed unlocks wipe them, how long they keep data. */
struct Policy
{
    std::int64_t idleLockSeconds = 300;   //!< lock after this many idle seconds (60-86400)
    std::int64_t unlockFailureLimit = 10; //!< wipe the store after this many failed unlocks (3-100)
    std::int64_t retentionDays = 30;      //!< keep a return this many days after the office approves it (1-3650)

    bool operator==(const Policy &) const = default;
    /** Strictly reads a policy; throws Error(Invalid) naming the offending field. */
    static Policy fromJson(const nlohmann::json &json);
    /** The policy as JSON. */
    nlohmann::json toJson() const;
};

/** POST /enrol: a one-time code, a name people recognise, and the device's Ed25519 public key. */
struct EnrolmentRequest
{
    std::string code;          //!< as typed; dashes, spaces and case are ignored
    std::string deviceName;    //!< e.g. "Health visiting tablet 3"
    std::string signPublicKey; //!< base64 of the 32-byte Ed25519 public key

    /** Strictly reads a request; throws Error(Invalid) naming the offending field. */
    static EnrolmentRequest fromJson(const nlohmann::json &json);
    /** The request as JSON. */
    nlohmann::json toJson() const;
};

/** The answer to a successful enrolment. The token is sent only this once. */
struct EnrolmentResponse
{
    std::string deviceId;        //!< UUID the server gave the device
    std::string token;           //!< bearer token for every device route
    std::string agency;          //!< the agency the code was issued for
    std::string officePublicKey; //!< base64 of the office's X25519 public key
    std::string officeKeyId;     //!< its key id
    Policy policy;
    std::string serverTime; //!< UTC timestamp, so the device can notice a wrong clock

    /** Strictly reads a response; throws Error(Invalid) naming the offending field. */
    static EnrolmentResponse fromJson(const nlohmann::json &json);
    /** The response as JSON. */
    nlohmann::json toJson() const;
};

/** GET /config: what an enrolled device re-reads (the office may rotate its key or change the policy). */
struct DeviceConfig
{
    std::string deviceId;
    std::string agency;
    std::string officePublicKey; //!< base64 of the current office X25519 public key
    std::string officeKeyId;
    Policy policy;
    std::int64_t maxBodyBytes = 0; //!< the server refuses larger request bodies with 413
    std::string serverTime;

    /** Strictly reads a configuration; throws Error(Invalid) naming the offending field. */
    static DeviceConfig fromJson(const nlohmann::json &json);
    /** The configuration as JSON. */
    nlohmann::json toJson() const;
};

/** Normalises an enrolment code as typed ("abcd efgh-...") to its canonical "ABCD-EFGH-JKLM-NPQR" form, or "" when
 * it cannot be one. */
std::string normaliseEnrolmentCode(std::string_view typed);

} // namespace maqa::protocol
