// maqa-server: the partnership office's server and its admin CLI in one executable.
// Sets the process up (private file mode, signals) and dispatches to serve, admin or routes.
#include "server/cli/Commands.h"

#include <QCoreApplication>

#include <csignal>
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <vector>

#ifndef MAQA_VERSION
#define MAQA_VERSION "0"
#endif

int main(int argc, char *argv[])
{
    using namespace maqa::server;
    umask(077);                    // the data directory, database and WAL are the server user's alone
    std::signal(SIGPIPE, SIG_IGN); // a client hanging up mid-answer is an error return, not a crash
    // Serve stops on SIGINT/SIGTERM through a watcher thread: block them here, before any thread starts.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv); // Qt Sql finds its driver plugins through the application
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        printUsage(args.empty() ? std::cerr : std::cout);
        return args.empty() ? ExitUsage : ExitOk;
    }
    if (args[0] == "--version") {
        std::cout << "maqa-server " << MAQA_VERSION << '\n';
        return ExitOk;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    if (command == "serve") {
        return runServe(args);
    }
    if (command == "admin") {
        return runAdmin(args);
    }
    if (command == "routes") {
        return runRoutes(args);
    }
    std::cerr << "maqa-server: unknown command \"" << command << "\" (see maqa-server help)\n";
    return ExitUsage;
}
