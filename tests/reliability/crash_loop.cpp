// maqa_crash_loop ROUNDS [--seed N]: kills writers with SIGKILL at random moments — maqa-cli (draft set, submit,
// sync against a real maqa-server) and the app's write path (maqa_crash_writer) in turn — then checks the store.
// Exit 0 only when `maqa-cli verify` passes after every kill and no acknowledged write is missing from the store.
#include "CrashModel.h"
#include "support/SyncTestSupport.h"

#include "TemplateGenerator.h"

#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>

using namespace maqa::test;

namespace {

QProcessEnvironment writerEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MAQA_PASSPHRASE", kPassphrase);
    env.insert("QT_QPA_PLATFORM", "offscreen");
    return env;
}

// Runs the process until it ends or @p deadlineMs passes (then kills it with SIGKILL); true when it ended itself.
// The event loop keeps running meanwhile, so the server's output pipe never fills.
bool runUntil(QProcess &process, qint64 deadlineMs, const std::function<void()> &onOutput = {})
{
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    if (onOutput) {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, onOutput);
    }
    QTimer::singleShot(std::max<qint64>(0, deadlineMs), &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning) {
        loop.exec();
    }
    if (process.state() == QProcess::NotRunning) {
        return true;
    }
    process.kill(); // SIGKILL
    process.waitForFinished(10000);
    return false;
}

struct Finished
{
    int code = -1;
    QByteArray out, err;
};

class CrashLoop
{
public:
    CrashLoop(std::uint64_t seed)
        : m_random(seed)
    {
        m_data = m_dir.path() + "/device";
        m_paths = alwaysRelevantAgencies();
        cliOrThrow({"init", "--data", m_data, "--kdf", "minimum"});
        cliOrThrow({"enrol", "--data", m_data, "--server", QString::fromStdString(m_server.server->url()), "--code",
                    QString::fromStdString(m_server.issueCode("gp"))});
        cliOrThrow({"sync", "--data", m_data}); // the audit's template and assignment
    }

    /** One round: a writer killed at a random moment, then the store checked. Returns the problems found. */
    std::vector<std::string> round(int index)
    {
        QElapsedTimer clock;
        clock.start();
        if (index % 2 == 0) {
            cliRound();
        } else {
            appRound(index);
        }
        writingMs += clock.restart();
        std::vector<std::string> problems = check();
        checkingMs += clock.elapsed();
        return problems;
    }

    /** The outbox at the end: how far the writers' syncs got (delivered, waiting). */
    std::string outboxSummary()
    {
        const maqa::store::OutboxCounts counts = m_reader->outbox().counts();
        return std::to_string(counts.delivered) + " delivered, " + std::to_string(counts.waiting()) + " waiting";
    }

    qint64 writingMs = 0;  //!< time spent in writers until their kill
    qint64 checkingMs = 0; //!< time spent verifying and reading the store back

    int kills = 0;  //!< writers killed mid-write
    int writes = 0; //!< writes acknowledged
    CrashModel model;

private:
    // Agencies questions at the top level without a relevance condition: always answerable, 1,023 answers. Also
    // notes the questions that are always relevant and required.
    QStringList alwaysRelevantAgencies()
    {
        QStringList paths;
        const nlohmann::json templ = generateTemplate({12, 6, 7, kTemplateId}); // as ServerSetup generates it
        for (const nlohmann::json &section : templ["sections"]) {
            for (const nlohmann::json &q : section["questions"]) {
                if (q["type"] == "agencies" && !q.contains("relevant")) {
                    paths << QString::fromStdString(q["name"].get<std::string>());
                }
                if (q.value("required", false) && !q.contains("relevant")) {
                    m_required.push_back(q["name"].get<std::string>());
                }
            }
        }
        if (paths.isEmpty()) {
            throw std::runtime_error("The test template has no always-relevant agencies question to write.");
        }
        return paths;
    }

    Finished cli(const QStringList &args, qint64 deadlineMs = 120000)
    {
        QProcess process;
        process.setProcessEnvironment(writerEnvironment());
        process.start(QStringLiteral(MAQA_BIN_DIR "/maqa-cli"), args);
        const bool ended = runUntil(process, deadlineMs);
        Finished result{ended && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                        process.readAllStandardOutput(), process.readAllStandardError()};
        return result;
    }

    QByteArray cliOrThrow(const QStringList &args)
    {
        const Finished f = cli(args);
        if (f.code != 0) {
            throw std::runtime_error("maqa-cli " + args.join(' ').toStdString() + " failed: " + f.err.toStdString());
        }
        return f.out;
    }

