// A server with the partnership office set up, and the devices and sealed returns tests make against it.
// Built only from the real binary and the public API, as a real office and real devices would.
#pragma once

#include "ServerHarness.h"

#include "protocol/Envelope.h"

#include "core/crypto/Envelope.h"

#include <memory>
#include <string>

namespace maqa::test {

/** An enrolled device with its keys and token. */
struct Device
{
    std::string id;
    std::string token;
    std::string agency;
    core::envelope::SigningKeyPair keys;
};

/**
 * A server with the office set up: initialised (office token), an office key pair registered, template
 * early-help v1 added, and an audit over gp and police with cases EH-1, EH-2, EH-3.
 */
class Office
{
public:
    /** Sets everything up on a fresh database; @p serveArgs go to `serve`. */
    explicit Office(const QStringList &serveArgs = {"--auth-failure-limit", "100000"});

    TestDatabase db;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<Api> api;
    std::string officeToken;
    core::envelope::BoxKeyPair officeKeys;
    std::string templateText;
    std::string auditId;

    /** Issues an enrolment code for @p agency through the admin CLI. */
    std::string issueCode(const std::string &agency);
    /** Enrols a new device for @p agency over HTTP. */
    Device enrol(const std::string &agency, const std::string &name = "Test tablet");
    /** A payload for @p device about @p caseCode in the fixture's audit. */
    protocol::ReturnPayload payload(const Device &device, const std::string &caseCode, std::int64_t revision = 1,
                                    const nlohmann::json &answers = {{"seen_alone", "yes"}});
    /** @p payload sealed by @p device: the envelope's JSON text. */
    std::string seal(const Device &device, const protocol::ReturnPayload &payload);
    /** PUTs an envelope for the payload's uuid and revision. */
    Reply putReturn(const Device &device, const std::string &envelopeText);
};

} // namespace maqa::test
