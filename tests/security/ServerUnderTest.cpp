// The security tests' server process (see ServerUnderTest.h). Setup goes through the office routes, as a real
// office's app would, so every test starts from the state production is in.
#include "ServerUnderTest.h"

#include "protocol/Json.h"
#include "protocol/Sealing.h"

#include "core/crypto/Sodium.h"

#include <httplib.h>

#include <stdexcept>

namespace maqa::test {

using nlohmann::json;

namespace {

[[noreturn]] void failed(const std::string &what)
{
    throw std::runtime_error("ServerUnderTest: " + what);
}

} // namespace

ServerUnderTest::ServerUnderTest(const QStringList &extraArgs, const QProcessEnvironment &env)
    : m_office(core::envelope::BoxKeyPair::generate())
{
    const QString program = QStringLiteral(MAQA_BIN_DIR "/maqa-server");
    const QStringList store{"--data", QString::fromStdString(dataDir().string())};
    QProcess admin;
    admin.setProcessEnvironment(env);
    admin.start(program, QStringList{"admin", "init"} + store);
    if (!admin.waitForFinished(60000) || admin.exitCode() != 0) {
        failed("admin init failed: " + admin.readAllStandardError().toStdString());
    }
    officeToken = admin.readAllStandardOutput().trimmed().toStdString();
    adminLog = admin.readAllStandardError().toStdString();

    m_server.setProcessEnvironment(env);
    m_server.start(program, QStringList{"serve", "--listen", "127.0.0.1:0"} + store + extraArgs);
    QByteArray listening;
    while (!listening.contains('\n') && m_server.waitForReadyRead(60000)) {
        listening += m_server.readAllStandardOutput();
    }
    const int at = listening.indexOf("http://");
    if (at < 0) {
        failed("serve did not start: " + m_server.readAllStandardError().toStdString());
    }
    m_http = std::make_unique<httplib::Client>(listening.mid(at).trimmed().toStdString());
    m_http->set_read_timeout(60);

    if (call("PUT", "/api/v1/office/key", officeToken, {{"public_key", core::toBase64(m_office.publicKey)}}).first !=
            200 ||
        call("POST", "/api/v1/office/templates", officeToken,
             {{"id", "early-help"}, {"version", 1}, {"kind", "audit"}, {"title", "Early Help"}})
                .first != 201) {
        failed("the office key or template was refused");
    }
    const Answer audit = call("POST", "/api/v1/office/audits", officeToken,
                              {{"title", "Early Help, autumn"},
                               {"theme", ""},
                               {"period", ""},
                               {"due_date", ""},
                               {"template_id", "early-help"},
                               {"cases", {{{"code", "EH-1"}, {"age_band", ""}, {"needs", ""}}}},
                               {"agencies", {"gp", "police"}}});
    if (audit.first != 201) {
        failed("the audit was refused: " + audit.second);
    }
    auditId = json::parse(audit.second).at("audit_id").get<std::string>();
}

ServerUnderTest::~ServerUnderTest()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

std::filesystem::path ServerUnderTest::dataDir() const
{
    return std::filesystem::path(m_dir.path().toStdString()) / "data";
}

Answer ServerUnderTest::call(const std::string &method, const std::string &path, const std::string &token,
                             const json &body)
{
    httplib::Headers headers;
    if (!token.empty()) {
        headers.emplace("Authorization", "Bearer " + token);
    }
    const std::string text = body.is_null() ? std::string() : body.dump();
    httplib::Result result = method == "GET"   ? m_http->Get(path, headers)
                             : method == "PUT" ? m_http->Put(path, headers, text, "application/json")
                                               : m_http->Post(path, headers, text, "application/json");
    return result ? Answer{result->status, result->body} : Answer{-1, std::string()};
}

EnrolledDevice ServerUnderTest::enrol(const std::string &agency)
{
    const Answer issued = call("POST", "/api/v1/office/enrol-codes", officeToken, {{"agency", agency}});
    if (issued.first != 201) {
        failed("no enrolment code: " + issued.second);
    }
    lastCode = json::parse(issued.second).at("code").get<std::string>();
    EnrolledDevice device{{}, {}, agency, core::envelope::SigningKeyPair::generate()};
    const Answer enrolled = call(
        "POST", "/api/v1/enrol", "",
        {{"code", lastCode}, {"device_name", "Tablet"}, {"sign_public_key", core::toBase64(device.keys.publicKey)}});
    if (enrolled.first != 201) {
        failed("enrolment refused: " + enrolled.second);
    }
    const json answer = json::parse(enrolled.second);
    device.id = answer.at("device_id").get<std::string>();
    device.token = answer.at("token").get<std::string>();
    return device;
}

protocol::Envelope ServerUnderTest::seal(const EnrolledDevice &device, const std::string &uuid, std::int64_t revision,
                                         const json &answers)
{
    protocol::ReturnPayload payload;
    payload.metadata = {uuid,
                        revision,
                        auditId,
                        "EH-1",
                        device.agency,
                        "early-help",
                        1,
                        "audit",
                        device.id,
                        core::envelope::keyId(m_office.publicKey),
                        protocol::nowTimestamp(),
                        protocol::nowTimestamp()};
    payload.answers = answers;
    payload.appVersion = "security-test";
    return protocol::sealReturn(payload, device.keys.secretKey, m_office.publicKey);
}

Answer ServerUnderTest::put(const protocol::Envelope &envelope, const std::string &token)
{
    return call("PUT", "/api/v1/returns/" + envelope.metadata.uuid + "/" + std::to_string(envelope.metadata.revision),
                token, envelope.toJson());
}

std::string ServerUnderTest::stop()
{
    m_server.terminate();
    m_server.waitForFinished(60000);
    return m_server.readAllStandardOutput().toStdString() + m_server.readAllStandardError().toStdString();
}

} // namespace maqa::test