    // maqa-cli, one command after another, until the kill moment lands inside one of them.
    void cliRound()
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 killAt = 10 + qint64(m_random() % 400);
        while (true) {
            CrashWrite write;
            QStringList args;
            if (m_cliDraft.isEmpty() || !model.editable(m_cliDraft)) {
                write.kind = CrashWrite::Kind::New;
                args = {"draft",     "new",    "--data", m_data,    "--template",
                        kTemplateId, "--case", "EH-1",   "--audit", QString::fromStdString(m_server.auditId)};
            } else if (!model.sampled(m_cliDraft)) {
                write = {CrashWrite::Kind::Sample, m_cliDraft};
                args = {"draft", "fill-sample", "--data", m_data, m_cliDraft};
            } else if (const int dice = int(m_random() % 16); dice < 2) {
                write = {CrashWrite::Kind::Submit, m_cliDraft};
                args = {"submit", "--data", m_data, m_cliDraft};
            } else if (dice < 4) {
                write.kind = CrashWrite::Kind::Sync;
                args = {"sync", "--data", m_data};
            } else {
                write = {CrashWrite::Kind::Set, m_cliDraft, m_paths[int(m_random() % m_paths.size())],
                         m_lastMask = 1 + int((m_lastMask + m_random() % 1022) % 1023)};
                args = {"draft",
                        "set",
                        "--data",
                        m_data,
                        write.uuid,
                        write.path,
                        QString::fromStdString(agenciesFor(write.value).dump())};
            }
            const Finished f = cli(args, killAt - clock.elapsed());
            if (f.code == -1) {
                ++kills;
                model.inFlight(write);
                return;
            }
            if (f.code != 0) {
                throw std::runtime_error("maqa-cli " + args.join(' ').toStdString() +
                                         " failed: " + f.err.toStdString());
            }
            if (write.kind == CrashWrite::Kind::New) {
                m_cliDraft = write.uuid = QString::fromUtf8(f.out.trimmed());
            }
            ++writes;
            model.acknowledge(write);
        }
    }

    // The app's write path: it reports TRY/ACK lines; the kill comes at a random moment of its run.
    void appRound(int index)
    {
        QProcess writer;
        writer.setProcessEnvironment(writerEnvironment());
        writer.start(QStringLiteral(MAQA_TEST_BIN_DIR "/maqa_crash_writer"),
                     {"--data", m_data, "--template", kTemplateId, "--audit", QString::fromStdString(m_server.auditId),
                      "--case", "EH-2", "--paths", m_paths.join(','), "--seed", QString::number(m_random() + index)});
        QByteArray buffer;
        std::optional<CrashWrite> tried;
        std::string error;
        auto read = [&] {
            buffer += writer.readAllStandardOutput();
            for (qsizetype end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
                const QString line = QString::fromUtf8(buffer.left(end));
                buffer.remove(0, end + 1);
                const std::optional<CrashWrite> write = CrashWrite::parse(line.mid(4));
                if (line.startsWith("TRY ")) {
                    tried = write;
                } else if (line.startsWith("ACK ") && write) {
                    ++writes;
                    model.acknowledge(*write);
                    tried.reset();
                } else if (line.startsWith("ERROR ")) {
                    error = line.toStdString();
                }
            }
        };
        const bool ended = runUntil(writer, 50 + qint64(m_random() % 550), read);
        read(); // a partial last line is a write that was not acknowledged
        if (ended || !error.empty()) {
            throw std::runtime_error("The app's writer stopped by itself: " + error +
                                     writer.readAllStandardError().toStdString());
        }
        if (tried) {
            ++kills;
            model.inFlight(*tried);
        }
    }

    // What the store holds, in the shapes of `maqa-cli outbox` and `draft show`, read in this process through a
    // connection kept open across the kills (SQLite recovers a killed writer's WAL for it, as for any reader): one
    // unlock for the whole loop keeps 200 rounds within CI's budget, while maqa-cli verify opens afresh each round.
    // "complete" means every question that is always relevant and required has an answer, as the sample leaves it.
    std::pair<nlohmann::json, std::map<QString, nlohmann::json>> readBack(const std::vector<QString> &drafts)
    {
        if (!m_reader) {
            m_reader = maqa::store::Store::open(m_data.toStdString(), kPassphrase);
        }
        maqa::store::Store *store = m_reader.get();
        nlohmann::json items = nlohmann::json::array();
        for (const maqa::store::OutboxItem &item : store->outbox().all()) {
            items.push_back({{"uuid", item.key.uuid}, {"state", maqa::store::toString(item.state)}});
        }
        std::map<QString, nlohmann::json> shown;
        for (const QString &uuid : drafts) {
            const std::optional<maqa::store::ReturnRecord> record = store->returns().latest(uuid.toStdString());
            if (!record) {
                shown[uuid] = {{"answers", nlohmann::json::object()}, {"complete", false}, {"status", "missing"}};
                continue;
            }
            nlohmann::json answers = nlohmann::json::object();
            for (const maqa::store::AnswerRow &row : store->returns().answers(record->key)) {
                answers[row.path] = nlohmann::json::parse(row.value);
            }
            const bool complete = std::all_of(m_required.begin(), m_required.end(),
                                              [&](const std::string &path) { return answers.contains(path); });
            shown[uuid] = {{"answers", answers},
                           {"complete", complete},
                           {"status", record->status == maqa::store::ReturnStatus::Draft ? "draft" : "submitted"}};
        }
        return {{{"items", items}}, shown};
    }

    std::vector<std::string> check()
    {
        QProcess verify; // beside the reading below: both only read
        verify.setProcessEnvironment(writerEnvironment());
        verify.start(QStringLiteral(MAQA_BIN_DIR "/maqa-cli"), {"verify", "--data", m_data});
        const std::vector<QString> drafts = model.touched();
        const auto [outbox, shown] = readBack(drafts);
        std::vector<std::string> problems;
        if (!runUntil(verify, 120000) || verify.exitStatus() != QProcess::NormalExit || verify.exitCode() != 0) {
            problems.push_back("maqa-cli verify failed: " + verify.readAllStandardError().toStdString());
        }
        for (const std::string &problem : model.checkOutbox(outbox)) {
            problems.push_back(problem);
        }
        for (const QString &uuid : drafts) {
            for (const std::string &problem : model.checkDraft(uuid, shown.at(uuid))) {
                problems.push_back(problem);
            }
        }
        model.settle();
        return problems;
    }

    std::mt19937_64 m_random;
    ServerSetup m_server;
    QTemporaryDir m_dir;
    QString m_data;
    QStringList m_paths;
    QString m_cliDraft;
    std::vector<std::string> m_required;          //!< always relevant and required: the sample filling answers them
    std::unique_ptr<maqa::store::Store> m_reader; //!< the harness's own connection, for reading back
    int m_lastMask = 0;                           //!< each write differs from the one before, so a lost one shows
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool ok = !args.isEmpty();
    const int rounds = ok ? args[0].toInt(&ok) : 0;
    std::uint64_t seed = std::random_device{}();
    if (args.size() == 3 && args[1] == "--seed") {
        seed = args[2].toULongLong(&ok);
    } else if (args.size() != 1) {
        ok = false;
    }
    if (!ok || rounds <= 0) {
        std::fprintf(stderr, "usage: maqa_crash_loop ROUNDS [--seed N]\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("MAQA_TEST_BACKEND")) {
        qputenv("MAQA_TEST_BACKEND", "sqlite");
    }
    std::printf("crash-loop: %d rounds, seed %llu\n", rounds, static_cast<unsigned long long>(seed));
    std::fflush(stdout);
    try {
        QElapsedTimer clock;
        clock.start();
        CrashLoop loop(seed);
        int failures = 0;
        for (int i = 0; i < rounds; ++i) {
            for (const std::string &problem : loop.round(i)) {
                std::printf("LOST round %d: %s\n", i, problem.c_str());
                ++failures;
            }
        }
        std::printf("crash-loop: %d rounds in %lld ms (writing %lld ms, checking %lld ms), %d kills mid-write, %d "
                    "acknowledged writes, %d problems (seed %llu)\n",
                    rounds, static_cast<long long>(clock.elapsed()), static_cast<long long>(loop.writingMs),
                    static_cast<long long>(loop.checkingMs), loop.kills, loop.writes, failures,
                    static_cast<unsigned long long>(seed));
        std::printf("crash-loop: outbox at the end: %s\n", loop.outboxSummary().c_str());
        std::printf(failures == 0 ? "OK nothing was lost and every store verified\n" : "FAIL\n");
        return failures == 0 ? 0 : 1;
    } catch (const std::exception &e) {
        std::printf("FAIL %s (seed %llu)\n", e.what(), static_cast<unsigned long long>(seed));
        return 1;
    }
}
