// maqa_fault_sync COUNT [--seed N]: COUNT returns submitted on a device sync through the fault-injecting proxy (delay,
// drop, reset, cut mid-body, lost response, 5xx) to a real maqa-server; exit 0 only when each is there exactly once.
#include "support/FaultProxy.h"
#include "support/SyncTestSupport.h"

#include "store/repos/OutboxRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <map>
#include <random>

using namespace maqa;
using namespace maqa::test;

namespace {

// About one request in five meets a fault, drawn from the kinds a mobile link and a busy server produce.
FaultProxy::Rule randomFaults(std::uint64_t seed, std::map<Fault::Kind, int> &tally)
{
    auto random = std::make_shared<std::mt19937_64>(seed);
    return [random, &tally](const QByteArray &, const QByteArray &) {
        Fault fault;
        switch ((*random)() % 32) {
        case 0:
            fault.kind = Fault::Kind::Delay;
            fault.millis = 20 + int((*random)() % 200);
            break;
        case 1:
            fault.kind = Fault::Kind::ResetBeforeSend; // dropped: the server never sees it
            break;
        case 2:
            fault.kind = Fault::Kind::ResetMidRequest;
            break;
        case 3:
            fault.kind = Fault::Kind::LostResponse; // stored on the server, the answer never arrives
            break;
        case 4:
            fault.kind = Fault::Kind::CutMidBody;
            break;
        case 5:
            fault.kind = Fault::Kind::Respond;
            fault.status = (*random)() % 2 ? 500 : 503;
            break;
        default:
            break;
        }
        tally[fault.kind] += 1;
        return fault;
    };
}

// Every submitted return is on the server exactly once and delivered on the device; prints each problem.
int countProblems(ServerSetup &server, DeviceStore &device, const std::vector<store::ReturnKey> &sent)
{
    std::map<std::string, int> onServer;
    for (const nlohmann::json &r : server.returns()) {
        onServer[r["uuid"].get<std::string>() + "/" + std::to_string(r["revision"].get<int>())] += 1;
    }
    int problems = 0;
    for (const store::ReturnKey &key : sent) {
        const std::string id = key.uuid + "/" + std::to_string(key.revision);
        const int copies = onServer[id];
        const auto item = device.store().outbox().find(key);
        const std::string state = item ? store::toString(item->state) : "missing";
        if (copies != 1 || state != "delivered") {
            std::printf("PROBLEM %s: %d on the server, %s on the device\n", id.c_str(), copies, state.c_str());
            ++problems;
        }
    }
    if (onServer.size() != sent.size()) {
        std::printf("PROBLEM the server holds %zu returns, the device sent %zu\n", onServer.size(), sent.size());
        ++problems;
    }
    const store::OutboxCounts counts = device.store().outbox().counts();
    if (counts.waiting() != 0 || counts.failed != 0) {
        std::printf("PROBLEM the outbox still holds %d waiting and %d failed\n", counts.waiting(), counts.failed);
        ++problems;
    }
    return problems;
}

int run(int count, std::uint64_t seed)
{
    std::printf("fault-sync: %d returns, seed %llu\n", count, static_cast<unsigned long long>(seed));
    std::fflush(stdout);
    QElapsedTimer clock;
    clock.start();
    std::map<Fault::Kind, int> tally; // outlives the proxy whose rule counts into it
    ServerSetup server;
    FaultProxy proxy(server.server->port());
    DeviceStore device;
    client::SyncEngine engine(fastOptions());
    engine.attach(&device.store());
    const auto [enrolled, message] = enrolEngine(engine, proxy.url(), server.issueCode("gp"));
    if (!enrolled) {
        std::printf("FAIL the device could not enrol: %s\n", qPrintable(message));
        return 1;
    }
    proxy.setRule(randomFaults(seed, tally));

    // Returns arrive while the engine syncs, in batches, as a practitioner submits during the day.
    std::vector<store::ReturnKey> sent;
    const char *cases[] = {"EH-1", "EH-2", "EH-3"};
    std::mt19937_64 random(seed ^ 0x5eed);
    while (int(sent.size()) < count) {
        const int batch = std::min(count - int(sent.size()), 1 + int(random() % 100));
        for (int i = 0; i < batch; ++i) {
            const int n = int(sent.size());
            sent.push_back(device.submit(server.auditId, cases[n % 3], {{"evidence", "note " + std::to_string(n)}}));
        }
        waitUntil([] { return false; }, int(random() % 50));
    }
    const bool settled = waitUntil([&] { return engine.waitingCount() == 0 && !engine.isBusy(); }, 600000);
    const qint64 millis = clock.elapsed();
    int faults = 0;
    for (const auto &[kind, n] : tally) {
        faults += kind == Fault::Kind::None ? 0 : n;
    }
    std::printf("fault-sync: %lld requests through the proxy, %d with a fault, settled after %lld ms\n",
                static_cast<long long>(proxy.seen().size()), faults, static_cast<long long>(millis));
    if (!settled) {
        std::printf("FAIL the engine did not settle: %s\n", qPrintable(engine.lastError()));
    }
    const int problems = countProblems(server, device, sent);
    engine.detach();
    if (!settled || problems > 0) {
        std::printf("FAIL %d problems (seed %llu)\n", problems, static_cast<unsigned long long>(seed));
        return 1;
    }
    std::printf("OK every one of %d returns is on the server exactly once and delivered on the device\n", count);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool ok = !args.isEmpty();
    const int count = ok ? args[0].toInt(&ok) : 0;
    std::uint64_t seed = std::random_device{}();
    if (args.size() == 3 && args[1] == "--seed") {
        seed = args[2].toULongLong(&ok);
    } else if (args.size() != 1) {
        ok = false;
    }
    if (!ok || count <= 0) {
        std::fprintf(stderr, "usage: maqa_fault_sync COUNT [--seed N]\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("MAQA_TEST_BACKEND")) {
        qputenv("MAQA_TEST_BACKEND", "sqlite");
    }
    try {
        return run(count, seed);
    } catch (const std::exception &e) {
        std::printf("FAIL %s\n", e.what());
        return 1;
    }
}
