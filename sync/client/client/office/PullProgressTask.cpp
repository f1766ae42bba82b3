// Pulling drafting progress (see PullProgressTask.h): the server's full list replaces the office's in one
// transaction, so a draft that was submitted or discarded stops showing.
#include "client/office/PullProgressTask.h"

#include "client/ApiClient.h"
#include "client/office/OfficeRecords.h"

#include "protocol/Progress.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeStore.h"

#include <QNetworkReply>

namespace maqa::client {

void PullProgressTask::start()
{
    await(m_context.api.get(QStringLiteral("/office/progress")), [this](const ApiResponse &response) {
        const std::optional<nlohmann::json> json = successBody(response, "progress list");
        if (!json) {
            return;
        }
        std::vector<core::office::DraftProgress> drafts;
        for (const protocol::DeviceProgress &row : protocol::ProgressList::fromJson(*json).progress) {
            drafts.push_back(toDraftProgress(row));
        }
        m_context.office.audits().replaceProgress(drafts);
        m_context.summary.drafts = static_cast<int>(drafts.size());
        finish();
    });
}

} // namespace maqa::client
