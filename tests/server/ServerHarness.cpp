// The server tests' harness (see ServerHarness.h). Everything is real: the maqa-server binary, its database on the
// backend under test, HTTP over loopback, libsodium sealing. Failures throw, and QtTest reports them.
#include "ServerHarness.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <stdexcept>

namespace maqa::test {

namespace {

QString fixtureFile(const QString &name)
{
    const QByteArray dir = qgetenv("MAQA_PG_FIXTURE_DIR");
    if (dir.isEmpty()) {
        throw std::runtime_error("MAQA_PG_FIXTURE_DIR is not set: run the PostgreSQL tests through CTest, which "
                                 "starts the fixture cluster.");
    }
    QFile file(QString::fromLocal8Bit(dir) + "/" + name);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("The PostgreSQL fixture is not running (" + file.fileName().toStdString() +
                                 " is missing); the PostgreSQL run of the server tests cannot go on without it.");
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QSqlDatabase openPostgres(const QString &name, const QUrl &url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    if (!db.open()) {
        const std::string reason = db.lastError().text().toStdString();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw std::runtime_error("Cannot connect to the PostgreSQL fixture: " + reason);
    }
    return db;
}

void adminExec(const QString &sql)
{
    const QString name = "maqa-test-admin-" + QString::fromStdString(core::newUuid());
    {
        QSqlDatabase db = openPostgres(name, QUrl(fixtureFile("url")));
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            throw std::runtime_error("PostgreSQL refused \"" + sql.toStdString() +
                                     "\": " + query.lastError().text().toStdString());
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString backend()
{
    const QByteArray value = qgetenv("MAQA_TEST_BACKEND");
    return value == "postgresql" ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

TestDatabase::TestDatabase()
    : m_connectionName("maqa-test-" + QString::fromStdString(core::newUuid()))
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("Cannot create a temporary directory.");
    }
    if (backend() == "postgresql") {
        m_databaseName = "maqa_t_" + QString::fromStdString(core::toHex(core::randomBytes(6)));
        adminExec("CREATE DATABASE " + m_databaseName);
        QUrl url(fixtureFile("url"));
        url.setPath("/" + m_databaseName);
        m_url = url.toString();
    }
}

TestDatabase::~TestDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!m_databaseName.isEmpty()) {
        try {
            adminExec("DROP DATABASE IF EXISTS " + m_databaseName + " WITH (FORCE)");
        } catch (const std::exception &e) {
            qWarning("%s", e.what()); // the whole cluster is deleted when the fixture stops
        }
    }
}

QStringList TestDatabase::storeArgs() const
{
    if (m_url.isEmpty()) {
        return {"--data", m_dir.path() + "/data"};
    }
    return {"--db", m_url};
}

QSqlDatabase TestDatabase::connection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        return QSqlDatabase::database(m_connectionName);
    }
    if (m_url.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", m_connectionName);
        db.setDatabaseName(m_dir.path() + "/data/maqa-server.db");
        db.setConnectOptions("QSQLITE_BUSY_TIMEOUT=10000");
        if (!db.open()) {
            throw std::runtime_error("Cannot open the server's SQLite file.");
        }
        return db;
    }
    return openPostgres(m_connectionName, QUrl(m_url));
}

QString TestDatabase::exec(const QString &sql)
{
    QSqlQuery query(connection());
    return query.exec(sql) ? QString() : query.lastError().text();
}

qint64 TestDatabase::scalar(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql) || !query.next()) {
        throw std::runtime_error("Query failed: " + sql.toStdString() + ": " + query.lastError().text().toStdString());
    }
    return query.value(0).toLongLong();
}

QStringList TestDatabase::filesOnDisk()
{
    QString root = m_dir.path() + "/data";
    if (!m_url.isEmpty()) {
        if (const QString error = exec("CHECKPOINT"); !error.isEmpty()) { // data pages out of shared memory too
            throw std::runtime_error("CHECKPOINT failed: " + error.toStdString());
        }
        root = fixtureFile("cluster");
    }
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}

CliResult runServerCommand(const QStringList &args, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MAQA_BIN_DIR "/maqa-server"), args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        throw std::runtime_error("maqa-server " + args.join(' ').toStdString() + " did not finish.");
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

ServerProcess::ServerProcess(const TestDatabase &db, const QStringList &extraArgs)
{
    const QStringList listen = extraArgs.contains("--listen") ? QStringList() : QStringList{"--listen", "127.0.0.1:0"};
    m_process.start(QStringLiteral(MAQA_BIN_DIR "/maqa-server"),
                    QStringList{"serve"} + db.storeArgs() + listen + extraArgs);
    QByteArray out;
    while (!out.contains('\n')) {
        if (!m_process.waitForReadyRead(60000)) {
            m_process.kill();
            m_process.waitForFinished();
            throw std::runtime_error("maqa-server serve did not start: " +
                                     m_process.readAllStandardError().toStdString());
        }
        out += m_process.readAllStandardOutput();
    }
    const int at = out.indexOf("listening on ");
    if (at < 0) {
        throw std::runtime_error("maqa-server serve printed " + out.toStdString());
    }
    m_url = out.mid(at + 13).trimmed().toStdString();
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        stop();
    }
}

int ServerProcess::port() const
{
    return QUrl(QString::fromStdString(m_url)).port();
}

int ServerProcess::stop()
{
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QByteArray ServerProcess::errorOutput()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

std::string Reply::errorCode() const
{
    const nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    return parsed.is_object() && parsed.contains("error") && parsed["error"].is_string()
               ? parsed["error"].get<std::string>()
               : std::string();
}

Api::Api(const std::string &url)
    : m_client(url)
{
    m_client.set_connection_timeout(10);
    m_client.set_read_timeout(60);
    m_client.set_write_timeout(60);
}

Reply Api::send(const std::string &method, const std::string &path, const std::string &body, const std::string &token,
                const std::string &contentType)
{
    httplib::Headers headers;
    if (!token.empty()) {
        headers.emplace("Authorization", "Bearer " + token);
    }
    httplib::Result result = method == "GET"   ? m_client.Get(path, headers)
                             : method == "PUT" ? m_client.Put(path, headers, body, contentType)
                                               : m_client.Post(path, headers, body, contentType);
    Reply reply;
    if (result) {
        reply.status = result->status;
        reply.body = result->body;
        reply.headers = result->headers;
    }
    return reply;
}

Reply Api::get(const std::string &path, const std::string &token)
{
    return send("GET", path, {}, token, {});
}

Reply Api::put(const std::string &path, const std::string &body, const std::string &token,
               const std::string &contentType)
{
    return send("PUT", path, body, token, contentType);
}

Reply Api::post(const std::string &path, const std::string &body, const std::string &token,
                const std::string &contentType)
{
    return send("POST", path, body, token, contentType);
}

std::string returnPath(const std::string &uuid, std::int64_t revision)
{
    return "/api/v1/returns/" + uuid + "/" + std::to_string(revision);
}

} // namespace maqa::test
