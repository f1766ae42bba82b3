// Applying GET /config (see PullConfigTask.h). A configuration for another device or agency means the server was
// swapped or mixed up: refuse it rather than seal returns to a key nobody vetted.
#include "client/tasks/PullConfigTask.h"

#include "client/ApiClient.h"
#include "client/DeviceEnrolment.h"
#include "client/SettingKeys.h"

#include "core/crypto/Sodium.h"
#include "core/util/Error.h"
#include "protocol/Json.h"
#include "store/Store.h"
#include "store/repos/SettingsRepository.h"

#include <QNetworkReply>

namespace maqa::client {

void PullConfigTask::start()
{
    await(m_context.api.get(QStringLiteral("/config")), [this](const ApiResponse &r) { apply(r); });
}

void PullConfigTask::apply(const ApiResponse &response)
{
    const Verdict verdict = verdictOf(response);
    if (verdict != Verdict::Success) {
        return finish(TaskOutcome::fromResponse(response, verdict));
    }
    const protocol::DeviceConfig config = protocol::DeviceConfig::fromJson(
        protocol::parseObject(std::string_view(response.body.constData(), response.body.size()), "configuration"));
    DeviceEnrolment &enrolment = m_context.enrolment;
    if (config.deviceId != enrolment.deviceId || config.agency != enrolment.agency) {
        throw core::Error(core::ErrorKind::Refused,
                          "The server answered with the configuration of another device or agency; nothing was "
                          "changed. Ask the partnership office to check the server.");
    }
    const core::Bytes officeKey = core::fromBase64(config.officePublicKey);
    if (officeKey.size() != core::envelope::kBoxPublicKeySize ||
        core::envelope::keyId(officeKey) != config.officeKeyId) {
        throw core::Error(core::ErrorKind::Refused, "The server sent an office key that does not match its key id; "
                                                    "returns will stay sealed to the key this device already has.");
    }
    OwnWrites own(m_context);
    if (config.officeKeyId != enrolment.officeKeyId) {
        enrolment.officePublicKey = officeKey;
        enrolment.officeKeyId = config.officeKeyId;
        enrolment.saveOfficeKey(m_context.store);
    }
    if (!(config.policy == enrolment.policy)) {
        enrolment.policy = config.policy;
        enrolment.savePolicy(m_context.store);
    }
    if (config.maxBodyBytes != m_context.maxBodyBytes) {
        m_context.maxBodyBytes = config.maxBodyBytes;
        m_context.store.settings().set(keys::kMaxBodyBytes, std::to_string(config.maxBodyBytes));
    }
    finish({});
}

} // namespace maqa::client
