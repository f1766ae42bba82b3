// What the office-sync tests share: a fresh maqa-server database (SQLite or PostgreSQL) initialised by its admin CLI
// and served on loopback, SQL run on it from a separate process, and maqa-cli runs with chosen passphrases.
#pragma once

#include "ServerHarness.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace maqa::test {

/** The passphrase of every store the tests make. */
inline constexpr const char *kOfficePassphrase = "correct horse battery staple 42";

/** A server as a partnership starts it: `admin init` (the office token), then `serve` on a free loopback port. */
class OfficeServer
{
public:
    OfficeServer();
    /** The base URL, e.g. "http://127.0.0.1:41234". */
    QString url() const { return QString::fromStdString(m_server->url()); }
    /** The office token `admin init` printed. */
    const std::string &token() const { return m_token; }
    /** Runs one SQL statement on the server's database in a separate process (one SQLite per test process). */
    void sql(const QString &statement);
    /** The server's HTTP API. */
    Api &api() { return *m_api; }
    /** Stops the server (requests then get no answer). */
    void stop() { m_server->stop(); }

    TestDatabase db;

private:
    std::string m_token;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Api> m_api;
};

/** The result of one maqa-cli run. */
struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    /** stdout as JSON (throws when it is not). */
    nlohmann::json json() const { return nlohmann::json::parse(out.toStdString()); }
};

/** Runs `maqa-cli args...` with MAQA_PASSPHRASE set and @p extra variables added. */
Cli cli(const QStringList &args, const QProcessEnvironment &extra = {});

/** A BLOB literal of @p bytes for the backend under test: X'..' (SQLite) or decode('..', 'hex') (PostgreSQL). */
QString blobLiteral(const std::string &bytes);

} // namespace maqa::test
