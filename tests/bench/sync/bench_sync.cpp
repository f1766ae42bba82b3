// The engine's throughput end to end against raw HTTP into the same server: the same envelope bytes are PUT raw into
// copies of the server's database taken before the engine ran, by a bare keep-alive loop and by Qt Network alone.
#include "support/SyncTestSupport.h"

#include "client/ApiClient.h"
#include "client/DeviceEnrolment.h"
#include "client/ReturnSealing.h"

#include "store/db/Database.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <httplib.h>

#include <sys/resource.h>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace maqa;
using namespace maqa::test;

namespace {

using Puts = std::vector<std::pair<std::string, std::string>>; // path, envelope bytes

nlohmann::json sampleAnswers(int i)
{
    nlohmann::json answers = {{"seen_alone", i % 2 ? "yes" : "partly"}, {"grade", "good"}};
    for (int q = 0; q < 24; ++q) {
        answers["evidence_" + std::to_string(q)] =
            "Strategy discussion minutes were shared with health and education within two working days; case " +
            std::to_string(i);
    }
    return answers;
}

// CPU time (user + system) this process has used so far, in milliseconds: every thread, the worker included.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// Busy and total jiffies of the whole machine so far (/proc/stat), to show how much of the CPU a phase used.
std::pair<double, double> machineJiffies()
{
    std::FILE *f = std::fopen("/proc/stat", "r");
    unsigned long long v[8] = {};
    if (f) {
        if (std::fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
                        &v[6], &v[7]) != 8) {
            v[0] = 0;
        }
        std::fclose(f);
    }
    double total = 0;
    for (unsigned long long x : v) {
        total += double(x);
    }
    return {total - double(v[3] + v[4]), total};
}

void copyDirectory(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        if (!QFile::copy(from + "/" + name, to + "/" + name)) {
            throw std::runtime_error("Cannot copy " + name.toStdString());
        }
    }
}

// The bare baseline: cpp-httplib clients, one thread and one keep-alive connection each, no Nagle delay.
double rawLoop(const std::string &url, const std::string &token, const Puts &puts, int connections)
{
    std::atomic<std::size_t> next{0};
    std::atomic<int> failed{0};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&] {
            httplib::Client client(url);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true); // as Qt Network does for HTTP
            const httplib::Headers headers{{"Authorization", "Bearer " + token}};
            for (std::size_t i; (i = next.fetch_add(1)) < puts.size();) {
                const httplib::Result r = client.Put(puts[i].first, headers, puts[i].second, "application/json");
                failed += (!r || r->status != 201) ? 1 : 0;
            }
        });
    }
    for (std::thread &t : threads) {
        t.join();
    }
    if (failed > 0) {
        throw std::runtime_error(std::to_string(failed.load()) + " raw uploads failed");
    }
    return double(puts.size()) * 1000.0 / std::max<qint64>(1, timer.elapsed());
}

