// Reading and writing the enrolment settings (see DeviceEnrolment.h). Everything is written in one transaction, so
// a crash never leaves a device with a token but no keys, and the failure limit follows the office's policy.
#include "client/DeviceEnrolment.h"

#include "client/SettingKeys.h"

#include "core/crypto/Sodium.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/repos/SettingsRepository.h"

#include <nlohmann/json.hpp>

namespace maqa::client {

using core::Error;
using core::ErrorKind;
using nlohmann::json;

namespace {

std::string required(store::SettingsRepository &settings, const char *key)
{
    std::optional<std::string> value = settings.get(key);
    if (!value || value->empty()) {
        throw Error(ErrorKind::Corrupt, std::string("The enrolment settings of this device are incomplete (") + key +
                                            " is missing); enrol the device again.");
    }
    return std::move(*value);
}

void writeOfficeKey(store::SettingsRepository &settings, const DeviceEnrolment &e)
{
    settings.set(keys::kOfficeKey,
                 json{{"public_key", core::toBase64(e.officePublicKey)}, {"key_id", e.officeKeyId}}.dump());
}

void applyFailureLimit(store::Store &store, const protocol::Policy &policy)
{
    if (store.vault().state().failureLimit != policy.unlockFailureLimit) {
        store.vault().setFailureLimit(static_cast<int>(policy.unlockFailureLimit));
    }
}

} // namespace

bool DeviceEnrolment::exists(store::Store &store)
{
    return store.settings().get(keys::kEnrolment).has_value();
}

DeviceEnrolment DeviceEnrolment::load(store::Store &store)
{
    store::SettingsRepository &settings = store.settings();
    const std::optional<std::string> enrolment = settings.get(keys::kEnrolment);
    if (!enrolment) {
        throw Error(ErrorKind::NotFound, "This device is not enrolled with a Maqa server yet.");
    }
    DeviceEnrolment e;
    try {
        const json main = json::parse(*enrolment);
        e.serverUrl = main.at("server_url").get<std::string>();
        e.deviceId = main.at("device_id").get<std::string>();
        e.deviceName = main.value("device_name", std::string());
        e.agency = main.at("agency").get<std::string>();
        e.caFile = main.value("ca_file", std::string());
        e.enrolledAt = main.value("enrolled_at", std::string());
        const json office = json::parse(required(settings, keys::kOfficeKey));
        e.officePublicKey = core::fromBase64(office.at("public_key").get<std::string>());
        e.officeKeyId = office.at("key_id").get<std::string>();
        e.policy = protocol::Policy::fromJson(json::parse(required(settings, keys::kPolicy)));
        std::string secret = required(settings, keys::kDeviceSigningKey);
        core::Bytes secretBytes = core::fromBase64(secret);
        core::wipeString(secret);
        e.signingKeys = core::envelope::SigningKeyPair::fromSecretKey(secretBytes);
        std::fill(secretBytes.begin(), secretBytes.end(), 0);
        e.token = required(settings, keys::kDeviceToken);
    } catch (const json::exception &) {
        throw Error(ErrorKind::Corrupt, "The enrolment settings of this device are damaged; enrol the device again.");
    }
    if (e.officePublicKey.size() != core::envelope::kBoxPublicKeySize ||
        core::envelope::keyId(e.officePublicKey) != e.officeKeyId) {
        throw Error(ErrorKind::Corrupt, "The office key stored on this device is damaged; enrol the device again.");
    }
    return e;
}

void DeviceEnrolment::save(store::Store &store) const
{
    store::SettingsRepository &settings = store.settings();
    {
        store::Transaction tx(store.database());
        settings.set(keys::kEnrolment, json{{"server_url", serverUrl},
                                            {"device_id", deviceId},
                                            {"device_name", deviceName},
                                            {"agency", agency},
                                            {"ca_file", caFile},
                                            {"enrolled_at", enrolledAt}}
                                           .dump());
        settings.set(keys::kDeviceToken, token);
        std::string secret = core::toBase64(signingKeys.secretKey.span());
        settings.set(keys::kDeviceSigningKey, secret);
        core::wipeString(secret);
        writeOfficeKey(settings, *this);
        settings.set(keys::kPolicy, policy.toJson().dump());
        settings.remove(keys::kReviewCursor); // a new enrolment starts the review history afresh
        tx.commit();
    }
    applyFailureLimit(store, policy);
}

void DeviceEnrolment::saveOfficeKey(store::Store &store) const
{
    writeOfficeKey(store.settings(), *this);
}

void DeviceEnrolment::savePolicy(store::Store &store) const
{
    store.settings().set(keys::kPolicy, policy.toJson().dump());
    applyFailureLimit(store, policy);
}

} // namespace maqa::client
