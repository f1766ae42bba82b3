// The load benchmark's devices (see LoadDevice.h). Sealing happens inside the pass, as on a real device, but it costs
// a fraction of a millisecond next to the request; latencies are measured per request, not per pass.
#include "LoadDevice.h"

#include "client/ReturnSealing.h"
#include "core/crypto/Sodium.h"
#include "core/util/Clock.h"
#include "core/util/Uuid.h"
#include "protocol/Enrolment.h"

#include <httplib.h>

#include <chrono>
#include <stdexcept>

namespace maqa::test {

namespace {
constexpr const char *kTemplate = "early-help";
}

LoadDevice::LoadDevice(const std::string &url, const std::string &code, int number)
    : m_number(number)
{
    m_enrolment.serverUrl = url;
    m_enrolment.signingKeys = core::envelope::SigningKeyPair::generate();
    protocol::EnrolmentRequest request{code, "Load tablet " + std::to_string(number),
                                       core::toBase64(m_enrolment.signingKeys.publicKey)};
    httplib::Client client(url);
    const httplib::Result r = client.Post("/api/v1/enrol", request.toJson().dump(), "application/json");
    if (!r || r->status != 201) {
        throw std::runtime_error("Device " + std::to_string(number) + " could not enrol: " +
                                 (r ? std::to_string(r->status) + " " + r->body : std::string("no answer")));
    }
    const protocol::EnrolmentResponse answer = protocol::EnrolmentResponse::fromJson(nlohmann::json::parse(r->body));
    m_enrolment.deviceId = answer.deviceId;
    m_enrolment.token = answer.token;
    m_enrolment.agency = answer.agency;
    m_enrolment.officePublicKey = core::fromBase64(answer.officePublicKey);
    m_enrolment.officeKeyId = answer.officeKeyId;
    m_enrolment.policy = answer.policy;
}

LoadTally LoadDevice::run(const std::string &auditId, const std::atomic<bool> &stop)
{
    LoadTally tally;
    const httplib::Headers headers{{"Authorization", "Bearer " + m_enrolment.token}};
    bool reused = false; // whether the pass's connection has served a request already
    auto timed = [&](int expected, auto request) -> bool {
        const auto start = std::chrono::steady_clock::now();
        httplib::Result r = request();
        if (!r && reused) {
            // The server closes a kept-alive connection after its idle timeout; a request written as it closes
            // fails to read an answer. Qt Network (the real device) resends once on a new connection; so do we.
            ++tally.resent;
            r = request();
            if (r && expected == 201 && r->status == 200) {
                r->status = 201; // the first attempt was stored: the idempotent resend is answered 200
            }
        }
        reused = true;
        tally.latenciesMs.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!r || r->status != expected) {
            ++tally.errors;
            if (tally.firstError.empty()) {
                tally.firstError = r ? "HTTP " + std::to_string(r->status) + " " + r->body.substr(0, 200)
                                     : "transport error " + httplib::to_string(r.error());
            }
            return false;
        }
        return true;
    };
    for (int pass = 0; !stop.load(); ++pass) {
        httplib::Client client(m_enrolment.serverUrl); // a pass opens its connection, as after a device's idle time
        reused = false;
        client.set_keep_alive(true);
        client.set_tcp_nodelay(true);
        client.set_read_timeout(60, 0);
        timed(200, [&] { return client.Get("/api/v1/config", headers); });
        timed(200, [&] { return client.Get("/api/v1/manifest", headers); });
        store::ReturnRecord record;
        record.key = {core::newUuid(), 1};
        record.kind = "audit";
        record.templateId = kTemplate;
        record.auditId = auditId;
        record.caseCode = "EH-" + std::to_string(1 + pass % 3);
        record.status = store::ReturnStatus::Submitted;
        record.createdAt = record.updatedAt = core::systemNow();
        record.submittedAt = record.createdAt;
        const std::string answers =
            nlohmann::json{{"evidence", "Load pass " + std::to_string(pass) + " of device " + std::to_string(m_number)}}
                .dump();
        const core::Bytes sealed =
            client::sealPayload(client::buildPayload(record, answers, m_enrolment, "load"), m_enrolment);
        const std::string body(sealed.begin(), sealed.end());
        const std::string path = "/api/v1/returns/" + record.key.uuid + "/1";
        tally.stored += timed(201, [&] { return client.Put(path, headers, body, "application/json"); }) ? 1 : 0;
    }
    return tally;
}

} // namespace maqa::test
