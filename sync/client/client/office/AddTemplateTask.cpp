// Publishing a template (see AddTemplateTask.h). A template that does not load is refused before it is sent (the
// server only checks its id and version); 409 means the server holds other bytes for that id and version, and the
// office is told to give its changed template a new version.
#include "client/office/AddTemplateTask.h"

#include "client/ApiClient.h"

#include "core/crypto/Sodium.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/TemplateRepository.h"

#include <QNetworkReply>

namespace maqa::client {

AddTemplateTask::AddTemplateTask(OfficeTaskContext &context, std::string body)
    : OfficeTask(context)
    , m_body(std::move(body))
{}

void AddTemplateTask::start()
{
    const std::shared_ptr<const core::Template> templ = core::loadTemplateOrThrow(m_body, "the template");
    await(m_context.api.post(QStringLiteral("/office/templates"), QByteArray::fromStdString(m_body)),
          [this, templ](const ApiResponse &response) {
              if (response.status == 409) {
                  TaskOutcome outcome = officeOutcome(response);
                  outcome.message = QStringLiteral("the server already holds other bytes for %1 version %2; give "
                                                   "the changed template a new version")
                                        .arg(QString::fromStdString(templ->id))
                                        .arg(templ->version);
                  return finish(outcome);
              }
              const std::optional<nlohmann::json> json = successBody(response, "template reference");
              if (!json) {
                  return;
              }
              m_ref = protocol::TemplateRef::fromJson(*json);
              m_alreadyThere = response.status == 200;
              const std::string digest = core::sha256Hex(std::string_view(m_body));
              if (m_ref.sha256 != digest) {
                  throw core::Error(core::ErrorKind::Invalid, "The server stored template " + m_ref.id +
                                                                  " with another digest than the bytes sent.");
              }
              if (!m_context.store.templates().find(templ->id, templ->version)) {
                  store::TemplateRecord record;
                  record.id = templ->id;
                  record.version = templ->version;
                  record.kind = templ->kind == core::TemplateKind::Audit ? "audit" : "observation";
                  record.title = templ->title;
                  record.body = m_body;
                  record.sha256 = digest;
                  m_context.store.templates().put(record);
              }
              finish();
          });
}

} // namespace maqa::client
