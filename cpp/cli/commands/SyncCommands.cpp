// `maqa-cli enrol` and `maqa-cli sync`: the sync engine (sync/client) run headless over a store, until the
// enrolment answers or until the outbox is empty and the pulls are done. Exit 0 only when everything went through.
#include "Args.h"
#include "Command.h"
#include "Passphrase.h"

#include "client/SyncEngine.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSysInfo>

#include <nlohmann/json.hpp>

#include <ostream>

using maqa::core::Error;
using maqa::core::ErrorKind;
using nlohmann::json;

namespace maqa::cli {
namespace {

std::unique_ptr<store::Store> openStore(const std::string &dir)
{
    std::string passphrase = readStorePassphrase();
    auto store = store::Store::open(dir, passphrase);
    core::wipeString(passphrase);
    return store;
}

int enrol(CommandContext &ctx)
{
    const std::string dir = ctx.args.required("data");
    const QString server = QString::fromStdString(ctx.args.required("server"));
    const QString code = QString::fromStdString(ctx.args.required("code"));
    const QString ca = QString::fromStdString(ctx.args.option("ca").value_or(""));
    const QString name = QString::fromStdString(
        ctx.args.option("name").value_or("maqa-cli on " + QSysInfo::machineHostName().toStdString()));
    auto store = openStore(dir);
    client::SyncEngine engine;
    engine.attach(store.get());
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&engine, &client::SyncEngine::enrolmentFinished, &loop, [&](bool success, const QString &text) {
        ok = success;
        message = text;
        loop.quit();
    });
    engine.enrol(server, code, name, ca);
    loop.exec();
    engine.detach();
    if (!ok) {
        throw Error(ErrorKind::Refused, message.toStdString());
    }
    ctx.err << message.toStdString() << "\n";
    return ExitOk;
}

std::string plural(int n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Why items still wait: the upload's own failure, else whatever kept the pass from reaching the upload.
std::string waitingReason(const client::SyncEngine &engine)
{
    for (client::TaskKind kind : {client::TaskKind::Upload, client::TaskKind::Seal, client::TaskKind::Config}) {
        if (const QString error = engine.lastErrorOf(kind); !error.isEmpty()) {
            return error.toStdString();
        }
    }
    if (!engine.lastError().isEmpty()) {
        return engine.lastError().toStdString();
    }
    return engine.state() == client::SyncEngine::State::WaitingForNetwork ? "this device has no network"
                                                                          : "their next try is not due yet";
}

int sync(CommandContext &ctx)
{
    const std::string dir = ctx.args.required("data");
    const std::string retryText = ctx.args.option("retry-for").value_or("0");
    if (retryText.empty() || retryText.size() > 6 || retryText.find_first_not_of("0123456789") != std::string::npos) {
        throw Error(ErrorKind::Invalid, "--retry-for takes a number of seconds.");
    }
    const QDeadlineTimer deadline(std::stoll(retryText) * 1000);
    auto store = openStore(dir);
    if (ctx.args.flag("retry-failed")) {
        for (const store::OutboxItem &item : store->outbox().all()) {
            if (item.state == store::OutboxState::Failed) {
                store->outbox().retry(item.key);
            }
        }
    }
    client::SyncEngine engine;
    engine.attach(store.get());
    if (!engine.enrolled()) {
        const std::string why =
            engine.lastError().isEmpty() ? "run maqa-cli enrol first" : engine.lastError().toStdString();
        throw Error(ErrorKind::Refused, "This device is not enrolled (" + why + "); " +
                                            plural(engine.waitingCount(), "return waits", "returns wait") +
                                            " in the outbox.");
    }
    QEventLoop loop;
    QObject::connect(&engine, &client::SyncEngine::wiped, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &client::SyncEngine::passFinished, &loop, [&] {
        const QDateTime next = engine.nextAttempt();
        const bool retryInTime = engine.isBusy() && next.isValid() &&
                                 QDateTime::currentDateTimeUtc().msecsTo(next) <= deadline.remainingTime();
        if (!retryInTime || engine.state() == client::SyncEngine::State::Wiped) {
            loop.quit();
        }
    });
    engine.syncNow();
    loop.exec();

    if (engine.state() == client::SyncEngine::State::Wiped) {
        engine.detach();
        throw Error(ErrorKind::Wiped, engine.statusText().toStdString());
    }
    const int waiting = engine.waitingCount();
    const int failed = engine.failedCount();
    ctx.out << json{{"delivered", engine.deliveredCount()},
                    {"waiting", waiting},
                    {"failed", failed},
                    {"last_error", engine.lastError().toStdString()}}
                   .dump(2)
            << "\n";
    std::string refusedReason;
    if (failed > 0) {
        for (const store::OutboxItem &item : store->outbox().all()) {
            if (item.state == store::OutboxState::Failed) {
                refusedReason = item.lastError.value_or("");
                break;
            }
        }
    }
    const std::string reason = waitingReason(engine);
    const QString lastError = engine.lastError();
    engine.detach();
    if (waiting > 0) {
        throw Error(ErrorKind::Io, plural(waiting, "return is", "returns are") + " waiting: " + reason);
    }
    if (failed > 0) {
        throw Error(ErrorKind::Refused,
                    plural(failed, "return was", "returns were") + " refused by the server: " + refusedReason);
    }
    if (!lastError.isEmpty()) {
        throw Error(ErrorKind::Refused, lastError.toStdString());
    }
    ctx.err << "Everything is delivered; templates, assignments and reviews are up to date.\n";
    return ExitOk;
}

const bool registered =
    registerCommand({"enrol",
                     "--data DIR --server URL --code CODE [--ca FILE] [--name DEVICE_NAME]",
                     "Enrol the store in DIR with a Maqa server using the office's one-time code.",
                     {"data", "server", "code", "ca", "name"},
                     {},
                     enrol}) &&
    registerCommand({"sync",
                     "--data DIR [--retry-for SECONDS] [--retry-failed]",
                     "Send the outbox and pull templates, assignments and reviews; exit 0 when all is delivered.",
                     {"data", "retry-for"},
                     {"retry-failed"},
                     sync});

} // namespace
} // namespace maqa::cli
