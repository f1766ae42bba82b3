// Issuing an enrolment code (see IssueEnrolCodeTask.h). The request is checked with the server's own reader first,
// so a bad agency slug or lifetime is refused with the field named before anything is sent.
#include "client/office/IssueEnrolCodeTask.h"

#include "client/ApiClient.h"

#include "protocol/Json.h"

#include <QNetworkReply>

namespace maqa::client {

IssueEnrolCodeTask::IssueEnrolCodeTask(OfficeTaskContext &context, std::string agency, int hours)
    : OfficeTask(context)
{
    m_code.agency = std::move(agency);
    m_code.hours = hours;
}

void IssueEnrolCodeTask::start()
{
    const nlohmann::json body = {{"agency", m_code.agency}, {"hours", m_code.hours}};
    protocol::EnrolCode::requestFromJson(body); // throws Error(Invalid) naming the field
    await(m_context.api.post(QStringLiteral("/office/enrol-codes"), QByteArray::fromStdString(body.dump())),
          [this](const ApiResponse &response) {
              const std::optional<nlohmann::json> json = successBody(response, "enrolment code");
              if (!json) {
                  return;
              }
              protocol::FieldReader reader(*json, "enrolment code");
              m_code.code = reader.text("code", 64);
              m_code.agency = reader.text("agency", 64, protocol::TextFormat::Slug);
              m_code.expiresAt = reader.text("expires_at", 24, protocol::TextFormat::Timestamp);
              reader.finish();
              finish();
          });
}

} // namespace maqa::client
