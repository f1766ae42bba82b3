// Pulling the device list (see PullDevicesTask.h). The whole list is read strictly before anything is replaced, so
// a malformed answer leaves the office's list as it was.
#include "client/office/PullDevicesTask.h"

#include "client/ApiClient.h"
#include "client/office/OfficeRecords.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"
#include "store/office/OfficeStore.h"

#include <QNetworkReply>

namespace maqa::client {

int PullDevicesTask::keep(OfficeTaskContext &context, const nlohmann::json &json)
{
    protocol::FieldReader reader(json, "device list");
    std::vector<store::office::OfficeDevice> devices;
    for (const nlohmann::json &item : reader.array("devices", protocol::kMaxListItems * 100)) {
        devices.push_back(toOfficeDevice(protocol::DeviceInfo::fromJson(item)));
    }
    reader.finish();
    context.office.keys().replaceDevices(devices);
    context.summary.devices = static_cast<int>(devices.size());
    return context.summary.devices;
}

void PullDevicesTask::start()
{
    await(m_context.api.get(QStringLiteral("/office/devices")), [this](const ApiResponse &response) {
        if (const std::optional<nlohmann::json> json = successBody(response, "device list")) {
            keep(m_context, *json);
            finish();
        }
    });
}

} // namespace maqa::client
