// Building an audit's report at the office, for `maqa-cli office report` and the demonstration: the latest returns,
// reviews, panel grades and drafting progress analysed, the saved briefing (or a fresh draft) with its action plan,
// and the exports: PDF, HTML, all answers as CSV, the action plan as CSV.
#pragma once

#include "core/office/Analysis.h"
#include "core/office/Briefing.h"
#include "core/office/export/Report.h"

#include <memory>
#include <string>
#include <vector>

namespace maqa::store {
class Store;
namespace office {
class OfficeStore;
}
} // namespace maqa::store

namespace maqa::cli {

/** One audit analysed. Built on the heap and never moved: the analysis points into the returns. */
struct AuditReport
{
    core::office::AuditInfo audit;
    std::shared_ptr<const core::Template> templ;
    std::vector<core::office::OpenedReturn> returns; //!< latest revisions, as the store gives them
    core::office::OfficeInputs inputs;
    core::office::Analysis analysis;
    bool briefingSaved = false;          //!< false: the briefing is a fresh draft, not the office's edited one
    bool actionsSaved = false;           //!< false: the actions are the draft's proposals
    core::office::BriefingReport report; //!< briefing, actions, figures, charts
};

/**
 * Analyses audit @p auditId as of @p today ("YYYY-MM-DD") from the office's store; reading the answers is logged
 * as @p actor. Throws Error(NotFound) for an unknown audit or a template the office does not hold.
 */
std::unique_ptr<AuditReport> buildAuditReport(store::Store &store, store::office::OfficeStore &office,
                                              const std::string &auditId, const std::string &today,
                                              const std::string &actor);

/** The formats writeReport() knows: "pdf", "html", "csv", "actions-csv". */
bool isReportFormat(const std::string &format);

/**
 * Writes @p report as @p format to @p path (0600, replaced atomically). PDF needs a QGuiApplication (the CLI's
 * needsGui). Returns a short description: "2 pages", "57 rows".
 */
std::string writeReport(const AuditReport &report, const std::string &format, const std::string &path);

} // namespace maqa::cli
