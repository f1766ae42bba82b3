// Pulling audits (see PullAuditsTask.h): the list is read strictly first, then each audit is saved (an audit is
// replaced whole, with its cases and agencies).
#include "client/office/PullAuditsTask.h"

#include "client/ApiClient.h"
#include "client/office/OfficeRecords.h"

#include "protocol/Json.h"
#include "protocol/Limits.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeStore.h"

#include <QNetworkReply>

namespace maqa::client {

void PullAuditsTask::start()
{
    await(m_context.api.get(QStringLiteral("/office/audits")), [this](const ApiResponse &response) {
        const std::optional<nlohmann::json> json = successBody(response, "audit list");
        if (!json) {
            return;
        }
        protocol::FieldReader reader(*json, "audit list");
        std::vector<core::office::AuditInfo> audits;
        for (const nlohmann::json &item : reader.array("audits", protocol::kMaxListItems * 100)) {
            audits.push_back(toAuditInfo(protocol::Audit::fromJson(item)));
        }
        reader.finish();
        for (const core::office::AuditInfo &audit : audits) {
            m_context.office.audits().save(audit);
        }
        m_context.summary.audits = static_cast<int>(audits.size());
        finish();
    });
}

} // namespace maqa::client
