// Batch opening of sealed returns (see Opening.h). Checks run cheapest and most telling first: device, key, seal,
// signature, content, metadata, template, answers. Each thread opens into its own locked scratch buffer, reused
// across returns and wiped after each, instead of a guarded allocation per return.
#include "core/office/Opening.h"

#include "core/form/Form.h"
#include "core/office/Parallel.h"
#include "core/util/Error.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <optional>

namespace maqa::core::office {

namespace {

/** Where a return's check failed. */
struct Failure
{
    QuarantineReason reason;
    std::string message;
};

/** Lists the fields on which the envelope's claims and the payload's own metadata differ. */
std::string mismatchedFields(const ReturnMeta &e, const ReturnMeta &p)
{
    std::string fields;
    const auto check = [&](bool same, const char *field) {
        if (!same) {
            fields += (fields.empty() ? "" : ", ") + std::string(field);
        }
    };
    check(e.ref.uuid == p.ref.uuid, "uuid");
    check(e.ref.revision == p.ref.revision, "revision");
    check(e.auditId == p.auditId, "audit_id");
    check(e.caseCode == p.caseCode, "case_code");
    check(e.agency == p.agency, "agency");
    check(e.templateId == p.templateId, "template_id");
    check(e.templateVersion == p.templateVersion, "template_version");
    check(e.kind == p.kind, "kind");
    check(e.deviceId == p.deviceId, "device_id");
    check(e.keyId == p.keyId, "key_id");
    check(e.createdAt == p.createdAt, "created_at");
    check(e.submittedAt == p.submittedAt, "submitted_at");
    return fields;
}

/**
 * Decodes standard base64 with padding into @p out; false when malformed. The sealed bytes are ciphertext, public by
 * design, so this table decoder need not be constant-time like libsodium's, and it is several times faster.
 */
bool decodeBase64(std::string_view text, Bytes &out)
{
    static const auto table = [] {
        std::array<std::int8_t, 256> t{};
        t.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i) {
            t[static_cast<unsigned char>(alphabet[i])] = static_cast<std::int8_t>(i);
        }
        return t;
    }();
    if (text.size() % 4 != 0) {
        return false;
    }
    std::size_t padding = 0;
    while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=') {
        ++padding;
    }
    out.resize(text.size() / 4 * 3 - padding);
    std::size_t written = 0;
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::uint32_t group = 0;
        for (std::size_t j = 0; j < 4; ++j) {
            const char c = text[i + j];
            const bool pad = c == '=' && i + j >= text.size() - padding;
            const std::int8_t v = table[static_cast<unsigned char>(c)];
            if (!pad && v < 0) {
                return false;
            }
            group = (group << 6) | static_cast<std::uint32_t>(pad ? 0 : v);
        }
        for (int shift = 16; shift >= 0 && written < out.size(); shift -= 8) {
            out[written++] = static_cast<std::uint8_t>(group >> shift);
        }
    }
    return true;
}

/** One thread's locked buffer for signature ‖ payload, grown on demand and wiped after every return. */
class Scratch
{
public:
    std::uint8_t *reserve(std::size_t size)
    {
        if (m_bytes.size() < size) {
            m_bytes = SecureBytes(std::max(size, m_bytes.size() * 2));
        }
        m_used = size;
        return m_bytes.data();
    }
    void wipe() noexcept
    {
        if (m_used > 0) {
            sodium_memzero(m_bytes.data(), m_used);
            m_used = 0;
        }
    }

private:
    SecureBytes m_bytes;
    std::size_t m_used = 0;
};

/** Wipes a scratch buffer however the opening of one return ends. */
struct WipeOnExit
{
    Scratch &scratch;
    ~WipeOnExit() { scratch.wipe(); }
};

class Opener
{
public:
    explicit Opener(const OpenContext &context)
        : m_context(context)
    {}