// Qt Network alone, as the engine uses it (same requests, same window), without the store or any sealing.
double rawQt(const std::string &url, const std::string &token, const Puts &puts, int window)
{
    QNetworkAccessManager network;
    client::ApiClient api(network, client::ServerAddress::parse(QString::fromStdString(url)),
                          QByteArray::fromStdString(token), QString(), std::chrono::milliseconds(30000));
    std::size_t sent = 0, done = 0;
    int inFlight = 0, failed = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> fill = [&] {
        while (inFlight < window && sent < puts.size()) {
            const QString path = QString::fromStdString(puts[sent].first).mid(7); // below /api/v1
            QNetworkReply *reply = api.put(path, QByteArray::fromStdString(puts[sent].second));
            ++sent;
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                failed += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201 ? 0 : 1;
                reply->deleteLater();
                --inFlight;
                if (++done == puts.size()) {
                    loop.quit();
                } else {
                    fill();
                }
            });
        }
    };
    fill();
    loop.exec();
    if (failed > 0) {
        throw std::runtime_error(std::to_string(failed) + " Qt uploads failed");
    }
    return double(puts.size()) * 1000.0 / std::max<qint64>(1, timer.elapsed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    const int window = argc > 2 ? std::clamp(std::atoi(argv[2]), 1, 16) : client::SyncOptions{}.uploadWindow;
    if (qEnvironmentVariableIsEmpty("MAQA_TEST_BACKEND")) {
        qputenv("MAQA_TEST_BACKEND", "sqlite");
    }
    try {
        ServerSetup server;
        DeviceStore device;
        client::SyncOptions options;
        options.uploadWindow = window;
        options.watchNetwork = false;
        options.pollInterval = std::chrono::milliseconds(0);
        auto engine = std::make_unique<client::SyncEngine>(options);
        engine->attach(&device.store());
        if (!enrolEngine(*engine, QString::fromStdString(server.server->url()), server.issueCode("gp")).first ||
            !syncUntilSettled(*engine)) {
            throw std::runtime_error("enrolment or the first pull failed");
        }
        engine->detach();

        // Snapshots of the server's database now, for the raw runs to start from the same state.
        server.server->stop();
        TestDatabase copyForLoop, copyForQt;
        copyDirectory(server.db.storeArgs().at(1), copyForLoop.storeArgs().at(1));
        copyDirectory(server.db.storeArgs().at(1), copyForQt.storeArgs().at(1));
        server.restart();
        client::DeviceEnrolment enrolment = client::DeviceEnrolment::load(device.store());
        enrolment.serverUrl = server.server->url();
        enrolment.save(device.store());

        // N submitted returns (setup, not measured: durability is restored before the clock starts).
        device.store().database().exec("PRAGMA synchronous=OFF");
        const char *cases[] = {"EH-1", "EH-2", "EH-3"};
        for (int i = 0; i < n; ++i) {
            device.submit(server.auditId, cases[i % 3], sampleAnswers(i));
        }
        device.store().database().exec("PRAGMA synchronous=FULL");

        // The engine: from attach until every return is delivered and marked, then until the pass is over.
        QElapsedTimer timer;
        const double cpuBefore = processCpuMs();
        const auto machineBefore = machineJiffies();
        timer.start();
        engine->attach(&device.store());
        if (!waitUntil([&] { return engine->deliveredCount() == n && engine->waitingCount() == 0; }, 3600 * 1000)) {
            throw std::runtime_error("the engine did not deliver everything: " + engine->lastError().toStdString());
        }
        const qint64 deliveredMs = timer.elapsed();
        const double engineCpuMs = processCpuMs() - cpuBefore;
        const auto machineAfter = machineJiffies();
        const double machineBusy = 100.0 * (machineAfter.first - machineBefore.first) /
                                   std::max(1.0, machineAfter.second - machineBefore.second);
        waitUntil([&] { return !engine->isBusy(); }, 600 * 1000);
        const qint64 passMs = timer.elapsed();
        engine->detach();
        const store::OutboxCounts counts = device.store().outbox().counts();
        if (counts.delivered != n || counts.failed != 0) {
            throw std::runtime_error("not everything was delivered: " + std::to_string(counts.delivered));
        }

        // Sealing alone (building, signing, sealing, serialising; no store writes), for the breakdown.
        const std::vector<store::OutboxItem> items = device.store().outbox().all();
        timer.restart();
        for (const store::OutboxItem &item : items) {
            const auto record = device.store().returns().find(item.key);
            const auto frozen = device.store().returns().frozenAnswers(item.key);
            client::sealPayload(client::buildPayload(*record, *frozen, enrolment, "bench"), enrolment);
        }
        const double sealRate = n * 1000.0 / std::max<qint64>(1, timer.elapsed());

        Puts puts;
        std::size_t bytes = 0;
        for (const store::OutboxItem &item : items) {
            puts.emplace_back(returnPath(item.key.uuid, item.key.revision),
                              std::string(item.envelope->begin(), item.envelope->end()));
            bytes += item.envelope->size();
        }
        server.server->stop();
        double loopRate = 0, qtRate = 0;
        {
            ServerProcess raw(copyForLoop, {"--auth-failure-limit", "100000"});
            loopRate = rawLoop(raw.url(), enrolment.token, puts, window);
        }
        {
            ServerProcess raw(copyForQt, {"--auth-failure-limit", "100000"});
            qtRate = rawQt(raw.url(), enrolment.token, puts, window);
        }

        const double engineRate = n * 1000.0 / std::max<qint64>(1, deliveredMs);
        std::printf("BENCH sync_envelope_size %zu bytes\n", bytes / puts.size());
        std::printf("BENCH sync_upload_window %d requests\n", window);
        std::printf("BENCH sync_seal_only %.0f returns/s\n", sealRate);
        std::printf("BENCH sync_engine_end_to_end %.0f returns/s baseline=%.0f target=>=500\n", engineRate, loopRate);
        std::printf("BENCH sync_engine_device_cpu %.3f ms/return\n", engineCpuMs / n);
        std::printf("BENCH sync_engine_machine_busy %.0f %%\n", machineBusy);
        std::printf("BENCH sync_engine_full_pass %.0f returns/s\n", n * 1000.0 / std::max<qint64>(1, passMs));
        std::printf("BENCH sync_raw_http %.0f returns/s\n", loopRate);
        std::printf("BENCH sync_raw_qt_network %.0f returns/s\n", qtRate);
        std::printf("BENCH sync_engine_vs_raw %.2f ratio target=>=0.5\n", engineRate / loopRate);
        std::printf("# %d returns; server and device in %s\n", n, qPrintable(QDir::tempPath()));
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_sync: %s\n", e.what());
        return 1;
    }
}
