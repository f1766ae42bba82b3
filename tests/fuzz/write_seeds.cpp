// Writes the seed corpora of fuzz_protocol (one valid message of every type, as that target frames it) and
// fuzz_server (a request for every route in the server's own table, with its token, without, and with the wrong one).
// Run after a protocol or route change: <build>/bin/fuzz/fuzz_write_seeds tests/fuzz/corpus
#include "server/http/Routes.h"

#include "protocol/Assignment.h"
#include "protocol/Enrolment.h"
#include "protocol/Envelope.h"
#include "protocol/ErrorBody.h"
#include "protocol/Office.h"
#include "protocol/Progress.h"
#include "protocol/Review.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace maqa;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kUuid = "0b6f4f3e-8f1c-4d7a-9a53-2f0d1c6e7b11";
const std::string kAudit = "5a2c0e8e-3b1d-4f6a-8c9e-7d4b2a1f0e33";
const std::string kTime = "2026-11-26T14:30:00Z";

void write(const fs::path &file, const std::string &bytes)
{
    std::ofstream(file, std::ios::binary) << bytes;
}

protocol::EnvelopeMetadata metadata()
{
    return {kUuid, 1, kAudit, "EH-1", "gp", "early-help", 1, "audit", kUuid, "0123456789abcdef", kTime, kTime};
}

protocol::Envelope envelope()
{
    protocol::Envelope e{metadata(), 100, core::toBase64(core::Bytes(core::envelope::sealedSize(100), 7))};
    return e;
}

protocol::Assignment assignment()
{
    return {kAudit,
            "Early Help, autumn",
            "Early Help",
            "last 12 months",
            "2026-12-31",
            "early-help",
            1,
            "gp",
            {{"EH-1", "0-1", "Early Help"}, {"EH-2", "", ""}}};
}

protocol::Audit audit()
{
    protocol::Audit a{kAudit,           "Early Help", "", "", "2026-12-31", "early-help", 2, {{"EH-1", "5-10", ""}},
                      {"gp", "police"}, kTime};
    return a;
}

protocol::ProgressEntry progressEntry()
{
    return {kAudit, "EH-1", kUuid, 3, 10, kTime};
}

// One message per decoder, in fuzz_protocol's order (its kDecoders table).
std::vector<json> protocolMessages()
{
    const std::string key = core::toBase64(core::Bytes(32, 9));
    protocol::Audit request = audit();
    json auditRequest = request.toJson();
    auditRequest.erase("audit_id");
    auditRequest.erase("created_at");
    auditRequest.erase("template_version");
    protocol::ReturnPayload payload{
        metadata(), {{"child_seen", "yes"}, {"grade", "good"}, {"agencies", {"gp"}}}, "", "1.0"};
    const protocol::ReviewState review{kUuid, 1, "has_issues", "Add the dates.", kTime, "7"};
    return {
        protocol::Policy{}.toJson(),
        protocol::EnrolmentRequest{"ABCD-EFGH-JKMN-PQRS", "Tablet 3", key}.toJson(),
        protocol::EnrolmentResponse{kUuid, "md1.x", "gp", key, "0123456789abcdef", {}, kTime}.toJson(),
        protocol::DeviceConfig{kUuid, "gp", key, "0123456789abcdef", {}, 8 << 20, kTime}.toJson(),
        envelope().toJson(),
        payload.toJson(),
        protocol::ErrorBody{"revoked", "This device has been revoked.", true}.toJson(),
        protocol::Health{"ok", "0.1.0", kTime}.toJson(),
        assignment().toJson(),
        protocol::TemplateRef{"early-help", 1, std::string(64, 'a'), 900}.toJson(),
        protocol::Manifest{{{"early-help", 1, std::string(64, 'a'), 900}}, {assignment()}}.toJson(),
        protocol::AssignmentList{{assignment()}}.toJson(),
        protocol::OfficeKey{key, "0123456789abcdef", kTime}.toJson(),
        json{{"public_key", key}},
        audit().toJson(),
        auditRequest,
        json{{"agency", "police"}, {"hours", 24}},
        protocol::DeviceInfo{kUuid, "Tablet", "gp", key, kTime, true, kTime}.toJson(),
        protocol::OfficeReturn{4, kTime, envelope()}.toJson(),
        protocol::OfficeReturnPage{{{4, kTime, envelope()}}, 4, true}.toJson(),
        protocol::ProgressReport{{progressEntry()}}.toJson(),
        protocol::DeviceProgress{kUuid, "Tablet", "gp", progressEntry(), kTime}.toJson(),
        protocol::ProgressList{{{kUuid, "Tablet", "gp", progressEntry(), kTime}}}.toJson(),
        review.toJson(),
        protocol::ReviewPage{{review}, "7", false}.toJson(),
        protocol::ReviewUpdate{"approved", ""}.toJson(),
    };
}

