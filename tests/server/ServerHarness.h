// What every server test needs: a fresh database on the backend under test (SQLite directory or a new database in
// the fixture's PostgreSQL cluster), the real maqa-server binary as a subprocess, and an HTTP client.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace maqa::test {

/** "sqlite" or "postgresql": which backend this run tests (MAQA_TEST_BACKEND, set by CTest). */
QString backend();

/** A database of its own for one test: a temporary data directory, or a new PostgreSQL database. */
class TestDatabase
{
public:
    /** Creates it; throws std::runtime_error (failing the test) when the backend is not available. */
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /** `--data DIR` or `--db URL` for maqa-server. */
    QStringList storeArgs() const;
    /** Runs one SQL statement directly on the database; returns the driver's error text ("" on success). */
    QString exec(const QString &sql);
    /** The single integer a SELECT returns. */
    qint64 scalar(const QString &sql);
    /** Every file that holds this database's bytes (SQLite files, or the whole PostgreSQL cluster). */
    QStringList filesOnDisk();

private:
    QSqlDatabase connection();

    QTemporaryDir m_dir;
    QString m_url;
    QString m_databaseName;
    QString m_connectionName;
};

/** The result of running maqa-server to completion. */
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs `maqa-server args...` in @p environment and waits for it. */
CliResult runServerCommand(const QStringList &args,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/** A running `maqa-server serve`, on a free loopback port unless the extra arguments give --listen. */
class ServerProcess
{
public:
    /** Starts serving @p db with @p extraArgs; throws std::runtime_error when it does not come up. */
    ServerProcess(const TestDatabase &db, const QStringList &extraArgs = {});
    ~ServerProcess();
    /** The base URL it printed, e.g. "http://127.0.0.1:41234". */
    const std::string &url() const { return m_url; }
    /** Its port. */
    int port() const;
    /** Its process id (to pause it with SIGSTOP, as a busy machine would). */
    qint64 pid() const { return m_process.processId(); }
    /** Stops it with SIGTERM; returns its exit code. */
    int stop();
    /** What it wrote on stderr so far. */
    QByteArray errorOutput();

private:
    QProcess m_process;
    std::string m_url;
    QByteArray m_stderr;
};

/** An HTTP answer. */
struct Reply
{
    int status = 0; //!< 0 when no answer arrived
    std::string body;
    httplib::Headers headers;
    /** The body as JSON (throws when it is not). */
    nlohmann::json json() const { return nlohmann::json::parse(body); }
    /** The error body's "error" code, or "" when there is none. */
    std::string errorCode() const;
};

/** A small client for the API (plain HTTP on loopback). */
class Api
{
public:
    explicit Api(const std::string &url);
    /** GET @p path with an optional bearer token. */
    Reply get(const std::string &path, const std::string &token = {});
    /** PUT @p body. */
    Reply put(const std::string &path, const std::string &body, const std::string &token = {},
              const std::string &contentType = "application/json");
    /** POST @p body. */
    Reply post(const std::string &path, const std::string &body, const std::string &token = {},
               const std::string &contentType = "application/json");

private:
    Reply send(const std::string &method, const std::string &path, const std::string &body, const std::string &token,
               const std::string &contentType);
    httplib::Client m_client;
};

/** A path for a return: /api/v1/returns/{uuid}/{revision}. */
std::string returnPath(const std::string &uuid, std::int64_t revision);

} // namespace maqa::test
