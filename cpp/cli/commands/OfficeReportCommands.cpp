// `maqa-cli office report` and `office briefing draft`: an audit's briefing as PDF or HTML with its charts, all its
// answers as CSV for Excel, the action plan as CSV; and a first briefing with proposed actions drafted and saved.
#include "Args.h"
#include "Command.h"
#include "OfficeCli.h"
#include "OfficeReport.h"

#include "core/office/ActionPlan.h"
#include "core/office/DraftBriefing.h"
#include "core/util/Error.h"
#include "store/office/BriefingRepository.h"

#include <ostream>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::cli {
namespace {

std::string todayFrom(const Args &args)
{
    const std::string today = args.option("today").value_or(localToday());
    if (!core::office::isIsoDate(today)) {
        throw Error(ErrorKind::Invalid, "--today must be a date written YYYY-MM-DD.");
    }
    return today;
}

int report(CommandContext &ctx)
{
    const std::string format = ctx.args.required("format");
    if (!isReportFormat(format)) {
        throw Error(ErrorKind::Invalid, "--format must be pdf, html, csv or actions-csv.");
    }
    const std::string out = ctx.args.required("out");
    const std::string today = todayFrom(ctx.args);
    OfficeSession session = openOffice(ctx.args);
    const std::unique_ptr<AuditReport> r =
        buildAuditReport(*session.store, *session.office, ctx.args.required("audit"), today, cliActor());
    const std::string what = writeReport(*r, format, out);
    ctx.err << "Wrote " << out << " (" << what << ")";
    if ((format == "pdf" || format == "html") && !r->briefingSaved) {
        ctx.err << "; the briefing is a fresh draft: save and edit it in the app, or with maqa-cli office briefing "
                   "draft";
    }
    ctx.err << ".\n";
    return ExitOk;
}

int briefingDraft(CommandContext &ctx)
{
    const std::string today = todayFrom(ctx.args);
    OfficeSession session = openOffice(ctx.args);
    const std::string auditId = ctx.args.required("audit");
    store::office::BriefingRepository &briefings = session.office->briefings();
    if (briefings.briefing(auditId) && !ctx.args.flag("replace")) {
        throw Error(ErrorKind::Refused, "This audit already has a briefing; --replace drafts a new one over it (its "
                                        "action plan is kept).");
    }
    const std::unique_ptr<AuditReport> r =
        buildAuditReport(*session.store, *session.office, auditId, today, cliActor());
    const core::office::Briefing draft = core::office::draftBriefing(r->audit, *r->templ, r->analysis);
    briefings.saveBriefing(draft, cliActor());
    int added = 0;
    if (briefings.actions(auditId).empty()) {
        for (const core::office::ActionItem &action : core::office::proposeActions(draft)) {
            briefings.addAction(action, cliActor());
            ++added;
        }
    }
    ctx.err << "Drafted the briefing \"" << draft.title << "\" with " << draft.themes.size() << " themes"
            << (added > 0 ? " and " + std::to_string(added) + " proposed actions" : std::string()) << ".\n";
    return ExitOk;
}

const bool registered =
    registerCommand({"office report",
                     "--data DIR --audit ID --format pdf|html|csv|actions-csv --out FILE [--today YYYY-MM-DD]",
                     "Write an audit's briefing (PDF, HTML), all its answers (CSV) or its action plan (CSV).",
                     {"data", "audit", "format", "out", "today"},
                     {},
                     report,
                     true}) &&
    registerCommand({"office briefing draft",
                     "--data DIR --audit ID [--today YYYY-MM-DD] [--replace]",
                     "Draft an audit's briefing from its findings and save it, with proposed actions.",
                     {"data", "audit", "today"},
                     {"replace"},
                     briefingDraft});

} // namespace
} // namespace maqa::cli
