// `maqa-cli version`: prints the tool's version, so scripts can check which build they talk to.
// A template for new command files: a static registerCommand() call per verb.
#include "Args.h"
#include "Command.h"

#include <ostream>

namespace maqa::cli {
namespace {

const bool registered = registerCommand({
    .name = "version",
    .usage = "",
    .summary = "Print the version of maqa-cli.",
    .options = {},
    .flags = {},
    .run =
        [](CommandContext &ctx) {
            ctx.out << "maqa-cli " << MAQA_VERSION << "\n";
            return ExitOk;
        },
});

} // namespace
} // namespace maqa::cli