    /** Opens @p in, or says why it cannot be accepted. */
    std::optional<Failure> open(const SealedReturn &in, OpenedReturn &out, Scratch &scratch) const
    {
        const std::string name = "Return " + in.claimed.ref.text();
        const auto device = m_context.devices.find(in.claimed.deviceId);
        if (device == m_context.devices.end()) {
            return Failure{QuarantineReason::UnknownDevice,
                           name + " says it was signed by device " + in.claimed.deviceId +
                               ", which is not in the server's device list; refresh the device list, or ask the "
                               "server's administrator about this device."};
        }
        const envelope::BoxKeyPair *office = m_context.keys->find(in.claimed.keyId);
        if (!office) {
            return Failure{QuarantineReason::EnvelopeDoesNotOpen,
                           name + " was sealed to office key " + in.claimed.keyId +
                               ", which this office does not hold; import that key from its backup to open it."};
        }
        Bytes sealed;
        if (!decodeBase64(in.sealed, sealed)) {
            return Failure{QuarantineReason::EnvelopeDoesNotOpen, name + " cannot be opened: its sealed content is "
                                                                         "not valid base64."};
        }
        if (sealed.size() < envelope::sealedSize(0)) {
            return Failure{QuarantineReason::EnvelopeDoesNotOpen,
                           name + " cannot be opened: its sealed content is truncated."};
        }
        const std::size_t plainSize = sealed.size() - envelope::kSealOverhead;
        std::uint8_t *plain = scratch.reserve(plainSize);
        if (crypto_box_seal_open(plain, sealed.data(), sealed.size(), office->publicKey.data(),
                                 office->secretKey.data()) != 0) {
            return Failure{QuarantineReason::EnvelopeDoesNotOpen,
                           name + " cannot be opened with office key " + in.claimed.keyId +
                               ": it was altered or truncated on the way, or sealed to another key."};
        }
        const std::uint8_t *payload = plain + envelope::kSignatureSize;
        const std::size_t payloadSize = plainSize - envelope::kSignatureSize;
        const Bytes &devicePublicKey = device->second.signPublicKey;
        if (devicePublicKey.size() != envelope::kSignPublicKeySize ||
            crypto_sign_verify_detached(plain, payload, payloadSize, devicePublicKey.data()) != 0) {
            return Failure{QuarantineReason::SignatureInvalid, name + " does not carry a valid signature of device " +
                                                                   in.claimed.deviceId + " (" + device->second.agency +
                                                                   "): it was altered, or signed by another device."};
        }
        PayloadContent content;
        try {
            content = m_context.readPayload(std::string_view(reinterpret_cast<const char *>(payload), payloadSize));
        } catch (const Error &e) {
            return Failure{QuarantineReason::ContentInvalid,
                           name + " opened, but its content is not a valid return: " + e.what()};
        }
        std::string fields = mismatchedFields(in.claimed, content.meta);
        if (in.plainSize != static_cast<std::int64_t>(payloadSize)) {
            fields += (fields.empty() ? "" : ", ") + std::string("plain_size");
        }
        if (!fields.empty()) {
            return Failure{QuarantineReason::MetadataMismatch,
                           name + " was altered after sealing: its envelope and its sealed content disagree on " +
                               fields + "."};
        }
        if (content.meta.agency != device->second.agency) {
            return Failure{QuarantineReason::MetadataMismatch,
                           name + " names agency " + content.meta.agency + " but was signed by device " +
                               in.claimed.deviceId + ", which is enrolled for " + device->second.agency + "."};
        }
        const auto templ = m_context.templates->find(content.meta.templateId, content.meta.templateVersion);
        if (!templ) {
            return Failure{QuarantineReason::TemplateUnknown,
                           name + " follows template " + content.meta.templateId + " version " +
                               std::to_string(content.meta.templateVersion) +
                               ", which this office does not hold; add that template, then open it again."};
        }
        try {
            out.answers = normalizeAnswers(templ, content.answers);
        } catch (const Error &e) {
            return Failure{QuarantineReason::AnswersInvalid,
                           name + " does not fit template " + content.meta.templateId + " version " +
                               std::to_string(content.meta.templateVersion) + ": " + e.what()};
        }
        out.meta = std::move(content.meta);
        out.note = std::move(content.note);
        return std::nullopt;
    }

private:
    const OpenContext &m_context;
};

} // namespace

