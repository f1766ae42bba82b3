// What the sync tests share: a real maqa-server set up by its admin CLI (office key, a real template, an audit),
// a real encrypted device store with submitted returns, maqa-cli runs, and waiting on the engine.
#pragma once

#include "ServerHarness.h"

#include "client/SyncEngine.h"
#include "core/crypto/Envelope.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <string>

namespace maqa::test {

inline constexpr const char *kTemplateId = "early-help";
inline constexpr const char *kPassphrase = "correct horse battery staple 42";

/** A server set up the way an office would: init, office key, template, one audit for gp and police. */
class ServerSetup
{
public:
    /** Sets it all up on a fresh database of the backend under test; @p serveArgs go to `serve`. */
    explicit ServerSetup(const QStringList &serveArgs = {"--auth-failure-limit", "100000"});

    /** Runs `maqa-server admin <args> <store args>`; throws with its stderr when it fails; returns stdout trimmed. */
    std::string admin(const QStringList &args);
    /** A fresh enrolment code for @p agency. */
    std::string issueCode(const std::string &agency);
    /** Creates another audit (through the admin CLI) and returns its id. */
    std::string createAudit(const std::string &agencies, const std::string &cases = "EH-1,EH-2,EH-3");
    /** `admin returns`: the metadata of every stored return. */
    nlohmann::json returns();
    /** The office's HTTP API on the running server. */
    Api &office() { return *m_office; }
    /** Stops the server and starts it again on the same database (it gets a new port). */
    void restart(const QStringList &serveArgs = {"--auth-failure-limit", "100000"});

    TestDatabase db;
    std::unique_ptr<ServerProcess> server;
    std::string officeToken;
    core::envelope::BoxKeyPair officeKeys;
    std::string auditId;

private:
    std::unique_ptr<Api> m_office;
};

/** A device's encrypted store in a temporary directory, created with the minimum (test) Argon2id profile. */
class DeviceStore
{
public:
    DeviceStore();
    /** The data directory. */
    QString dir() const { return m_dir.path() + "/device"; }
    /** Opens the store (it must be closed with close() before maqa-cli uses it). */
    store::Store &open();
    /** Locks and releases the store. */
    void close();
    /** The open store. */
    store::Store &store() { return *m_store; }
    /** Creates a draft for @p caseCode in @p auditId and submits it with @p answers; returns its key. */
    store::ReturnKey submit(const std::string &auditId, const std::string &caseCode, const nlohmann::json &answers);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
};

/** The result of a maqa-cli run. */
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs `maqa-cli args...` with MAQA_PASSPHRASE set. */
CliRun runCli(const QStringList &args);

/** Spins the event loop until @p done() or @p timeoutMs pass; true when done. */
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000);

/** Engine options for tests: fast backoff, no network backend (the server is on loopback). */
client::SyncOptions fastOptions();

/** Enrols @p engine (attached) with @p url and @p code; returns the engine's message, and whether it succeeded. */
std::pair<bool, QString> enrolEngine(client::SyncEngine &engine, const QString &url, const std::string &code);

/** Runs syncNow() and waits until the engine's pass ends with no retry pending (or @p timeoutMs). */
bool syncUntilSettled(client::SyncEngine &engine, int timeoutMs = 120000);

} // namespace maqa::test
