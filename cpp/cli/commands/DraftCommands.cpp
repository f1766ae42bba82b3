// `maqa-cli draft new | set | add-entry | show | fill-sample`, `submit` and `outbox`: drafts and the outbox without
// the GUI, through the same controllers as the app (HomeController creates, FormController writes and submits).
#include "Args.h"
#include "Command.h"
#include "Passphrase.h"

#include "app/AppServices.h"
#include "app/controllers/FormController.h"
#include "app/controllers/HomeController.h"
#include "app/controllers/JsonBridge.h"
#include "app/controllers/SessionController.h"
#include "core/form/Form.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

using maqa::core::Error;
using maqa::core::ErrorKind;
using nlohmann::json;

namespace maqa::cli {
namespace {

/** The app's controllers over the unlocked store of --data. */
std::unique_ptr<AppServices> openServices(const Args &args)
{
    const std::string dir = args.required("data");
    std::string passphrase = readStorePassphrase();
    auto store = store::Store::open(dir, passphrase);
    core::wipeString(passphrase);
    auto services = std::make_unique<AppServices>(QString::fromStdString(dir), core::KdfParams::standard());
    services->session()->adoptStore(std::move(store));
    return services;
}

/** Opens the return named by the first of @p count positionals in the form controller, or throws its refusal. */
FormController &openForm(AppServices &services, const Args &args, std::size_t count, const char *usage)
{
    if (args.positionals().size() != count) {
        throw Error(ErrorKind::Invalid, std::string("Wrong arguments. Usage: maqa-cli ") + usage);
    }
    FormController &form = *services.form();
    if (!form.open(QString::fromStdString(args.positionals()[0]))) {
        throw Error(ErrorKind::NotFound, form.errorMessage().toStdString());
    }
    return form;
}

int draftNew(CommandContext &ctx)
{
    auto services = openServices(ctx.args);
    std::optional<int> version;
    if (const auto v = ctx.args.option("version")) {
        try {
            version = std::stoi(*v);
        } catch (const std::exception &) {
            throw Error(ErrorKind::Invalid, "--version needs a whole number, not '" + *v + "'.");
        }
    }
    ctx.out << services->home()->createDraft(ctx.args.required("template"), version, ctx.args.required("case"),
                                             ctx.args.option("audit"))
            << "\n";
    return ExitOk;
}

int draftSet(CommandContext &ctx)
{
    auto services = openServices(ctx.args);
    FormController &form = openForm(*services, ctx.args, 3, "draft set --data DIR UUID QUESTION VALUE");
    const QString path = QString::fromStdString(ctx.args.positionals()[1]);
    const std::string &text = ctx.args.positionals()[2];
    json value = json::parse(text, nullptr, false);
    if (value.is_discarded()) {
        value = text; // not JSON: a bare string
    }
    const bool ok = value.is_null() ? form.clearAnswer(path) : form.setAnswer(path, jsonToVariant(value));
    if (!ok) {
        throw Error(ErrorKind::Invalid, form.errorMessage().toStdString());
    }
    return ExitOk;
}

int draftAddEntry(CommandContext &ctx)
{
    auto services = openServices(ctx.args);
    FormController &form = openForm(*services, ctx.args, 2, "draft add-entry --data DIR UUID GROUP");
    const QString id = form.addEntry(QString::fromStdString(ctx.args.positionals()[1]));
    if (id.isEmpty()) {
        throw Error(ErrorKind::Refused, form.errorMessage().toStdString());
    }
    ctx.out << id.toStdString() << "\n";
    return ExitOk;
}

int draftShow(CommandContext &ctx)
{
    auto services = openServices(ctx.args);
    FormController &form = openForm(*services, ctx.args, 1, "draft show --data DIR UUID");
    const core::Form &f = *form.form();
    json missing = json::array();
    for (const auto &m : f.missingRequired()) {
        missing.push_back({{"path", m.path}, {"label", m.label}, {"section", m.section}});
    }
    json validation = json::array();
    for (const auto &v : f.validationIssues()) {
        validation.push_back({{"path", v.path}, {"message", v.message}});
    }
    json sections = json::array();
    for (const auto &s : f.progress()) {
        sections.push_back({{"name", s.name},
                            {"relevant", s.relevant},
                            {"answered", s.answered},
                            {"questions", s.relevantQuestions},
                            {"required", s.required},
                            {"required_answered", s.requiredAnswered},
                            {"complete", s.complete()}});
    }
    const json out = {{"uuid", form.uuid().toStdString()},
                      {"revision", form.revision()},
                      {"template", {{"id", f.templ().id}, {"version", f.templ().version}}},
                      {"case_code", form.caseCode().toStdString()},
                      {"status", form.readOnly() ? "submitted" : "draft"},
                      {"progress", form.progress()},
                      {"complete", f.isComplete()},
                      {"answers", f.toJson()},
                      {"calculated", f.exportJson()},
                      {"missing", missing},
                      {"validation", validation},
                      {"sections", sections}};
    ctx.out << out.dump(2) << "\n";
    return ExitOk;
}

int draftFillSample(CommandContext &ctx)
{
    auto services = openServices(ctx.args);
    FormController &form = openForm(*services, ctx.args, 1, "draft fill-sample --data DIR UUID");
    if (form.readOnly()) {
        throw Error(ErrorKind::Refused, "This return was submitted; it can no longer change.");
    }
    const int added = form.fillSample();
    ctx.err << "Added " << added << " sample answers and entries.\n";
    return ExitOk;
}

int submit(CommandContext &ctx)
{
    auto services = openServices(ctx.args);
    FormController &form = openForm(*services, ctx.args, 1, "submit --data DIR UUID");
    if (!form.submit()) {
        std::string line = form.errorMessage().toStdString();
        const auto &issues = form.issues()->issues();
        if (!issues.empty()) {
            line += " First: " + issues.front().label.toStdString() + " (" + issues.front().path.toStdString() +
                    ") — " + issues.front().message.toStdString();
        }
        throw Error(ErrorKind::Refused, line);
    }
    ctx.err << "Submitted; the return waits in the outbox.\n";
    return ExitOk;
}

int outbox(CommandContext &ctx)
{
    auto services = openServices(ctx.args);
    store::Store &store = *services->session()->store();
    json items = json::array();
    for (const store::OutboxItem &item : store.outbox().all()) {
        json entry = {
            {"uuid", item.key.uuid},     {"revision", item.key.revision}, {"state", store::toString(item.state)},
            {"attempts", item.attempts}, {"queued_at", item.queuedAt},    {"sealed", item.envelope.has_value()}};
        entry["last_error"] = item.lastError ? json(*item.lastError) : json(nullptr);
        entry["delivered_at"] = item.deliveredAt ? json(*item.deliveredAt) : json(nullptr);
        if (const auto record = store.returns().find(item.key)) {
            entry["case_code"] = record->caseCode;
            entry["template"] = {{"id", record->templateId}, {"version", record->templateVersion}};
        }
        items.push_back(entry);
    }
    const store::OutboxCounts counts = store.outbox().counts();
    const json out = {{"items", items},
                      {"counts",
                       {{"queued", counts.queued},
                        {"sealed", counts.sealed},
                        {"failed", counts.failed},
                        {"delivered", counts.delivered}}}};
    ctx.out << out.dump(2) << "\n";
    return ExitOk;
}

const bool registered =
    registerCommand({"draft new",
                     "--data DIR --template ID [--version N] --case CODE [--audit ID]",
                     "Start a draft of a template for a case code; prints its uuid.",
                     {"data", "template", "version", "case", "audit"},
                     {},
                     draftNew}) &&
    registerCommand({"draft set",
                     "--data DIR UUID QUESTION VALUE",
                     "Answer one question (VALUE is JSON or a bare string; null clears; group/<id>/field paths).",
                     {"data"},
                     {},
                     draftSet}) &&
    registerCommand({"draft add-entry",
                     "--data DIR UUID GROUP",
                     "Add an entry to a repeat group; prints the entry id.",
                     {"data"},
                     {},
                     draftAddEntry}) &&
    registerCommand({"draft show",
                     "--data DIR UUID",
                     "Print a draft as JSON: answers, progress, missing answers and validation messages.",
                     {"data"},
                     {},
                     draftShow}) &&
    registerCommand({"draft fill-sample",
                     "--data DIR UUID",
                     "Fill every shown, empty question with a valid sample answer (training, demos).",
                     {"data"},
                     {},
                     draftFillSample}) &&
    registerCommand({"submit",
                     "--data DIR UUID",
                     "Freeze a complete draft and queue it in the outbox (exit 1 with what is missing).",
                     {"data"},
                     {},
                     submit}) &&
    registerCommand({"outbox", "--data DIR", "Print the outbox as JSON.", {"data"}, {}, outbox});

} // namespace
} // namespace maqa::cli
