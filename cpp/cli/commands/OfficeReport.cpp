// Building and writing an audit's report (see OfficeReport.h). The briefing the office saved is used as it is; without
// one, a draft is made from the analysis (and its proposed actions shown), so a report is always complete.
#include "OfficeReport.h"

#include "client/office/OfficeTemplates.h"
#include "core/office/DraftBriefing.h"
#include "core/office/export/Csv.h"
#include "core/office/export/Html.h"
#include "core/util/Error.h"
#include "report/BriefingPdf.h"
#include "store/Store.h"
#include "store/fs/PrivateFiles.h"
#include "store/office/BriefingRepository.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/OfficeStore.h"
#include "store/office/ReviewRepository.h"

#include <algorithm>

namespace maqa::cli {

using core::Error;
using core::ErrorKind;

std::unique_ptr<AuditReport> buildAuditReport(store::Store &store, store::office::OfficeStore &office,
                                              const std::string &auditId, const std::string &today,
                                              const std::string &actor)
{
    auto r = std::make_unique<AuditReport>();
    const std::optional<core::office::AuditInfo> audit = office.audits().find(auditId);
    if (!audit) {
        throw Error(ErrorKind::NotFound, "The office does not know audit " + auditId +
                                             "; run maqa-cli office pull, or list audits with maqa-cli office audit "
                                             "list.");
    }
    r->audit = *audit;
    r->templ = client::loadOfficeTemplates(store).find(audit->templateId, audit->templateVersion);
    if (!r->templ) {
        throw Error(ErrorKind::NotFound, "The office does not hold template " + audit->templateId + " version " +
                                             std::to_string(audit->templateVersion) + "; run maqa-cli office pull.");
    }
    r->returns = office.returns().latestForAudit(auditId, actor);
    r->inputs.reviews = office.reviews().reviewsForAudit(auditId);
    r->inputs.panelGrades = office.reviews().panelGradesForAudit(auditId);
    r->inputs.drafts = office.audits().progress(auditId);
    r->analysis = core::office::analyse(r->audit, *r->templ, r->returns, r->inputs, today);

    std::optional<core::office::Briefing> briefing = office.briefings().briefing(auditId);
    r->briefingSaved = briefing.has_value();
    if (!briefing) {
        briefing = core::office::draftBriefing(r->audit, *r->templ, r->analysis);
    }
    std::vector<core::office::ActionItem> actions = office.briefings().actions(auditId);
    r->actionsSaved = !actions.empty();
    if (actions.empty() && !r->briefingSaved) {
        actions = core::office::proposeActions(*briefing);
    }
    r->report = core::office::briefingReport(std::move(*briefing), std::move(actions), r->analysis);
    return r;
}

bool isReportFormat(const std::string &format)
{
    return format == "pdf" || format == "html" || format == "csv" || format == "actions-csv";
}

std::string writeReport(const AuditReport &r, const std::string &format, const std::string &path)
{
    std::string content;
    std::string what;
    if (format == "pdf") {
        int pages = 0;
        const QByteArray pdf = report::briefingPdf(r.report, &pages);
        content.assign(pdf.constData(), static_cast<std::size_t>(pdf.size()));
        what = std::to_string(pages) + (pages == 1 ? " page" : " pages");
    } else if (format == "html") {
        content = core::office::briefingHtml(r.report);
        what = std::to_string(content.size() / 1024 + 1) + " KiB";
    } else if (format == "csv") {
        content = core::office::answersCsv(*r.templ, r.analysis.latest, r.inputs.reviews);
        what = std::to_string(r.analysis.latest.size()) + (r.analysis.latest.size() == 1 ? " return" : " returns");
    } else if (format == "actions-csv") {
        content = core::office::actionPlanCsv(r.report.actions);
        what = std::to_string(r.report.actions.size()) + (r.report.actions.size() == 1 ? " action" : " actions");
    } else {
        throw Error(ErrorKind::Invalid, "--format must be pdf, html, csv or actions-csv.");
    }
    store::writeFileAtomically(path, content);
    return what;
}

} // namespace maqa::cli
