// Benchmark of maqa-server's ingest: N pre-sealed envelopes PUT one after another over one keep-alive connection,
// on SQLite and on PostgreSQL (fsync on). Prints returns/second and p50/p99 latency as BENCH lines.
#include "protocol/Sealing.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <stdexcept>

using namespace maqa;
using Clock = std::chrono::steady_clock;

namespace {

QByteArray run(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(MAQA_BIN_DIR "/maqa-server"), args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        throw std::runtime_error("maqa-server " + args.join(' ').toStdString() +
                                 " failed: " + process.readAllStandardError().toStdString());
    }
    return process.readAllStandardOutput().trimmed();
}

// A cluster from the test fixture script, durable (fsync on) so the figures mean something.
class Cluster
{
public:
    explicit Cluster(const QString &dir)
        : m_dir(dir)
    {
        script({"start", m_dir, "--durable"});
        QFile url(m_dir + "/url");
        if (!url.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("The PostgreSQL cluster did not start.");
        }
        m_url = QString::fromUtf8(url.readAll()).trimmed();
    }
    ~Cluster() { script({"stop", m_dir}); }
    const QString &url() const { return m_url; }

private:
    static void script(const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(MAQA_SOURCE_DIR "/tests/support/postgres-fixture"), args);
        process.waitForFinished(180000);
        if (process.exitCode() != 0) {
            std::cerr << "bench_server_ingest: postgres-fixture " << args.join(' ').toStdString() << " failed\n";
        }
    }
    QString m_dir;
    QString m_url;
};

struct Figures
{
    double rate = 0;
    double p50 = 0;
    double p99 = 0;
};

Figures ingest(const QStringList &storeArgs, int count, std::size_t answerBytes)
{
    const std::string officeToken = run(QStringList{"admin", "init"} + storeArgs).toStdString();
    QTemporaryDir dir;
    QFile templateFile(dir.filePath("t.json"));
    templateFile.open(QIODevice::WriteOnly);
    templateFile.write(R"({"id":"early-help","version":1})");
    templateFile.close();
    run(QStringList{"admin", "template"} + storeArgs + QStringList{templateFile.fileName()});
    const std::string code =
        run(QStringList{"admin", "enrol-code"} + storeArgs + QStringList{"--agency", "gp"}).toStdString();

    QProcess server;
    server.start(QStringLiteral(MAQA_BIN_DIR "/maqa-server"),
                 QStringList{"serve"} + storeArgs +
                     QStringList{"--listen", "127.0.0.1:0", "--auth-failure-limit", "100000"});
    QByteArray ready;
    while (!ready.contains('\n') && server.waitForReadyRead(60000)) {
        ready += server.readAllStandardOutput();
    }
    const std::string url = ready.mid(ready.indexOf("http")).trimmed().toStdString();
    httplib::Client client(url);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true); // as Qt Network does: no Nagle delay between headers and body
    client.set_read_timeout(60);

    const auto office = core::envelope::BoxKeyPair::generate();
    const httplib::Headers officeAuth{{"Authorization", "Bearer " + officeToken}};
    client.Put("/api/v1/office/key", officeAuth,
               nlohmann::json{{"public_key", core::toBase64(office.publicKey)}}.dump(), "application/json");
    const nlohmann::json audit = {{"title", "Bench"},
                                  {"theme", ""},
                                  {"period", ""},
                                  {"due_date", ""},
                                  {"template_id", "early-help"},
                                  {"cases", {{{"code", "EH-1"}, {"age_band", ""}, {"needs", ""}}}},
                                  {"agencies", {"gp"}}};
    const auto created = client.Post("/api/v1/office/audits", officeAuth, audit.dump(), "application/json");
    const std::string auditId = nlohmann::json::parse(created->body)["audit_id"];
    const auto device = core::envelope::SigningKeyPair::generate();
    const auto enrolled = client.Post(
        "/api/v1/enrol",
        nlohmann::json{{"code", code}, {"device_name", "bench"}, {"sign_public_key", core::toBase64(device.publicKey)}}
            .dump(),
        "application/json");
    const nlohmann::json enrolment = nlohmann::json::parse(enrolled->body);
    const httplib::Headers deviceAuth{{"Authorization", "Bearer " + enrolment["token"].get<std::string>()}};

    // Seal everything first: sealing is the device's cost, not the server's.
    const int warmup = std::min(50, count / 10);
    std::vector<std::pair<std::string, std::string>> envelopes; // path, body
    const std::string filler(answerBytes, 'a');
    for (int i = 0; i < count + warmup; ++i) {
        protocol::ReturnPayload p;
        p.metadata = {core::newUuid(),
                      1,
                      auditId,
                      "EH-1",
                      "gp",
                      "early-help",
                      1,
                      "audit",
                      enrolment["device_id"].get<std::string>(),
                      core::envelope::keyId(office.publicKey),
                      "2026-11-26T10:00:00Z",
                      "2026-11-26T11:00:00Z"};
        p.answers = {{"evidence", filler}};
        p.appVersion = "bench";
        envelopes.emplace_back("/api/v1/returns/" + p.metadata.uuid + "/1",
                               protocol::sealReturn(p, device.secretKey, office.publicKey).serialize());
    }

    std::vector<double> latencies;
    Clock::time_point start;
    for (int i = 0; i < count + warmup; ++i) {
        if (i == warmup) {
            start = Clock::now();
        }
        const Clock::time_point before = Clock::now();
        const auto result = client.Put(envelopes[i].first, deviceAuth, envelopes[i].second, "application/json");
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - before).count();
        if (!result || result->status != 201) {
            throw std::runtime_error("PUT failed: " + (result ? result->body : std::string("no answer")));
        }
        if (i >= warmup) {
            latencies.push_back(ms);
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    server.terminate();
    server.waitForFinished(30000);

    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) { return latencies[static_cast<std::size_t>(q * (latencies.size() - 1))]; };
    return {count / seconds, at(0.50), at(0.99)};
}

void print(const char *backend, const Figures &f, int count, std::size_t envelopeBytes)
{
    std::printf("BENCH server_ingest_%s_rate %.0f returns/s target=>=50 (n=%d, %zu-byte envelopes, fsync on)\n",
                backend, f.rate, count, envelopeBytes);
    std::printf("BENCH server_ingest_%s_p50 %.2f ms\n", backend, f.p50);
    std::printf("BENCH server_ingest_%s_p99 %.2f ms target=<100\n", backend, f.p99);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(100, std::atoi(argv[1])) : 2000;
    const std::size_t answerBytes = 12 * 1024; // a long audit return's answers
    const std::size_t envelopeBytes = (core::envelope::sealedSize(answerBytes + 400) + 2) / 3 * 4 + 400;
    try {
        QTemporaryDir sqliteDir;
        print("sqlite", ingest({"--data", sqliteDir.filePath("data")}, count, answerBytes), count, envelopeBytes);
        QTemporaryDir clusterDir;
        Cluster cluster(clusterDir.path());
        print("postgresql", ingest({"--db", cluster.url()}, count, answerBytes), count, envelopeBytes);
    } catch (const std::exception &e) {
        std::cerr << "bench_server_ingest: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