void OfficeKeyring::add(envelope::BoxKeyPair pair)
{
    const std::string id = envelope::keyId(pair.publicKey);
    m_pairs.insert_or_assign(id, std::move(pair));
}

const envelope::BoxKeyPair *OfficeKeyring::find(const std::string &keyId) const
{
    const auto it = m_pairs.find(keyId);
    return it == m_pairs.end() ? nullptr : &it->second;
}

std::vector<std::string> OfficeKeyring::keyIds() const
{
    std::vector<std::string> ids;
    for (const auto &[id, pair] : m_pairs) {
        ids.push_back(id);
    }
    return ids;
}

std::string_view toString(QuarantineReason reason)
{
    switch (reason) {
    case QuarantineReason::UnknownDevice:
        return "unknown_device";
    case QuarantineReason::EnvelopeDoesNotOpen:
        return "envelope_does_not_open";
    case QuarantineReason::SignatureInvalid:
        return "signature_invalid";
    case QuarantineReason::ContentInvalid:
        return "content_invalid";
    case QuarantineReason::MetadataMismatch:
        return "metadata_mismatch";
    case QuarantineReason::TemplateUnknown:
        return "template_unknown";
    case QuarantineReason::AnswersInvalid:
        return "answers_invalid";
    }
    return "content_invalid";
}

std::optional<QuarantineReason> quarantineReasonFrom(std::string_view text)
{
    for (int i = 0; i <= static_cast<int>(QuarantineReason::AnswersInvalid); ++i) {
        const auto reason = static_cast<QuarantineReason>(i);
        if (toString(reason) == text) {
            return reason;
        }
    }
    return std::nullopt;
}

std::string_view describe(QuarantineReason reason)
{
    switch (reason) {
    case QuarantineReason::UnknownDevice:
        return "unknown device";
    case QuarantineReason::EnvelopeDoesNotOpen:
        return "envelope does not open";
    case QuarantineReason::SignatureInvalid:
        return "signature does not verify";
    case QuarantineReason::ContentInvalid:
        return "content is not a valid return";
    case QuarantineReason::MetadataMismatch:
        return "metadata mismatch";
    case QuarantineReason::TemplateUnknown:
        return "template unknown";
    case QuarantineReason::AnswersInvalid:
        return "answers do not fit the template";
    }
    return "content is not a valid return";
}

nlohmann::json normalizeAnswers(const std::shared_ptr<const Template> &templ, const nlohmann::json &answers)
{
    // One clock for every form: today() only moves validation messages, which the office does not keep.
    static const auto clock = std::make_shared<const expr::SystemClock>();
    return Form::fromJson(templ, answers, clock).exportJson();
}

OpenOutcome openReturns(std::span<const SealedReturn> batch, const OpenContext &context)
{
    if (!context.keys || !context.templates || !context.readPayload) {
        throw Error(ErrorKind::Invalid, "Opening returns needs the office's keys, its templates and a payload reader.");
    }
    ensureSodium();
    const Opener opener(context);
    std::vector<OpenedReturn> opened(batch.size());
    std::vector<std::optional<Failure>> failures(batch.size());
    parallelFor(batch.size(), context.threads, [&](std::size_t i) {
        thread_local Scratch scratch;
        const WipeOnExit wipe{scratch};
        failures[i] = opener.open(batch[i], opened[i], scratch);
    });
    OpenOutcome outcome;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (failures[i]) {
            outcome.quarantined.push_back(
                {i, batch[i].claimed, failures[i]->reason, std::move(failures[i]->message), batch[i].envelopeText});
        } else {
            outcome.opened.push_back(std::move(opened[i]));
        }
    }
    return outcome;
}

} // namespace maqa::core::office
