// bench_load: many devices syncing at once against one maqa-server (SQLite backend in a temporary directory). Each
// is enrolled for real; its passes run on their own thread and connection. Prints requests/s, p50/p99, errors and
// the server's peak resident memory (VmHWM) under that load.
#include "LoadDevice.h"
#include "support/SyncTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace maqa::test;

namespace {

// The pid of the `maqa-server serve` process working on @p dataDir (the harness keeps its QProcess private).
long serverPid(const QString &dataDir)
{
    for (const QString &entry : QDir("/proc").entryList(QDir::Dirs)) {
        QFile cmdline("/proc/" + entry + "/cmdline");
        if (entry.toLong() > 0 && cmdline.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> args = cmdline.readAll().split('\0');
            if (!args.isEmpty() && args[0].endsWith("maqa-server") && args.contains("serve") &&
                args.contains(dataDir.toLocal8Bit())) {
                return entry.toLong();
            }
        }
    }
    return 0;
}

// VmHWM of @p pid in MiB, or -1 when it cannot be read.
double peakResidentMiB(long pid)
{
    QFile status("/proc/" + QString::number(pid) + "/status");
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

double percentile(std::vector<double> &sorted, double p)
{
    if (sorted.empty()) {
        return 0;
    }
    return sorted[std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int devices = 200, seconds = 60;
    bool check = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == "--devices" && i + 1 < args.size()) {
            devices = std::clamp(args[++i].toInt(), 1, 2000);
        } else if (args[i] == "--seconds" && i + 1 < args.size()) {
            seconds = std::clamp(args[++i].toInt(), 1, 3600);
        } else if (args[i] == "--check") {
            check = true;
        } else {
            std::fprintf(stderr, "usage: bench_load [--devices N] [--seconds S] [--check]\n");
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("MAQA_TEST_BACKEND")) {
        qputenv("MAQA_TEST_BACKEND", "sqlite");
    }
    try {
        ServerSetup server;
        const std::string url = server.server->url();
        std::vector<std::unique_ptr<LoadDevice>> fleet;
        for (int i = 0; i < devices; ++i) {
            const char *agency = i % 2 ? "police" : "gp";
            const Reply code = server.office().post("/api/v1/office/enrol-codes",
                                                    nlohmann::json{{"agency", agency}}.dump(), server.officeToken);
            if (code.status != 201) {
                throw std::runtime_error("The office could not issue a code: " + code.body);
            }
            fleet.push_back(std::make_unique<LoadDevice>(url, code.json()["code"].get<std::string>(), i));
        }
        const long pid = serverPid(server.db.storeArgs().value(1));
        const double idleMiB = peakResidentMiB(pid);

        std::atomic<bool> stop{false};
        std::vector<LoadTally> tallies(fleet.size());
        std::vector<std::thread> threads;
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < fleet.size(); ++i) {
            threads.emplace_back([&, i] { tallies[i] = fleet[i]->run(server.auditId, stop); });
        }
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
        stop = true;
        for (std::thread &t : threads) {
            t.join();
        }
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double loadMiB = peakResidentMiB(pid);

        std::vector<double> latencies;
        int errors = 0, acknowledged = 0, resent = 0;
        std::string firstError;
        for (const LoadTally &t : tallies) {
            latencies.insert(latencies.end(), t.latenciesMs.begin(), t.latenciesMs.end());
            errors += t.errors;
            acknowledged += t.stored;
            resent += t.resent;
            if (firstError.empty()) {
                firstError = t.firstError;
            }
        }
        std::sort(latencies.begin(), latencies.end());
        const std::size_t stored = server.returns().size();
        if (stored != std::size_t(acknowledged)) { // an acknowledged return the server does not hold is an error
            errors += std::abs(int(stored) - acknowledged);
            firstError = "the server holds " + std::to_string(stored) + " returns but acknowledged " +
                         std::to_string(acknowledged);
        }
        std::printf("BENCH load_devices %d devices for %d s, %zu returns stored\n", devices, seconds, stored);
        std::printf("BENCH load_requests_per_second %.0f req/s\n", double(latencies.size()) / elapsed);
        std::printf("BENCH load_latency_p50 %.1f ms\n", percentile(latencies, 0.50));
        std::printf("BENCH load_latency_p99 %.1f ms\n", percentile(latencies, 0.99));
        std::printf("BENCH load_resent %d requests resent once after the server closed an idle connection\n", resent);
        std::printf("BENCH load_errors %d errors target=<=0\n", errors);
        std::printf("BENCH server_vmhwm_idle %.1f MB\n", idleMiB);
        std::printf("BENCH server_vmhwm_under_load %.1f MB\n", loadMiB);
        if (errors > 0) {
            std::printf("first error: %s\n", firstError.c_str());
        }
        return check && (errors > 0 || latencies.empty() || loadMiB < 0) ? 1 : 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_load: %s\n", e.what());
        return 1;
    }
}
