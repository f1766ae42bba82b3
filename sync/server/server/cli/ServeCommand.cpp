// `maqa-server serve` and `maqa-server routes`. Serve refuses plain HTTP anywhere but loopback, prints the URL it
// listens on once ready (tests and scripts wait for that line), and stops cleanly on SIGINT or SIGTERM.
#include "server/cli/CommandLine.h"
#include "server/cli/Commands.h"
#include "server/http/HttpServer.h"
#include "server/http/Routes.h"
#include "server/store/Store.h"
#include "server/store/StoreLocation.h"

#include "core/util/Error.h"

#include <QHostAddress>

#include <atomic>
#include <csignal>
#include <ctime>
#include <iostream>
#include <thread>

namespace maqa::server {

namespace {

struct ListenAddress
{
    std::string host;
    int port = 0;
};

ListenAddress parseListen(const std::string &text)
{
    ListenAddress address;
    std::string portText;
    if (!text.empty() && text[0] == '[') {
        const std::size_t close = text.find("]:");
        if (close == std::string::npos) {
            throw UsageError("--listen takes HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:8787");
        }
        address.host = text.substr(1, close - 1);
        portText = text.substr(close + 2);
    } else {
        const std::size_t colon = text.rfind(':');
        if (colon == std::string::npos || text.find(':') != colon) {
            throw UsageError("--listen takes HOST:PORT, e.g. 127.0.0.1:8787 or [::1]:8787");
        }
        address.host = text.substr(0, colon);
        portText = text.substr(colon + 1);
    }
    if (address.host.empty() || portText.empty() || portText.size() > 5 ||
        portText.find_first_not_of("0123456789") != std::string::npos || std::stoi(portText) > 65535) {
        throw UsageError("--listen takes HOST:PORT with a port from 0 to 65535");
    }
    address.port = std::stoi(portText);
    return address;
}

bool isLoopback(const std::string &host)
{
    if (host == "localhost") {
        return true;
    }
    const QHostAddress address(QString::fromStdString(host));
    return !address.isNull() && address.isLoopback();
}

// Waits for SIGINT/SIGTERM (blocked in every thread) and stops the server; ends when told the server is done.
class SignalWatcher
{
public:
    explicit SignalWatcher(HttpServer &server)
        : m_thread([this, &server] {
            sigset_t set;
            sigemptyset(&set);
            sigaddset(&set, SIGINT);
            sigaddset(&set, SIGTERM);
            const timespec tick{0, 200 * 1000 * 1000};
            while (!m_done) {
                if (sigtimedwait(&set, nullptr, &tick) > 0) {
                    std::cerr << "maqa-server: stopping\n";
                    server.stop();
                    return;
                }
            }
        })
    {}
    ~SignalWatcher()
    {
        m_done = true;
        m_thread.join();
    }

private:
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

} // namespace

int runServe(const std::vector<std::string> &args)
{
    try {
        const CommandLine line(
            args, {"data", "db", "listen", "tls-cert", "tls-key", "max-body", "threads", "auth-failure-limit"},
            {"verbose"});
        if (!line.positionals().empty()) {
            throw UsageError("serve takes no arguments besides its options");
        }
        ServeOptions options;
        const ListenAddress listen = parseListen(line.option("listen").value_or("127.0.0.1:8787"));
        options.host = listen.host;
        options.port = listen.port;
        options.tlsCert = line.option("tls-cert").value_or("");
        options.tlsKey = line.option("tls-key").value_or("");
        if (options.tlsCert.empty() != options.tlsKey.empty()) {
            throw UsageError("--tls-cert and --tls-key go together");
        }
        options.maxBodyBytes = static_cast<std::size_t>(line.number("max-body", 4096, 1LL << 32, 8LL << 20));
        options.threads = static_cast<int>(line.number("threads", 1, 256, 16));
        options.authFailureLimit = static_cast<int>(line.number("auth-failure-limit", 1, 100000, 10));
        options.verbose = line.flag("verbose");
        if (options.tlsCert.empty() && !isLoopback(options.host)) {
            throw core::Error(core::ErrorKind::Refused,
                              "Refusing to serve plain HTTP on " + options.host +
                                  ": tokens and returns would cross the network unencrypted. Give --tls-cert and "
                                  "--tls-key, or listen on 127.0.0.1 for local development.");
        }
        const StoreLocation location = locationFrom(line);
        std::unique_ptr<Store> store = openStore(location);
        {
            HttpServer server(*store, options);
            server.bind();
            std::cerr << "maqa-server: " << store->backendName() << " database " << location.describe() << '\n';
            std::cout << "maqa-server: listening on " << server.url() << std::endl;
            SignalWatcher watcher(server);
            server.run();
        }
        return ExitOk;
    } catch (const UsageError &e) {
        std::cerr << "maqa-server: " << e.what() << " (see maqa-server help)\n";
        return ExitUsage;
    } catch (const core::Error &e) {
        std::cerr << "maqa-server: " << e.what() << '\n';
        return ExitRefused;
    }
}

int runRoutes(const std::vector<std::string> &args)
{
    if (!args.empty()) {
        std::cerr << "maqa-server: routes takes no arguments\n";
        return ExitUsage;
    }
    std::cout << routeTableJson().dump(2) << std::endl;
    return ExitOk;
}

void printUsage(std::ostream &out)
{
    out << "usage: maqa-server <command> [options]\n"
           "\n"
           "  serve [--data DIR | --db URL] [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]\n"
           "        [--max-body BYTES] [--threads N] [--auth-failure-limit N] [--verbose]\n"
           "      Serve the API (default: the default data directory on 127.0.0.1:8787).\n"
           "  routes\n"
           "      Print the route table as JSON.\n"
           "  admin init                         Create the database; print the office token (once).\n"
           "  admin audit --title T --template ID [--template-version N] --cases C1,C2,...\n"
           "        --agencies A1,A2,... [--due YYYY-MM-DD] [--theme T] [--period P]\n"
           "                                     Create an audit; print its id.\n"
           "  admin enrol-code --agency A [--hours 72]   Issue a single-use enrolment code; print it.\n"
           "  admin devices                      List devices (JSON).\n"
           "  admin revoke DEVICE                Revoke a device (its next contact wipes it).\n"
           "  admin returns                      List stored returns' metadata (JSON, never contents).\n"
           "  admin template FILE                Add a template (JSON with an id and an integer version).\n"
           "  admin policy [--idle-lock-seconds N] [--unlock-failure-limit N] [--retention-days N]\n"
           "                                     Show or change the device policy (JSON).\n"
           "  admin office-key --public-key BASE64   Register the office's X25519 public key.\n"
           "  admin audit-log [--after ID]       Print the audit log (JSON).\n"
           "\n"
           "Every admin command takes --data DIR or --db postgresql://user:pass@host:port/db.\n"
           "Exit status: 0 done, 1 refused (message on stderr), 2 usage error.\n";
}

} // namespace maqa::server
