// maqa-cli: the headless tool over the same core, store, controllers and sync code as the app (no Qt Quick).
// Finds the verb among the registered commands, runs it, and turns a maqa::core::Error into one line and exit 1.
#include "Args.h"
#include "Command.h"

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>

namespace maqa::cli {

namespace {
std::vector<CommandSpec> &registry()
{
    static std::vector<CommandSpec> all;
    return all;
}

void printHelp(std::ostream &out)
{
    out << "usage: maqa-cli <command> [arguments]\n\ncommands:\n";
    for (const CommandSpec &c : commands()) {
        out << "  " << c.name << (c.usage.empty() ? "" : " " + c.usage) << "\n      " << c.summary << "\n";
    }
}
} // namespace

bool registerCommand(CommandSpec spec)
{
    registry().push_back(std::move(spec));
    return true;
}

const std::vector<CommandSpec> &commands()
{
    auto &all = registry();
    std::sort(all.begin(), all.end(), [](const CommandSpec &a, const CommandSpec &b) { return a.name < b.name; });
    return all;
}

} // namespace maqa::cli

int main(int argc, char **argv)
{
    using namespace maqa::cli;
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty() || words[0] == "help" || words[0] == "--help" || words[0] == "-h") {
        printHelp(words.empty() ? std::cerr : std::cout);
        return words.empty() ? ExitUsage : ExitOk;
    }

    // The longest registered verb that prefixes the words wins ("draft set" before "draft").
    const CommandSpec *match = nullptr;
    std::size_t matchWords = 0;
    for (const CommandSpec &c : commands()) {
        std::vector<std::string> verb;
        std::size_t start = 0;
        for (std::size_t sp; (sp = c.name.find(' ', start)) != std::string::npos; start = sp + 1) {
            verb.push_back(c.name.substr(start, sp - start));
        }
        verb.push_back(c.name.substr(start));
        if (verb.size() <= words.size() && std::equal(verb.begin(), verb.end(), words.begin()) &&
            verb.size() > matchWords) {
            match = &c;
            matchWords = verb.size();
        }
    }
    if (!match) {
        std::cerr << "maqa-cli: unknown command '" << words[0] << "'; try 'maqa-cli help'.\n";
        return ExitUsage;
    }

    std::unique_ptr<QCoreApplication> app;
    if (match->needsGui) {
        qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("maqa"));

    std::optional<Args> args;
    try {
        args.emplace(std::vector<std::string>(words.begin() + static_cast<long>(matchWords), words.end()),
                     match->options, match->flags);
    } catch (const maqa::core::Error &e) {
        std::cerr << "maqa-cli: " << e.what() << " Usage: maqa-cli " << match->name << " " << match->usage << "\n";
        return ExitUsage;
    }
    try {
        CommandContext context{*args, std::cout, std::cerr};
        return match->run(context);
    } catch (const maqa::core::Error &e) {
        std::cerr << "maqa-cli: " << e.what() << "\n";
        return ExitRefused;
    } catch (const std::exception &e) {
        std::cerr << "maqa-cli: unexpected failure: " << e.what() << "\n";
        return ExitRefused;
    }
}
