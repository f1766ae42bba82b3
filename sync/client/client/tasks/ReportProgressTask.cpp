// Building the progress report (see ReportProgressTask.h). Counting answered of relevant questions needs the form
// engine (relevance depends on answers); a draft whose template is missing reports its answer rows alone.
#include "client/tasks/ReportProgressTask.h"

#include "client/ApiClient.h"

#include "core/form/AnswerRows.h"
#include "core/form/Form.h"
#include "core/form/FormReports.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"
#include "protocol/Json.h"
#include "protocol/Limits.h"
#include "store/Store.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/TemplateRepository.h"

#include <QNetworkReply>
#include <QTimer>

#include <map>

namespace maqa::client {

namespace {

using TemplateCache = std::map<std::pair<std::string, int>, std::shared_ptr<const core::Template>>;

std::shared_ptr<const core::Template> templateFor(store::Store &store, TemplateCache &cache,
                                                  const store::ReturnRecord &r)
{
    const auto key = std::make_pair(r.templateId, r.templateVersion);
    if (const auto it = cache.find(key); it != cache.end()) {
        return it->second;
    }
    std::shared_ptr<const core::Template> templ;
    if (const std::optional<store::TemplateRecord> record = store.templates().find(r.templateId, r.templateVersion)) {
        templ = core::loadTemplate(record->body, r.templateId).templ;
    }
    cache[key] = templ;
    return templ;
}

void count(store::Store &store, TemplateCache &cache, const store::ReturnRecord &r, protocol::ProgressEntry &entry)
{
    const std::vector<store::AnswerRow> stored = store.returns().answers(r.key);
    const std::shared_ptr<const core::Template> templ = templateFor(store, cache, r);
    if (templ) {
        std::vector<core::AnswerRow> rows;
        for (const store::AnswerRow &row : stored) {
            rows.push_back({row.path, nlohmann::json::parse(row.value, nullptr, false)});
        }
        try {
            const core::Form form = core::Form::fromRows(templ, rows);
            for (const core::SectionProgress &section : form.progress()) {
                if (section.relevant) {
                    entry.answered += section.answered;
                    entry.total += section.relevantQuestions;
                }
            }
            return;
        } catch (const core::Error &) {
            entry.answered = entry.total = 0; // rows the template no longer explains: counted plainly below
        }
    }
    entry.answered = static_cast<std::int64_t>(stored.size());
    entry.total = entry.answered;
}

} // namespace

protocol::ProgressReport ReportProgressTask::draftsReport(store::Store &store)
{
    protocol::ProgressReport report;
    TemplateCache cache;
    for (const store::ReturnRecord &r : store.returns().listLatest()) {
        if (r.status != store::ReturnStatus::Draft || report.cases.size() >= protocol::kMaxListItems) {
            continue;
        }
        const std::string auditId = r.auditId.value_or(std::string());
        // A draft whose codes the protocol cannot carry is left out: the server would refuse the whole report.
        if (!protocol::hasFormat(r.caseCode, protocol::TextFormat::CaseCode) ||
            (!auditId.empty() && !protocol::hasFormat(auditId, protocol::TextFormat::Uuid))) {
            continue;
        }
        protocol::ProgressEntry entry;
        entry.auditId = auditId;
        entry.caseCode = r.caseCode;
        entry.returnUuid = r.key.uuid;
        entry.updatedAt = protocol::formatTimestamp(r.updatedAt / 1000);
        count(store, cache, r, entry);
        report.cases.push_back(std::move(entry));
    }
    return report;
}

void ReportProgressTask::start()
{
    QTimer::singleShot(0, this, [this] {
        guarded([this] {
            const std::string body = draftsReport(m_context.store).toJson().dump();
            if (body == m_context.lastProgressReport) {
                return finish({});
            }
            await(m_context.api.put(QStringLiteral("/progress"), QByteArray::fromStdString(body)),
                  [this, body](const ApiResponse &r) {
                      const Verdict verdict = verdictOf(r);
                      if (verdict != Verdict::Success) {
                          return finish(TaskOutcome::fromResponse(r, verdict));
                      }
                      m_context.lastProgressReport = body;
                      finish({});
                  });
        });
    });
}

} // namespace maqa::client
