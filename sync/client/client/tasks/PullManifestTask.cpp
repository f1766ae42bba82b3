// Pulling templates and assignments (see PullManifestTask.h). A published template version never changes, so the
// device downloads only versions it lacks, and one bad template does not keep the others or the assignments away.
#include "client/tasks/PullManifestTask.h"

#include "client/ApiClient.h"

#include "core/crypto/Sodium.h"
#include "core/template/TemplateLoader.h"
#include "protocol/Json.h"
#include "store/Store.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/TemplateRepository.h"

#include <QNetworkReply>

#include <map>

namespace maqa::client {

namespace {

store::AssignmentRecord toRecord(const protocol::Assignment &a)
{
    store::AssignmentRecord record;
    record.auditId = a.auditId;
    record.title = a.title;
    record.theme = a.theme;
    record.period = a.period;
    record.dueDate = a.dueDate;
    record.agency = a.agency;
    record.templateId = a.templateId;
    record.templateVersion = static_cast<int>(a.templateVersion);
    for (const protocol::CaseRef &c : a.cases) {
        record.cases.push_back({c.code, c.ageBand, c.needs});
    }
    record.body = a.toJson().dump();
    return record;
}

QString templateName(const protocol::TemplateRef &ref)
{
    return QStringLiteral("template %1 version %2").arg(QString::fromStdString(ref.id)).arg(ref.version);
}

} // namespace

void PullManifestTask::start()
{
    await(m_context.api.get(QStringLiteral("/manifest")), [this](const ApiResponse &r) { readManifest(r); });
}

void PullManifestTask::readManifest(const ApiResponse &response)
{
    const Verdict verdict = verdictOf(response);
    if (verdict != Verdict::Success) {
        return finish(TaskOutcome::fromResponse(response, verdict));
    }
    protocol::Manifest manifest = protocol::Manifest::fromJson(
        protocol::parseObject(std::string_view(response.body.constData(), response.body.size()), "manifest"));
    for (const protocol::TemplateRef &ref : manifest.templates) {
        const std::optional<store::TemplateRecord> have =
            m_context.store.templates().find(ref.id, static_cast<int>(ref.version));
        if (!have) {
            m_missing.push_back(ref);
        } else if (have->sha256 != ref.sha256) {
            m_problems << QStringLiteral("%1 on the server differs from the copy on this device, though a published "
                                         "version never changes; the device keeps its copy")
                              .arg(templateName(ref));
        }
    }
    m_assignments = std::move(manifest.assignments);
    fetchNextTemplate();
}

void PullManifestTask::fetchNextTemplate()
{
    if (m_missing.empty()) {
        return storeAssignments();
    }
    const protocol::TemplateRef ref = m_missing.front();
    m_missing.pop_front();
    const QString path = QStringLiteral("/templates/%1/%2").arg(QString::fromStdString(ref.id)).arg(ref.version);
    await(m_context.api.get(path), [this, ref](const ApiResponse &r) { storeTemplate(ref, r); });
}

void PullManifestTask::storeTemplate(const protocol::TemplateRef &ref, const ApiResponse &response)
{
    const Verdict verdict = verdictOf(response);
    if (verdict != Verdict::Success) {
        return finish(TaskOutcome::fromResponse(response, verdict));
    }
    const std::string body(response.body.constData(), static_cast<std::size_t>(response.body.size()));
    if (core::sha256Hex(body) != ref.sha256) {
        m_retryProblem = true; // damaged on the way, perhaps: the next pass downloads it again
        m_problems << QStringLiteral("%1 arrived with different content from what the manifest promised; it was "
                                     "not kept")
                          .arg(templateName(ref));
        return fetchNextTemplate();
    }
    const core::TemplateLoadResult loaded = core::loadTemplate(body, ref.id);
    if (!loaded.ok() || loaded.templ->id != ref.id || loaded.templ->version != ref.version) {
        const std::string first = loaded.ok() ? "its id or version differs from the manifest"
                                              : loaded.problems.front().path + ": " + loaded.problems.front().message;
        m_problems << QStringLiteral("%1 from the server cannot be used: %2")
                          .arg(templateName(ref), QString::fromStdString(first));
        return fetchNextTemplate();
    }
    store::TemplateRecord record;
    record.id = ref.id;
    record.version = static_cast<int>(ref.version);
    record.kind = loaded.templ->kind == core::TemplateKind::Audit ? "audit" : "observation";
    record.title = loaded.templ->title;
    record.body = body;
    record.sha256 = ref.sha256;
    {
        OwnWrites own(m_context);
        m_context.store.templates().put(record);
    }
    fetchNextTemplate();
}

void PullManifestTask::storeAssignments()
{
    std::map<std::string, std::string> have;
    for (const store::AssignmentRecord &a : m_context.store.assignments().list()) {
        have[a.auditId] = a.body;
    }
    std::map<std::string, std::string> want;
    std::vector<store::AssignmentRecord> records;
    for (const protocol::Assignment &a : m_assignments) {
        records.push_back(toRecord(a));
        want[a.auditId] = records.back().body;
    }
    if (want != have) { // replacing resets every list in the app: only when something changed
        OwnWrites own(m_context);
        m_context.store.assignments().replaceAll(records);
    }
    if (m_problems.isEmpty()) {
        return finish({});
    }
    TaskOutcome outcome;
    outcome.result = m_retryProblem ? TaskOutcome::Result::Retry : TaskOutcome::Result::Refused;
    outcome.message = m_problems.join(QStringLiteral("; ")) + QLatin1Char('.');
    finish(outcome);
}

} // namespace maqa::client