void writeProtocolSeeds(const fs::path &dir)
{
    fs::create_directories(dir);
    const std::vector<json> messages = protocolMessages();
    for (std::size_t i = 0; i < messages.size(); ++i) {
        write(dir / ("message-" + std::to_string(i)), std::string(1, char(i)) + messages[i].dump());
    }
    write(dir / "envelope-text", "\xfd" + envelope().serialize());
    protocol::ReturnPayload payload{metadata(), {{"evidence", "Seen at home."}}, "A note.", "1.0"};
    write(dir / "payload-text", "\xfe" + payload.serialize());
    write(dir / "payload-sealed", "\xff" + payload.serialize());
    write(dir / "code-and-time", std::string("\xfc") + "2026-11-26T14:30:00Z");
}

std::string concretePath(std::string pattern)
{
    for (std::size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{')) {
        const std::size_t close = pattern.find('}', open);
        const std::string name = pattern.substr(open + 1, close - open - 1);
        const std::string value = name == "revision" || name == "version"                        ? "1"
                                  : name == "id" && pattern.find("devices") != std::string::npos ? "@J@"
                                  : name == "id"                                                 ? "early-help"
                                                                                                 : "@U@";
        pattern.replace(open, close - open + 1, value);
    }
    return pattern;
}

json bodyFor(server::RouteId id)
{
    using server::RouteId;
    switch (id) {
    case RouteId::Enrol:
        return {{"code", "@C@"}, {"device_name", "Tablet"}, {"sign_public_key", core::toBase64(core::Bytes(32, 3))}};
    case RouteId::PutReturn: {
        protocol::Envelope e = envelope();
        e.metadata.uuid = "@N@";
        e.metadata.auditId = "@A@";
        e.metadata.deviceId = "@I@";
        e.metadata.keyId = "@K@";
        return e.toJson();
    }
    case RouteId::PutProgress:
        return protocol::ProgressReport{{progressEntry()}}.toJson();
    case RouteId::OfficeRegisterKey:
        return {{"public_key", core::toBase64(core::Bytes(32, 5))}};
    case RouteId::OfficeSetReview:
        return protocol::ReviewUpdate{"has_issues", "Section 4: add the dates."}.toJson();
    case RouteId::OfficeCreateAudit:
        return protocolMessages()[15];
    case RouteId::OfficeIssueCode:
        return {{"agency", "police"}, {"hours", 2}};
    case RouteId::OfficeAddTemplate:
        return {{"id", "early-help"}, {"version", 2}, {"kind", "audit"}, {"title", "Early Help v2"}};
    case RouteId::OfficeSetPolicy:
        return protocol::Policy{600, 5, 60}.toJson();
    default:
        return {};
    }
}

void writeServerSeeds(const fs::path &dir)
{
    fs::create_directories(dir);
    int n = 0;
    for (const server::Route &route : server::routeTable()) {
        const std::string own = route.access == server::Access::Office ? "@O@" : "@D@";
        const std::string wrong = route.access == server::Access::Office ? "@D@" : "@O@";
        const json body = bodyFor(route.id);
        const std::string text = body.is_null() ? std::string() : body.dump();
        std::string path = concretePath(std::string(route.path));
        if (route.id == server::RouteId::PutReturn) { // a new return: the uuid the body names
            path.replace(path.find("@U@"), 3, "@N@");
        }
        if (route.id == server::RouteId::Reviews || route.id == server::RouteId::OfficeReturns) {
            path += "?after=0&limit=5";
        }
        for (const std::string &token : {own, wrong, std::string("@R@"), std::string()}) {
            std::string request = std::string(route.method) + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
            if (!token.empty()) {
                request += "Authorization: Bearer " + token + "\r\n";
            }
            if (route.takesBody || !text.empty()) {
                request += "Content-Type: application/json\r\nContent-Length: @L@\r\n";
            }
            write(dir / ("request-" + std::to_string(n++)), request + "\r\n" + text);
            if (route.access == server::Access::Public) {
                break;
            }
        }
    }
    write(dir / "pipelined",
          "GET /api/v1/health HTTP/1.1\r\n\r\nGET /api/v1/config HTTP/1.1\r\nAuthorization: Bearer @D@\r\n\r\n");
    write(dir / "chunked", "PUT /api/v1/progress HTTP/1.1\r\nAuthorization: Bearer @D@\r\nTransfer-Encoding: "
                           "chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    write(dir / "percent-path", "GET /api/v1/%6Danifest HTTP/1.1\r\nAuthorization: Bearer @P@\r\n\r\n");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_write_seeds <tests/fuzz/corpus>\n");
        return 2;
    }
    writeProtocolSeeds(fs::path(argv[1]) / "protocol");
    writeServerSeeds(fs::path(argv[1]) / "server");
    return 0;
}
