// The office-sync tests' shared set-up (see OfficeSyncSupport.h). Everything is real: the maqa-server and maqa-cli
// binaries, the backend's database, loopback HTTP. Failures throw, and QtTest reports them.
#include "OfficeSyncSupport.h"

#include "core/crypto/Sodium.h"

#include <QProcess>

#include <stdexcept>

namespace maqa::test {

OfficeServer::OfficeServer()
{
    const CliResult init = runServerCommand(QStringList{"admin", "init"} + db.storeArgs());
    if (init.exitCode != 0) {
        throw std::runtime_error("maqa-server admin init failed: " + init.err.toStdString());
    }
    m_token = init.out.trimmed().toStdString();
    m_server = std::make_unique<ServerProcess>(db, QStringList{"--auth-failure-limit", "100000"});
    m_api = std::make_unique<Api>(m_server->url());
}

void OfficeServer::sql(const QString &statement)
{
    QProcess process;
    process.start(QStringLiteral(MAQA_OFFICE_SYNC_TEST_BIN_DIR "/maqa_sync_server_sql"),
                  db.storeArgs() + QStringList{statement});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        throw std::runtime_error("SQL on the server's database failed: " +
                                 process.readAllStandardError().toStdString());
    }
}

Cli cli(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MAQA_PASSPHRASE", kOfficePassphrase);
    for (const QString &key : extra.keys()) {
        env.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MAQA_OFFICE_SYNC_BIN_DIR "/maqa-cli"), args);
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        throw std::runtime_error("maqa-cli " + args.join(' ').toStdString() + " did not finish.");
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString blobLiteral(const std::string &bytes)
{
    const QString hex = QString::fromStdString(core::toHex(core::Bytes(bytes.begin(), bytes.end())));
    return backend() == "postgresql" ? QStringLiteral("decode('%1', 'hex')").arg(hex)
                                     : QStringLiteral("X'%1'").arg(hex);
}

} // namespace maqa::test
