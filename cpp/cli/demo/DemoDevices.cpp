// The demonstration's devices (see DemoDevices.h). Engines run side by side in one event loop, as ten tablets would
// against one server; none polls on a timer, so each sync is one explicit pass.
#include "demo/DemoDevices.h"

#include "core/domain/Agencies.h"
#include "core/util/Error.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace maqa::cli::demo {

using core::Error;
using core::ErrorKind;

namespace {

client::SyncOptions demoSyncOptions()
{
    client::SyncOptions options;
    options.pollInterval = std::chrono::milliseconds(0);
    options.outboxSettle = std::chrono::milliseconds(20);
    options.watchNetwork = false; // the server is on this machine
    return options;
}

} // namespace

DemoDevice::DemoDevice(const QString &dir, std::string agency, const std::string &passphrase)
    : m_agency(std::move(agency))
{
    store::StoreOptions options;
    options.kdf = core::KdfParams::minimum();
    m_store = store::Store::create(dir.toStdString(), passphrase, options);
    m_engine = std::make_unique<client::SyncEngine>(demoSyncOptions());
    m_engine->attach(m_store.get());
}

DemoDevice::~DemoDevice()
{
    m_engine->detach();
}

void DemoDevice::enrol(const QString &serverUrl, const std::string &code, const QString &deviceName)
{
    std::optional<std::pair<bool, QString>> result;
    QEventLoop loop;
    const QMetaObject::Connection connection = QObject::connect(m_engine.get(), &client::SyncEngine::enrolmentFinished,
                                                                &loop, [&](bool ok, const QString &message) {
                                                                    result = std::make_pair(ok, message);
                                                                    loop.quit();
                                                                });
    m_engine->enrol(serverUrl, QString::fromStdString(code), deviceName);
    if (!result) {
        loop.exec();
    }
    QObject::disconnect(connection);
    if (!result->first) {
        throw Error(ErrorKind::Refused, std::string(core::agencyName(m_agency)) +
                                            "'s device could not enrol: " + result->second.toStdString());
    }
}

void syncAll(const std::vector<DemoDevice *> &devices)
{
    QEventLoop loop;
    std::vector<bool> settled(devices.size(), false);
    std::vector<QMetaObject::Connection> connections;
    const auto check = [&] {
        if (std::all_of(settled.begin(), settled.end(), [](bool s) { return s; })) {
            loop.quit();
        }
    };
    for (std::size_t i = 0; i < devices.size(); ++i) {
        client::SyncEngine *engine = &devices[i]->engine();
        connections.push_back(QObject::connect(engine, &client::SyncEngine::passFinished, &loop, [&, i, engine] {
            settled[i] = settled[i] || !engine->isBusy() || engine->state() == client::SyncEngine::State::Error;
            check();
        }));
    }
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(120000);
    for (DemoDevice *device : devices) {
        device->engine().syncNow();
    }
    loop.exec();
    for (const QMetaObject::Connection &c : connections) {
        QObject::disconnect(c);
    }
    for (DemoDevice *device : devices) {
        client::SyncEngine &engine = device->engine();
        if (engine.waitingCount() > 0 || engine.failedCount() > 0 || !engine.lastError().isEmpty()) {
            throw Error(ErrorKind::Refused,
                        std::string(core::agencyName(device->agency())) + "'s device did not finish its sync: " +
                            (engine.lastError().isEmpty() ? engine.statusText() : engine.lastError()).toStdString());
        }
    }
}

} // namespace maqa::cli::demo
