// The sync tests' shared setup (see SyncTestSupport.h). The server is prepared only through its admin CLI, as an
// office would; the template is a real one from the generator, so the device's template engine accepts it.
#include "SyncTestSupport.h"

#include "TemplateGenerator.h"

#include "core/crypto/Sodium.h"
#include "store/repos/ReturnRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <stdexcept>

namespace maqa::test {

ServerSetup::ServerSetup(const QStringList &serveArgs)
{
    officeToken = admin({"init"});
    QTemporaryDir dir;
    QFile file(dir.path() + "/early-help.json");
    const std::string text = generateTemplateText({12, 6, 7, kTemplateId});
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        throw std::runtime_error("Cannot write the test template.");
    }
    file.close();
    admin({"template", file.fileName()});
    officeKeys = core::envelope::BoxKeyPair::generate();
    admin({"office-key", "--public-key", QString::fromStdString(core::toBase64(officeKeys.publicKey))});
    auditId = createAudit("gp,police");
    restart(serveArgs);
}

std::string ServerSetup::admin(const QStringList &args)
{
    const QStringList all = QStringList{"admin", args.value(0)} + db.storeArgs() + args.mid(1);
    const CliResult result = runServerCommand(all);
    if (result.exitCode != 0) {
        throw std::runtime_error("maqa-server " + all.join(' ').toStdString() + " failed: " + result.err.toStdString());
    }
    return result.out.trimmed().toStdString();
}

std::string ServerSetup::issueCode(const std::string &agency)
{
    return admin({"enrol-code", "--agency", QString::fromStdString(agency)});
}

std::string ServerSetup::createAudit(const std::string &agencies, const std::string &cases)
{
    return admin({"audit", "--title", "Early Help, autumn", "--template", kTemplateId, "--cases",
                  QString::fromStdString(cases), "--agencies", QString::fromStdString(agencies), "--due",
                  "2026-12-31"});
}

nlohmann::json ServerSetup::returns()
{
    return nlohmann::json::parse(admin({"returns"}));
}

void ServerSetup::restart(const QStringList &serveArgs)
{
    m_office.reset();
    server.reset();
    server = std::make_unique<ServerProcess>(db, serveArgs);
    m_office = std::make_unique<Api>(server->url());
}

DeviceStore::DeviceStore()
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("Cannot create a temporary directory.");
    }
    store::StoreOptions options;
    options.kdf = core::KdfParams::minimum();
    m_store = store::Store::create(dir().toStdString(), kPassphrase, options);
}

store::Store &DeviceStore::open()
{
    if (!m_store) {
        store::StoreOptions options;
        options.kdf = core::KdfParams::minimum();
        m_store = store::Store::open(dir().toStdString(), kPassphrase, options);
    }
    return *m_store;
}

void DeviceStore::close()
{
    m_store.reset();
}

store::ReturnKey DeviceStore::submit(const std::string &auditId, const std::string &caseCode,
                                     const nlohmann::json &answers)
{
    const store::ReturnRecord draft =
        store().returns().create({"audit", kTemplateId, 1, auditId, caseCode, std::nullopt});
    store().returns().submit(draft.key, answers.dump());
    return draft.key;
}

CliRun runCli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MAQA_PASSPHRASE", kPassphrase);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MAQA_BIN_DIR "/maqa-cli"), args);
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        throw std::runtime_error("maqa-cli " + args.join(' ').toStdString() + " did not finish.");
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // Not QTest::qWaitFor: it sleeps 10 ms between rounds of events, which would add that to every request.
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(2);
    if (!done()) {
        loop.exec();
    }
    return done();
}

client::SyncOptions fastOptions()
{
    client::SyncOptions options;
    options.backoff.base = std::chrono::milliseconds(20);
    options.backoff.cap = std::chrono::milliseconds(300);
    options.backoff.maxRetryAfter = std::chrono::milliseconds(10000);
    options.requestTimeout = std::chrono::milliseconds(15000);
    options.pollInterval = std::chrono::milliseconds(0);
    options.outboxSettle = std::chrono::milliseconds(20);
    options.watchNetwork = false;
    return options;
}

std::pair<bool, QString> enrolEngine(client::SyncEngine &engine, const QString &url, const std::string &code)
{
    std::optional<std::pair<bool, QString>> result;
    const QMetaObject::Connection connection =
        QObject::connect(&engine, &client::SyncEngine::enrolmentFinished,
                         [&](bool ok, const QString &message) { result = std::make_pair(ok, message); });
    engine.enrol(url, QString::fromStdString(code), QStringLiteral("Test tablet"));
    waitUntil([&] { return result.has_value(); });
    QObject::disconnect(connection);
    if (!result) {
        throw std::runtime_error("The enrolment did not finish.");
    }
    return *result;
}

bool syncUntilSettled(client::SyncEngine &engine, int timeoutMs)
{
    bool settled = false;
    const QMetaObject::Connection connection =
        QObject::connect(&engine, &client::SyncEngine::passFinished, [&] { settled = settled || !engine.isBusy(); });
    engine.syncNow();
    const bool done = waitUntil([&] { return settled; }, timeoutMs);
    QObject::disconnect(connection);
    return done;
}

} // namespace maqa::test
