// Opening sealed returns at the office, many at once on every core: each envelope is opened with the office key it
// names, its device signature checked, its payload read and cross-checked, and its answers re-evaluated against the
// template. A return that fails any check is quarantined with the reason in plain words, never dropped.
#pragma once

#include "core/crypto/Envelope.h"
#include "core/office/Records.h"
#include "core/office/TemplateSet.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace maqa::core::office {

/** One sealed return as pulled from the server (the wire envelope, in office terms). */
struct SealedReturn
{
    ReturnMeta claimed;         //!< what the envelope's metadata says
    std::int64_t plainSize = 0; //!< the envelope's plain_size
    std::string sealed;         //!< base64 of crypto_box_seal(signature ‖ payload)
    std::string envelopeText;   //!< the envelope's JSON text, kept whole if it is quarantined
};

/** What the office reads from a verified payload. */
struct PayloadContent
{
    ReturnMeta meta;                                   //!< the payload's own copy of the metadata
    nlohmann::json answers = nlohmann::json::object(); //!< as the device sent them
    std::string note;                                  //!< the practitioner's note
};

/**
 * Reads verified payload bytes strictly into PayloadContent, throwing Error(Invalid) saying what is wrong. Core sits
 * below the wire format, so the protocol layer supplies it (see docs: protocol::ReturnPayload::parse). It is called
 * from several threads at once and must not share mutable state.
 */
using PayloadReader = std::function<PayloadContent(std::string_view payloadText)>;

/** An enrolled device's signing key, from the server's device list. */
struct DeviceKey
{
    std::string agency;   //!< the agency the device was enrolled for; a return from it must name this agency
    Bytes signPublicKey;  //!< Ed25519 public key
    bool revoked = false; //!< revoked devices' returns still open: they were signed before the revocation
};

/** The office's X25519 key pairs by key id: the current one and any earlier ones, so older returns still open. */
class OfficeKeyring
{
public:
    /** Adds @p pair under its key id. */
    void add(envelope::BoxKeyPair pair);
    /** The pair whose public key has id @p keyId, or null. */
    const envelope::BoxKeyPair *find(const std::string &keyId) const;
    /** The key ids held, sorted. */
    std::vector<std::string> keyIds() const;

private:
    std::map<std::string, envelope::BoxKeyPair> m_pairs;
};

/** Why a return was quarantined. */
enum class QuarantineReason {
    UnknownDevice,       //!< the signing device is not in the server's device list
    EnvelopeDoesNotOpen, //!< sealed to a key the office does not hold, altered, or truncated
    SignatureInvalid,    //!< the device's signature does not verify (altered, or signed by another device)
    ContentInvalid,      //!< it opened, but the content is not a valid return
    MetadataMismatch,    //!< the envelope and the sealed content disagree, or the agency is not the device's
    TemplateUnknown,     //!< the office does not hold the template version the answers follow
    AnswersInvalid,      //!< the answers do not fit the template (an unknown question, a value of the wrong type)
};

/** The stable name stored for @p reason ("unknown_device", ...). */
std::string_view toString(QuarantineReason reason);
/** The reason called @p text, if it is one. */
std::optional<QuarantineReason> quarantineReasonFrom(std::string_view text);
/** A short phrase for lists: "signature does not verify". */
std::string_view describe(QuarantineReason reason);

/** A return that could not be accepted, with everything needed to show and keep it. */
struct Quarantined
{
    std::size_t index = 0; //!< position in the batch
    ReturnMeta claimed;    //!< what the envelope claimed
    QuarantineReason reason = QuarantineReason::EnvelopeDoesNotOpen;
    std::string message;      //!< a whole sentence for the office
    std::string envelopeText; //!< the envelope, kept whole
};

/** Everything opening needs; read-only while a batch runs. */
struct OpenContext
{
    const OfficeKeyring *keys = nullptr;                //!< the office's key pairs
    std::unordered_map<std::string, DeviceKey> devices; //!< by device id
    const TemplateSet *templates = nullptr;             //!< templates the office holds
    PayloadReader readPayload;                          //!< the wire format's payload reader
    unsigned threads = 0;                               //!< worker threads; 0: one per core
};

/** A batch's outcome, each list in batch order. */
struct OpenOutcome
{
    std::vector<OpenedReturn> opened;
    std::vector<Quarantined> quarantined;
};

/**
 * Opens @p batch on context.threads threads (libsodium is thread-safe). Answers are re-evaluated with the form
 * engine, so hidden answers are dropped and calculations recomputed: the office never trusts a device's arithmetic.
 * Throws Error(Invalid) only when the context is incomplete; every problem with a return is a Quarantined entry.
 */
OpenOutcome openReturns(std::span<const SealedReturn> batch, const OpenContext &context);

/** The answers as the office keeps them: shown answers plus recomputed calculations. Throws Error(Invalid). */
nlohmann::json normalizeAnswers(const std::shared_ptr<const Template> &templ, const nlohmann::json &answers);

} // namespace maqa::core::office
