// The provisioned in-process server for fuzz_server (see ServerUnderFuzz.h). Setup goes through the same office
// routes a real office uses, so a fuzzed request meets exactly the state a production server would be in.
#include "ServerUnderFuzz.h"

#include "server/http/HttpServer.h"
#include "server/service/OfficeService.h"
#include "server/store/Store.h"
#include "server/store/StoreLocation.h"

#include "protocol/Json.h"
#include "protocol/Sealing.h"

#include "core/crypto/Sodium.h"
#include "core/util/Uuid.h"

#include <httplib.h>

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace maqa::fuzz {

namespace {

using nlohmann::json;

[[noreturn]] void setupFailed(const std::string &what)
{
    std::fprintf(stderr, "fuzz_server: setup failed: %s\n", what.c_str());
    std::abort();
}

std::string privateTempDir()
{
    // In memory where there is a tmpfs: the store syncs every write, and the fuzzer writes thousands.
    const std::string base =
        std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path().string();
    std::string pattern = base + "/maqa-fuzz-server-XXXXXX";
    if (!mkdtemp(pattern.data())) {
        setupFailed("cannot create a temporary directory under " + base);
    }
    return pattern;
}

// Calls the server during setup and insists on the expected status.
json call(httplib::Client &client, const std::string &method, const std::string &path, const std::string &token,
          const std::string &body, int expected)
{
    httplib::Headers headers;
    if (!token.empty()) {
        headers.emplace("Authorization", "Bearer " + token);
    }
    httplib::Result result = method == "GET"   ? client.Get(path, headers)
                             : method == "PUT" ? client.Put(path, headers, body, "application/json")
                                               : client.Post(path, headers, body, "application/json");
    if (!result || result->status != expected) {
        setupFailed(method + " " + path + " answered " + (result ? std::to_string(result->status) : "nothing") +
                    (result ? ": " + result->body : std::string()));
    }
    return result->body.empty() ? json() : json::parse(result->body);
}

} // namespace

ServerUnderFuzz &ServerUnderFuzz::instance()
{
    static ServerUnderFuzz *server = [] {
        auto *created = new ServerUnderFuzz(); // reachable through this pointer until exit, so never a leak
        std::atexit([] { instance().stop(); });
        return created;
    }();
    return *server;
}

ServerUnderFuzz::ServerUnderFuzz()
{
    static int argc = 1;
    static char name[] = "fuzz_server";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // Qt Sql finds its SQLite driver through the application

    m_dataDir = privateTempDir();
    m_store = server::openStore(server::StoreLocation::sqliteIn(m_dataDir));
    const std::string officeToken = server::OfficeService(*m_store).initialise({"admin", "local"});
    m_placeholders.emplace_back("@O@", officeToken);
    m_validTokens.push_back(officeToken);

    server::ServeOptions options;
    options.port = 0;
    options.threads = 2;
    options.maxBodyBytes = 256 * 1024;
    options.authFailureLimit = 1 << 30; // refusals are what is being fuzzed, not the rate limit
    m_http = std::make_unique<server::HttpServer>(*m_store, options);
    m_port = m_http->bind();
    m_serving = std::thread([this] { m_http->run(); });
    provision();
}

void ServerUnderFuzz::provision()
{
    httplib::Client client("127.0.0.1", m_port);
    client.set_read_timeout(10);
    const std::string office = m_validTokens[0];
    for (int attempt = 0; attempt < 100 && !client.Get("/api/v1/health"); ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const auto officeKeys = core::envelope::BoxKeyPair::generate();
    const std::string keyId = call(client, "PUT", "/api/v1/office/key", office,
                                   json{{"public_key", core::toBase64(officeKeys.publicKey)}}.dump(), 200)
                                  .at("key_id")
                                  .get<std::string>();
    call(client, "POST", "/api/v1/office/templates", office,
         R"({"id":"early-help","version":1,"kind":"audit","title":"Early Help multi-agency audit"})", 201);
    const json audit = {
        {"title", "Early Help, autumn"}, {"theme", "Early Help"},
        {"period", "last 12 months"},    {"due_date", "2026-12-31"},
        {"template_id", "early-help"},   {"cases", {{{"code", "EH-1"}, {"age_band", "0-1"}, {"needs", ""}}}},
        {"agencies", {"gp", "police"}}};
    const std::string auditId =
        call(client, "POST", "/api/v1/office/audits", office, audit.dump(), 201).at("audit_id").get<std::string>();

    const auto code = [&](const char *agency) {
        return call(client, "POST", "/api/v1/office/enrol-codes", office, json{{"agency", agency}}.dump(), 201)
            .at("code")
            .get<std::string>();
    };
    const auto deviceKeys = core::envelope::SigningKeyPair::generate();
    const auto enrol = [&](const char *agency) {
        const json request = {{"code", code(agency)},
                              {"device_name", "Fuzz tablet"},
                              {"sign_public_key", core::toBase64(deviceKeys.publicKey)}};
        return call(client, "POST", "/api/v1/enrol", "", request.dump(), 201);
    };
    const auto field = [](const json &answer, const char *name) { return answer.at(name).get<std::string>(); };
    const json gp = enrol("gp");
    const json police = enrol("police");
    const json revoked = enrol("gp");
    call(client, "POST", "/api/v1/office/devices/" + field(revoked, "device_id") + "/revoke", office, "", 200);

    protocol::ReturnPayload payload;
    payload.metadata = {core::newUuid(),
                        1,
                        auditId,
                        "EH-1",
                        "gp",
                        "early-help",
                        1,
                        "audit",
                        field(gp, "device_id"),
                        keyId,
                        protocol::nowTimestamp(),
                        protocol::nowTimestamp()};
    payload.appVersion = "fuzz";
    const std::string envelope = protocol::sealReturn(payload, deviceKeys.secretKey, officeKeys.publicKey).serialize();
    call(client, "PUT", "/api/v1/returns/" + payload.metadata.uuid + "/1", field(gp, "token"), envelope, 201);

    m_placeholders.insert(m_placeholders.end(), {{"@D@", field(gp, "token")},
                                                 {"@P@", field(police, "token")},
                                                 {"@R@", field(revoked, "token")},
                                                 {"@I@", field(gp, "device_id")},
                                                 {"@J@", field(police, "device_id")},
                                                 {"@K@", keyId},
                                                 {"@A@", auditId},
                                                 {"@U@", payload.metadata.uuid},
                                                 {"@C@", code("gp")}});
    m_validTokens.push_back(field(gp, "token"));
    m_validTokens.push_back(field(police, "token"));
}

std::string ServerUnderFuzz::substitute(std::string_view input) const
{
    std::string text(input);
    // A uuid of the input's own: the same input always names the same new return.
    const std::string digest = core::sha256Hex(text);
    const std::string uuid = digest.substr(0, 8) + "-" + digest.substr(8, 4) + "-4" + digest.substr(13, 3) + "-8" +
                             digest.substr(17, 3) + "-" + digest.substr(20, 12);
    std::vector<std::pair<std::string, std::string>> all = m_placeholders;
    all.emplace_back("@N@", uuid);
    for (const auto &[placeholder, value] : all) {
        for (std::size_t at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size())) {
            text.replace(at, placeholder.size(), value);
        }
    }
    // @L@ in the header becomes the body's length, so a mutated body still arrives whole.
    const std::size_t blank = text.find("\r\n\r\n");
    if (blank != std::string::npos) {
        const std::string bodyLength = std::to_string(text.size() - blank - 4);
        for (std::size_t at = text.find("@L@"); at != std::string::npos && at < text.find("\r\n\r\n");
             at = text.find("@L@", at)) {
            text.replace(at, 3, bodyLength);
        }
    }
    return text;
}

bool ServerUnderFuzz::holdsValidToken(std::string_view request) const
{
    for (const std::string &token : m_validTokens) {
        if (request.find(token) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

void ServerUnderFuzz::stop()
{
    if (m_serving.joinable()) {
        m_http->stop();
        m_serving.join();
    }
    std::error_code ignored;
    std::filesystem::remove_all(m_dataDir, ignored);
}

} // namespace maqa::fuzz
