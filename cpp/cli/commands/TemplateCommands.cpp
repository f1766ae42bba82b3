// `maqa-cli template check FILE...` lists every problem of each template (`FILE: path: problem`, exit 1 if any);
// `maqa-cli template sample FILE` prints sample answers for training and demos. Both use core/template only.
#include "Args.h"
#include "Command.h"

#include "core/expr/Clock.h"
#include "core/form/FillSample.h"
#include "core/form/Form.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

namespace maqa::cli {
namespace {

using core::Error;
using core::ErrorKind;

// Reads @p path, refusing (as a problem, not an exception) files too large to be a template, unread.
std::optional<std::string> readTemplateFile(const std::string &path, std::vector<core::TemplateProblem> &problems)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        problems.push_back({path, "(file)", "cannot be read: " + ec.message()});
        return std::nullopt;
    }
    if (size > core::TemplateLimits{}.maxBytes) {
        problems.push_back({path, "(document)",
                            "is " + std::to_string(size) + " bytes; a template may have at most " +
                                std::to_string(core::TemplateLimits{}.maxBytes)});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        problems.push_back({path, "(file)", "cannot be read"});
        return std::nullopt;
    }
    return text.str();
}

int check(CommandContext &ctx)
{
    const auto &files = ctx.args.positionals();
    if (files.empty()) {
        ctx.err << "maqa-cli: name at least one template file. Usage: maqa-cli template check FILE...\n";
        return ExitUsage;
    }
    bool allSound = true;
    for (const std::string &file : files) {
        std::vector<core::TemplateProblem> problems;
        if (const auto text = readTemplateFile(file, problems)) {
            core::TemplateLoadResult result = core::loadTemplate(*text, file);
            problems = std::move(result.problems);
            if (result.ok()) {
                ctx.err << file << ": sound (" << result.templ->id << " version " << result.templ->version << ", "
                        << result.templ->questions.size() << " questions)\n";
            }
        }
        for (const core::TemplateProblem &p : problems) {
            ctx.out << p.line() << "\n";
        }
        allSound = allSound && problems.empty();
    }
    return allSound ? ExitOk : ExitRefused;
}

int sample(CommandContext &ctx)
{
    const auto &files = ctx.args.positionals();
    if (files.size() != 1) {
        ctx.err << "maqa-cli: name one template file. Usage: maqa-cli template sample FILE [--seed N] [--today DATE]\n";
        return ExitUsage;
    }
    std::vector<core::TemplateProblem> problems;
    const auto text = readTemplateFile(files[0], problems);
    if (!text) {
        throw Error(ErrorKind::Io, "The template " + problems.front().line() + ".");
    }
    core::SampleOptions options;
    if (const auto seed = ctx.args.option("seed")) {
        try {
            options.seed = static_cast<std::uint32_t>(std::stoul(*seed));
        } catch (const std::exception &) {
            throw Error(ErrorKind::Invalid, "--seed needs a whole number, not '" + *seed + "'.");
        }
    }
    std::shared_ptr<const core::expr::Clock> clock;
    if (const auto today = ctx.args.option("today")) {
        clock = std::make_shared<core::expr::FixedClock>(*today);
    }
    core::Form form(core::loadTemplateOrThrow(*text, files[0]), clock);
    core::fillSample(form, options);
    ctx.out << form.toJson().dump(2) << "\n";
    return ExitOk;
}

const bool registeredCheck = registerCommand({
    .name = "template check",
    .usage = "FILE...",
    .summary = "Check templates; print each problem as FILE: path: problem (exit 1 if any).",
    .options = {},
    .flags = {},
    .run = check,
});

const bool registeredSample = registerCommand({
    .name = "template sample",
    .usage = "FILE [--seed N] [--today YYYY-MM-DD]",
    .summary = "Print sample answers (JSON) for a template, for training and demos.",
    .options = {"seed", "today"},
    .flags = {},
    .run = sample,
});

} // namespace
} // namespace maqa::cli
