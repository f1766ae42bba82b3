// `maqa-cli demo`: the demonstration a newcomer runs first (see demo/DemoRun.h) — a complete Early Help audit synced
// through a real maqa-server, opened at the office, and its briefing exported, in well under a minute.
#include "Args.h"
#include "Command.h"

#include "demo/DemoRun.h"

#include "core/util/Error.h"
#include "store/fs/PrivateFiles.h"

#include <QDir>

#include <ostream>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace maqa::cli {
namespace {

int runDemo(CommandContext &ctx)
{
    demo::DemoOptions options;
    options.dataDir = QDir(QString::fromStdString(ctx.args.required("data"))).absolutePath();
    options.serverUrl = QString::fromStdString(ctx.args.option("server").value_or(""));
    options.token = ctx.args.option("token").value_or(qEnvironmentVariable("MAQA_OFFICE_TOKEN").toStdString());
    options.keepServer = ctx.args.flag("keep-server");
    if (!options.serverUrl.isEmpty() && options.token.empty()) {
        throw Error(ErrorKind::Invalid, "With --server, give that server's office token with --token (or "
                                        "MAQA_OFFICE_TOKEN).");
    }
    if (!options.serverUrl.isEmpty() && options.keepServer) {
        throw Error(ErrorKind::Invalid, "--keep-server is for the server the demonstration starts, not one given "
                                        "with --server.");
    }
    const QDir dir(options.dataDir);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        throw Error(ErrorKind::Refused, "The directory " + options.dataDir.toStdString() +
                                            " is not empty; the demonstration makes its stores in a new or empty "
                                            "directory.");
    }
    store::ensurePrivateDirectory(options.dataDir.toStdString());
    // A demonstration must run unattended (scripts/run), so its stores share one fixed passphrase, printed at the
    // end; MAQA_PASSPHRASE chooses another. The stores hold made-up content only.
    const QByteArray chosen = qgetenv("MAQA_PASSPHRASE");
    options.passphrase = chosen.isEmpty() ? std::string(demo::kDemoPassphrase) : chosen.toStdString();
    options.passphraseIsDemo = chosen.isEmpty();
    demo::DemoRun run(std::move(options), ctx.out);
    run.run();
    return ExitOk;
}

const bool registered =
    registerCommand({"demo",
                     "--data DIR [--keep-server] | --data DIR --server URL --token TOKEN",
                     "Run the demonstration: an Early Help audit of 6 children by 10 agencies through a real "
                     "maqa-server, opened at the office, briefing and CSV written to DIR/report. Its stores use the "
                     "printed demo passphrase unless MAQA_PASSPHRASE is set.",
                     {"data", "server", "token"},
                     {"keep-server"},
                     runDemo,
                     true});

} // namespace
} // namespace maqa::cli
