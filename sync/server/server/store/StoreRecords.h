// The records the server's Store reads and writes, apart from the protocol types it shares with clients:
// audit-log entries, token owners, enrolment outcomes, templates and returns as stored.
#pragma once

#include "protocol/Assignment.h"
#include "protocol/Envelope.h"

#include <cstdint>
#include <string>

namespace maqa::server {

/** One row of the append-only audit log: who did what to which record, from where. Never a secret. */
struct AuditLogEntry
{
    std::int64_t id = 0;       //!< set by the store
    std::int64_t at = 0;       //!< unix seconds
    std::string actor;         //!< a device id, "office", "admin" or "anonymous"
    std::string action;        //!< e.g. "return_stored", "device_revoked"
    std::string subject;       //!< e.g. "return:<uuid>/<revision>", "device:<id>"
    std::string remoteAddress; //!< the client's address, or "local" for the admin CLI
};

/** Who a bearer token belongs to. */
struct Principal
{
    enum class Kind { Device, Office } kind = Kind::Device;
    std::string id;         //!< device id, or the office token's label
    std::string agency;     //!< devices only
    std::string deviceName; //!< devices only
    bool revoked = false;   //!< a revoked device: answer with a wipe directive
};

/** A device being enrolled. */
struct NewDevice
{
    std::string id;
    std::string name;
    std::string signPublicKey; //!< base64
    std::string tokenHash;     //!< SHA-256 hex of the token; the token itself is never stored
    std::int64_t enrolledAt = 0;
};

/** Why an enrolment code was or was not accepted. */
enum class CodeOutcome { Enrolled, Unknown, Used, Expired };

/** The result of enrolDevice: the outcome and, when enrolled, the code's agency. */
struct EnrolResult
{
    CodeOutcome outcome = CodeOutcome::Unknown;
    std::string agency;
};

/** What happened to an idempotent insert keyed by a natural key. */
enum class PutOutcome { Created, Identical, Conflict };

/** A template's exact bytes with its reference. */
struct TemplateRecord
{
    protocol::TemplateRef ref;
    std::string body; //!< exact bytes as added
};

/** A return as it arrives: the parsed metadata (for columns) and the envelope bytes exactly as sent. */
struct IncomingReturn
{
    protocol::EnvelopeMetadata metadata;
    std::int64_t plainSize = 0;
    std::string envelope;       //!< exact request body
    std::string envelopeSha256; //!< hex digest of `envelope`
    std::int64_t receivedAt = 0;
};

/** A stored return's metadata, and its envelope bytes when asked for. */
struct StoredReturn
{
    std::int64_t sequence = 0;
    protocol::EnvelopeMetadata metadata;
    std::int64_t plainSize = 0;
    std::int64_t envelopeSize = 0;
    std::string envelopeSha256;
    std::int64_t receivedAt = 0;
    std::string reviewState; //!< the latest review state
    std::string envelope;    //!< empty unless requested
};

} // namespace maqa::server
