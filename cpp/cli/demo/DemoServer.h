// The demonstration's server: a real maqa-server process with its embedded SQLite database under the demo's
// directory, on a free loopback port. It is stopped when the demonstration ends unless the user asks to keep it.
#pragma once

#include <QProcess>
#include <QString>

#include <memory>
#include <string>

namespace maqa::cli::demo {

/** A maqa-server started for the demonstration. */
class DemoServer
{
public:
    /**
     * Creates a server database in @p dataDir (maqa-server admin init) and serves it on loopback. With @p keep the
     * process is detached (its output goes to <dataDir>/server.log) and outlives maqa-cli. Throws Error(NotFound)
     * when maqa-server cannot be found, Error(Refused) with its message when it does not start.
     */
    DemoServer(const QString &dataDir, bool keep);
    ~DemoServer();
    DemoServer(const DemoServer &) = delete;
    DemoServer &operator=(const DemoServer &) = delete;

    /** The base URL, e.g. "http://127.0.0.1:41234". */
    const QString &url() const { return m_url; }
    /** The office token `admin init` printed; it is kept only in the office's store. */
    const std::string &officeToken() const { return m_token; }
    /** The server's process id. */
    qint64 pid() const { return m_pid; }
    /** True when the server is left running after maqa-cli ends. */
    bool kept() const { return m_keep; }
    /** Stops a server that is not kept (SIGTERM, then waits). */
    void stop();

    /** The maqa-server beside maqa-cli, else on PATH; throws Error(NotFound). */
    static QString program();

private:
    void startAttached(const QString &dataDir);
    void startDetached(const QString &dataDir);
    void waitUntilHealthy();

    QProcess m_process;
    QString m_url;
    std::string m_token;
    qint64 m_pid = 0;
    bool m_keep = false;
};

} // namespace maqa::cli::demo
