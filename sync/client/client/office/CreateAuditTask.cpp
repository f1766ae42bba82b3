// Creating an audit (see CreateAuditTask.h). The request is checked with the same strict reader the server uses
// before it is sent, so a missing title or a malformed case code is refused here with the field named.
#include "client/office/CreateAuditTask.h"

#include "client/ApiClient.h"
#include "client/office/OfficeRecords.h"

#include "protocol/Office.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeStore.h"

#include <QNetworkReply>

namespace maqa::client {

CreateAuditTask::CreateAuditTask(OfficeTaskContext &context, core::office::AuditInfo audit)
    : OfficeTask(context)
    , m_audit(std::move(audit))
{}

void CreateAuditTask::start()
{
    const nlohmann::json request = toAuditRequest(m_audit).toJson();
    nlohmann::json body = request;
    body.erase("audit_id");
    body.erase("created_at");
    protocol::Audit::requestFromJson(body); // throws Error(Invalid) naming the field
    await(m_context.api.post(QStringLiteral("/office/audits"), QByteArray::fromStdString(body.dump())),
          [this](const ApiResponse &response) {
              if (const std::optional<nlohmann::json> json = successBody(response, "audit")) {
                  m_audit = toAuditInfo(protocol::Audit::fromJson(*json));
                  m_context.office.audits().save(m_audit);
                  finish();
              }
          });
}

} // namespace maqa::client
