// Pulling templates (see PullTemplatesTask.h). The bytes must match the digest the list gave; a version the office
// already holds with other bytes, or one this version of Maqa cannot read, is named in the summary's warnings and
// left alone: returns that follow it are quarantined with that reason rather than read against the wrong questions.
#include "client/office/PullTemplatesTask.h"

#include "client/ApiClient.h"

#include "core/crypto/Sodium.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"
#include "protocol/Json.h"
#include "protocol/Limits.h"
#include "store/Store.h"
#include "store/repos/TemplateRepository.h"

#include <QNetworkReply>

namespace maqa::client {

void PullTemplatesTask::start()
{
    await(m_context.api.get(QStringLiteral("/office/templates")), [this](const ApiResponse &response) {
        const std::optional<nlohmann::json> json = successBody(response, "template list");
        if (!json) {
            return;
        }
        protocol::FieldReader reader(*json, "template list");
        for (const nlohmann::json &item : reader.array("templates", protocol::kMaxListItems)) {
            const protocol::TemplateRef ref = protocol::TemplateRef::fromJson(item);
            const std::optional<store::TemplateRecord> held =
                m_context.store.templates().find(ref.id, static_cast<int>(ref.version));
            if (!held) {
                m_missing.push_back(ref);
            } else if (held->sha256 != ref.sha256) {
                m_context.summary.warnings.push_back("The server's " + ref.id + " version " +
                                                     std::to_string(ref.version) +
                                                     " differs from the office's copy; the office keeps its own.");
            }
        }
        reader.finish();
        fetchNext();
    });
}

void PullTemplatesTask::fetchNext()
{
    if (m_missing.empty()) {
        return finish();
    }
    const protocol::TemplateRef ref = m_missing.front();
    m_missing.pop_front();
    const QString path = QStringLiteral("/office/templates/%1/%2").arg(QString::fromStdString(ref.id)).arg(ref.version);
    await(m_context.api.get(path), [this, ref](const ApiResponse &response) {
        if (verdictOf(response) != Verdict::Success) {
            return finish(officeOutcome(response));
        }
        keep(ref, response.body);
        fetchNext();
    });
}

void PullTemplatesTask::keep(const protocol::TemplateRef &ref, const QByteArray &bytes)
{
    const std::string body = bytes.toStdString();
    const std::string name = ref.id + " version " + std::to_string(ref.version);
    if (core::sha256Hex(std::string_view(body)) != ref.sha256) {
        throw core::Error(core::ErrorKind::Invalid,
                          "The server sent template " + name + " with bytes that do not match its digest.");
    }
    const core::TemplateLoadResult loaded = core::loadTemplate(body, ref.id);
    if (!loaded.ok() || loaded.templ->id != ref.id || loaded.templ->version != ref.version) {
        m_context.summary.warnings.push_back(
            "Template " + name + " cannot be read by this version of Maqa" +
            (loaded.problems.empty() ? std::string(".") : " (" + loaded.problems.front().line() + ").") +
            " Returns that follow it will be quarantined.");
        return;
    }
    store::TemplateRecord record;
    record.id = ref.id;
    record.version = static_cast<int>(ref.version);
    record.kind = loaded.templ->kind == core::TemplateKind::Audit ? "audit" : "observation";
    record.title = loaded.templ->title;
    record.body = body;
    record.sha256 = ref.sha256;
    m_context.store.templates().put(record);
    ++m_context.summary.templatesAdded;
}

} // namespace maqa::client
