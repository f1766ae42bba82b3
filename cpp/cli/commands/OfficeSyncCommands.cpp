// `maqa-cli office pull | audit create | audit list | enrol-code | review`: the office's work with its server without
// the app — pull and open returns, create audits, issue enrolment codes, and set review states that flow back.
#include "Args.h"
#include "Command.h"
#include "OfficeCli.h"

#include "core/domain/Agencies.h"
#include "core/util/Error.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/ReviewRepository.h"

#include <nlohmann/json.hpp>

#include <ostream>
#include <sstream>

using maqa::core::Error;
using maqa::core::ErrorKind;
using nlohmann::json;

namespace maqa::cli {
namespace {

using Operation = client::OfficeSync::Operation;

std::vector<std::string> split(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::stringstream in(text);
    for (std::string part; std::getline(in, part, separator);) {
        parts.push_back(part);
    }
    if (!text.empty() && text.back() == separator) {
        parts.emplace_back();
    }
    return parts;
}

int whole(const std::string &option, const std::string &text, int min, int max)
{
    try {
        std::size_t used = 0;
        const int value = std::stoi(text, &used);
        if (used == text.size() && value >= min && value <= max) {
            return value;
        }
    } catch (const std::exception &) {}
    throw Error(ErrorKind::Invalid, "--" + option + " needs a whole number from " + std::to_string(min) + " to " +
                                        std::to_string(max) + ", not '" + text + "'.");
}

int pull(CommandContext &ctx)
{
    OfficeSession session = openOffice(ctx.args);
    ctx.out << runOperation(*session.sync, Operation::Sync, [&] { session.sync->syncNow(); }) << "\n";
    return ExitOk;
}

json auditJson(const core::office::AuditInfo &a)
{
    json cases = json::array();
    for (const core::office::CaseInfo &c : a.cases) {
        cases.push_back({{"code", c.code}, {"age_band", c.ageBand}, {"needs", c.needs}});
    }
    return {{"audit_id", a.auditId},
            {"title", a.title},
            {"theme", a.theme},
            {"period", a.period},
            {"due_date", a.dueDate},
            {"template_id", a.templateId},
            {"template_version", a.templateVersion},
            {"cases", cases},
            {"agencies", a.agencies},
            {"created_at", a.createdAt}};
}

int auditCreate(CommandContext &ctx)
{
    core::office::AuditInfo audit;
    audit.title = ctx.args.required("title");
    audit.theme = ctx.args.option("theme").value_or("");
    audit.period = ctx.args.option("period").value_or("");
    audit.dueDate = ctx.args.option("due").value_or("");
    audit.templateId = ctx.args.required("template");
    audit.templateVersion = 0; // the server's latest unless --template-version says otherwise
    if (const auto v = ctx.args.option("template-version")) {
        audit.templateVersion = whole("template-version", *v, 1, 1000000);
    }
    for (const std::string &spec : ctx.args.positionals()) {
        const std::vector<std::string> parts = split(spec, ':');
        if (parts.empty() || parts.size() > 3 || parts[0].empty()) {
            throw Error(ErrorKind::Invalid,
                        "A case is CODE[:AGE_BAND[:NEEDS]], e.g. EH-101:0-1:Child Protection; '" + spec + "' is not.");
        }
        audit.cases.push_back({parts[0], parts.size() > 1 ? parts[1] : "", parts.size() > 2 ? parts[2] : ""});
    }
    if (audit.cases.empty()) {
        throw Error(ErrorKind::Invalid, "Name the sample's cases after the options: CODE[:AGE_BAND[:NEEDS]]...");
    }
    if (const auto agencies = ctx.args.option("agencies")) {
        audit.agencies = split(*agencies, ',');
    } else {
        for (const core::Agency &a : core::defaultAgencies()) {
            audit.agencies.emplace_back(a.slug);
        }
    }
    OfficeSession session = openOffice(ctx.args);
    QString id;
    QObject::connect(session.sync.get(), &client::OfficeSync::auditCreated,
                     [&](const QString &created) { id = created; });
    ctx.err << runOperation(*session.sync, Operation::CreateAudit, [&] { session.sync->createAudit(audit); }) << "\n";
    ctx.out << id.toStdString() << "\n";
    return ExitOk;
}

int auditList(CommandContext &ctx)
{
    OfficeSession session = openOffice(ctx.args);
    json audits = json::array();
    for (const core::office::AuditInfo &a : session.office->audits().list()) {
        audits.push_back(auditJson(a));
    }
    ctx.out << json{{"audits", audits}}.dump(2) << "\n";
    return ExitOk;
}

int enrolCode(CommandContext &ctx)
{
    const QString agency = QString::fromStdString(ctx.args.required("agency"));
    const int hours = whole("hours", ctx.args.option("hours").value_or("72"), 1, 720);
    OfficeSession session = openOffice(ctx.args);
    QString code;
    QObject::connect(session.sync.get(), &client::OfficeSync::enrolCodeIssued,
                     [&](const QString &, const QString &issued, const QString &) { code = issued; });
    const std::string message =
        runOperation(*session.sync, Operation::IssueEnrolCode, [&] { session.sync->issueEnrolCode(agency, hours); });
    ctx.out << code.toStdString() << "\n";
    ctx.err << message << " It is shown only this once.\n";
    return ExitOk;
}

int review(CommandContext &ctx)
{
    const auto &p = ctx.args.positionals();
    if (p.size() != 2) {
        throw Error(ErrorKind::Invalid, "Name the return and its revision. Usage: maqa-cli office review --data DIR "
                                        "UUID REVISION --state received|has_issues|approved [--comment TEXT]");
    }
    const std::optional<core::office::ReviewState> state = core::office::reviewStateFrom(ctx.args.required("state"));
    if (!state) {
        throw Error(ErrorKind::Invalid, "--state must be received, has_issues or approved.");
    }
    const core::office::Review wanted{
        {p[0], whole("revision", p[1], 1, 1000000)}, *state, ctx.args.option("comment").value_or("")};
    OfficeSession session = openOffice(ctx.args);
    session.office->reviews().setReview(wanted, cliActor());
    try {
        ctx.err << runOperation(*session.sync, Operation::SendReviews, [&] { session.sync->sendReviews(); }) << "\n";
    } catch (const Error &e) {
        throw Error(ErrorKind::Io,
                    std::string("The review is kept and will be sent with the next office pull: ") + e.what());
    }
    return ExitOk;
}

const bool registered =
    registerCommand({"office pull",
                     "--data DIR",
                     "Send reviews, then pull devices, templates, audits, progress and returns, opening them; prints "
                     "one summary line.",
                     {"data"},
                     {},
                     pull}) &&
    registerCommand({"office audit create",
                     "--data DIR --title TITLE --template ID [--template-version N] [--theme THEME] [--period TEXT] "
                     "[--due YYYY-MM-DD] [--agencies a,b,...] CODE[:AGE_BAND[:NEEDS]]...",
                     "Create an audit on the server (all ten default agencies unless --agencies); prints its id.",
                     {"data", "title", "template", "template-version", "theme", "period", "due", "agencies"},
                     {},
                     auditCreate}) &&
    registerCommand(
        {"office audit list", "--data DIR", "Print the audits the office knows as JSON.", {"data"}, {}, auditList}) &&
    registerCommand({"office enrol-code",
                     "--data DIR --agency SLUG [--hours N]",
                     "Issue a single-use enrolment code for an agency's device (printed once).",
                     {"data", "agency", "hours"},
                     {},
                     enrolCode}) &&
    registerCommand({"office review",
                     "--data DIR UUID REVISION --state received|has_issues|approved [--comment TEXT]",
                     "Set a return's review state and send it (a has_issues comment reaches the practitioner).",
                     {"data", "state", "comment"},
                     {},
                     review});

} // namespace
} // namespace maqa::cli
