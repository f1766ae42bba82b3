// A return on the wire: the envelope (metadata the server needs + the sealed, signed payload) and the payload
// itself (the same metadata plus the answers), which only the office can read. See docs/architecture.md → Sync.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::protocol {

class FieldReader;

inline constexpr std::string_view kEnvelopeFormat = "maqa-envelope/1"; //!< the envelope's "format" field
inline constexpr std::string_view kPayloadFormat = "maqa-return/1";    //!< the sealed payload's "format" field

/** What the server stores in columns and the office cross-checks against the sealed payload. */
struct EnvelopeMetadata
{
    std::string uuid;                 //!< the return's client-made UUID v4
    std::int64_t revision = 1;        //!< 1, then n+1 for each resubmission after "has issues"
    std::string auditId;              //!< the audit (UUID); empty only for an observation outside an audit
    std::string caseCode;             //!< the pseudonymous case code the office issued
    std::string agency;               //!< agency slug of the submitting device
    std::string templateId;           //!< template slug
    std::int64_t templateVersion = 1; //!< template version the answers follow
    std::string kind;                 //!< "audit" or "observation"
    std::string deviceId;             //!< the enrolled device that signed it
    std::string keyId;                //!< key id of the office public key it is sealed to
    std::string createdAt;            //!< UTC timestamp when the return was started
    std::string submittedAt;          //!< UTC timestamp when it was submitted (sealed)

    bool operator==(const EnvelopeMetadata &) const = default;
};

/** The envelope: metadata, the payload size, and base64(crypto_box_seal(signature ‖ payload)). */
struct Envelope
{
    EnvelopeMetadata metadata;
    std::int64_t plainSize = 0; //!< payload bytes before sealing
    std::string sealed;         //!< base64 of the sealed bytes

    /** Strictly reads an envelope; throws Error(Invalid) naming the offending field. */
    static Envelope fromJson(const nlohmann::json &json);
    /** Parses envelope JSON text (size and nesting limits apply). */
    static Envelope parse(std::string_view text);
    /** The envelope as JSON, "format" included. */
    nlohmann::json toJson() const;
    /** The envelope's JSON text: what the client stores in its outbox and sends byte for byte. */
    std::string serialize() const;
};

/** The sealed payload: the envelope's metadata again (so a swapped field is detected), the answers, a note. */
struct ReturnPayload
{
    EnvelopeMetadata metadata;
    nlohmann::json answers = nlohmann::json::object(); //!< keyed by question name (docs/architecture.md → Answers)
    std::string note;                                  //!< the practitioner's note to the office (may be empty)
    std::string appVersion;                            //!< the app version that made the return

    /** Strictly reads a payload; throws Error(Invalid) naming the offending field. */
    static ReturnPayload fromJson(const nlohmann::json &json);
    /** Parses payload JSON text (size and nesting limits apply). */
    static ReturnPayload parse(std::string_view text);
    /** The payload as JSON, "format" included. */
    nlohmann::json toJson() const;
    /** The payload's JSON text: the bytes the device signs and seals. */
    std::string serialize() const;
};

/** Reads the metadata fields of an envelope or payload (shared by both readers). */
EnvelopeMetadata readMetadata(FieldReader &reader);
/** Writes the metadata fields into @p json. */
void writeMetadata(const EnvelopeMetadata &metadata, nlohmann::json &json);

/**
 * The names of the metadata fields where @p envelope and @p payload disagree (empty when they match), plus
 * "plain_size" when @p payloadBytes differs from the envelope's plain_size. The office refuses a return that
 * does not match: its metadata was swapped or altered after sealing.
 */
std::vector<std::string> envelopeMatchesPayload(const Envelope &envelope, const ReturnPayload &payload,
                                                std::size_t payloadBytes);

} // namespace maqa::protocol
