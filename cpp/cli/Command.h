// The headless tool's command registry: each file in commands/ registers the verbs it implements.
// main.cpp looks a verb up by its words ("template check") and runs it; handlers return the exit status.
#pragma once

#include <functional>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace maqa::cli {

class Args;

/** What a command needs to run: its arguments after the verb, and where to write. */
struct CommandContext
{
    Args &args;
    std::ostream &out; //!< results (JSON or text) for scripts to read
    std::ostream &err; //!< one-line messages for people
};

/** One verb of maqa-cli. */
struct CommandSpec
{
    std::string name;              //!< the verb's words, e.g. "template check"
    std::string usage;             //!< arguments after the verb, e.g. "FILE..."
    std::string summary;           //!< one line for `maqa-cli help`
    std::set<std::string> options; //!< options that take a value, without dashes: {"data", "template"}
    std::set<std::string> flags;   //!< options without a value: {"json"}
    std::function<int(CommandContext &)> run;
    bool needsGui = false; //!< true when the command paints (PDF export): main() starts an offscreen QGuiApplication
};

/** Adds a command; called from a static initialiser in each file of commands/. Returns true. */
bool registerCommand(CommandSpec spec);
/** Every registered command, sorted by name. */
const std::vector<CommandSpec> &commands();

/** Exit statuses shared by every command. */
enum ExitStatus { ExitOk = 0, ExitRefused = 1, ExitUsage = 2 };

} // namespace maqa::cli
