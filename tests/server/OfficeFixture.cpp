// The office fixture (see OfficeFixture.h): admin init and template through the CLI, then the key and the audit
// through the office routes, so both paths are exercised by every test that uses it.
#include "OfficeFixture.h"

#include "protocol/Json.h"
#include "protocol/Sealing.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <QFile>
#include <QTemporaryDir>

#include <stdexcept>

namespace maqa::test {

namespace {

std::string trimmed(const QByteArray &bytes)
{
    return bytes.trimmed().toStdString();
}

} // namespace

Office::Office(const QStringList &serveArgs)
{
    const CliResult init = runServerCommand(QStringList{"admin", "init"} + db.storeArgs());
    if (init.exitCode != 0) {
        throw std::runtime_error("admin init failed: " + init.err.toStdString());
    }
    officeToken = trimmed(init.out);

    templateText = R"({"id":"early-help","version":1,"kind":"audit","title":"Early Help multi-agency audit"})";
    QTemporaryDir dir;
    QFile file(dir.path() + "/early-help.json");
    if (!file.open(QIODevice::WriteOnly) || file.write(templateText.data(), qint64(templateText.size())) < 0) {
        throw std::runtime_error("Cannot write the test template.");
    }
    file.close();
    const CliResult added =
        runServerCommand(QStringList{"admin", "template"} + db.storeArgs() + QStringList{file.fileName()});
    if (added.exitCode != 0) {
        throw std::runtime_error("admin template failed: " + added.err.toStdString());
    }

    server = std::make_unique<ServerProcess>(db, serveArgs);
    api = std::make_unique<Api>(server->url());
    officeKeys = core::envelope::BoxKeyPair::generate();
    const Reply key = api->put(
        "/api/v1/office/key", nlohmann::json{{"public_key", core::toBase64(officeKeys.publicKey)}}.dump(), officeToken);
    if (key.status != 200) {
        throw std::runtime_error("Registering the office key failed: " + key.body);
    }
    const nlohmann::json audit = {
        {"title", "Early Help, autumn"},
        {"theme", "Early Help"},
        {"period", "last 12 months"},
        {"due_date", "2026-12-31"},
        {"template_id", "early-help"},
        {"cases", nlohmann::json::array({{{"code", "EH-1"}, {"age_band", "0-1"}, {"needs", "Early Help"}},
                                         {{"code", "EH-2"}, {"age_band", "5-10"}, {"needs", "Child in Need"}},
                                         {{"code", "EH-3"}, {"age_band", "11-17"}, {"needs", ""}}})},
        {"agencies", {"gp", "police"}}};
    const Reply created = api->post("/api/v1/office/audits", audit.dump(), officeToken);
    if (created.status != 201) {
        throw std::runtime_error("Creating the audit failed: " + created.body);
    }
    auditId = created.json().at("audit_id").get<std::string>();
}

std::string Office::issueCode(const std::string &agency)
{
    const CliResult result = runServerCommand(QStringList{"admin", "enrol-code"} + db.storeArgs() +
                                              QStringList{"--agency", QString::fromStdString(agency)});
    if (result.exitCode != 0) {
        throw std::runtime_error("admin enrol-code failed: " + result.err.toStdString());
    }
    return trimmed(result.out);
}

Device Office::enrol(const std::string &agency, const std::string &name)
{
    Device device;
    device.keys = core::envelope::SigningKeyPair::generate();
    const nlohmann::json request = {
        {"code", issueCode(agency)}, {"device_name", name}, {"sign_public_key", core::toBase64(device.keys.publicKey)}};
    const Reply reply = api->post("/api/v1/enrol", request.dump());
    if (reply.status != 201) {
        throw std::runtime_error("Enrolment failed: " + std::to_string(reply.status) + " " + reply.body);
    }
    const nlohmann::json answer = reply.json();
    device.id = answer.at("device_id").get<std::string>();
    device.token = answer.at("token").get<std::string>();
    device.agency = answer.at("agency").get<std::string>();
    return device;
}

protocol::ReturnPayload Office::payload(const Device &device, const std::string &caseCode, std::int64_t revision,
                                        const nlohmann::json &answers)
{
    protocol::ReturnPayload p;
    p.metadata.uuid = core::newUuid();
    p.metadata.revision = revision;
    p.metadata.auditId = auditId;
    p.metadata.caseCode = caseCode;
    p.metadata.agency = device.agency;
    p.metadata.templateId = "early-help";
    p.metadata.templateVersion = 1;
    p.metadata.kind = "audit";
    p.metadata.deviceId = device.id;
    p.metadata.keyId = core::envelope::keyId(officeKeys.publicKey);
    p.metadata.createdAt = protocol::nowTimestamp();
    p.metadata.submittedAt = protocol::nowTimestamp();
    p.answers = answers;
    p.appVersion = "test";
    return p;
}

std::string Office::seal(const Device &device, const protocol::ReturnPayload &payload)
{
    return protocol::sealReturn(payload, device.keys.secretKey, officeKeys.publicKey).serialize();
}

Reply Office::putReturn(const Device &device, const std::string &envelopeText)
{
    const protocol::Envelope envelope = protocol::Envelope::parse(envelopeText);
    return api->put(returnPath(envelope.metadata.uuid, envelope.metadata.revision), envelopeText, device.token);
}

} // namespace maqa::test
