// libFuzzer target: every decoder of sync/protocol. The first byte picks the message type, the rest is its JSON
// text. A decoder may refuse only with Error(Invalid); what it accepts must survive toJson() → fromJson() unchanged,
// and a payload it accepts, sealed and opened again, must come back byte for byte.
#include "protocol/Assignment.h"
#include "protocol/Enrolment.h"
#include "protocol/Envelope.h"
#include "protocol/ErrorBody.h"
#include "protocol/Json.h"
#include "protocol/Office.h"
#include "protocol/Progress.h"
#include "protocol/Review.h"
#include "protocol/Sealing.h"

#include "core/crypto/Envelope.h"
#include "core/util/Error.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

using namespace maqa;
using nlohmann::json;

namespace {

[[noreturn]] void broken(const std::string &what)
{
    std::fprintf(stderr, "fuzz_protocol: %s\n", what.c_str());
    std::abort();
}

// Reads a message; what it accepts must read again from its own JSON and give the same JSON.
template<typename T>
void roundTrip(const json &input)
{
    const json first = T::fromJson(input).toJson();
    try {
        if (T::fromJson(first).toJson() != first) {
            broken("a message changed on its way through toJson() and fromJson(): " + first.dump());
        }
    } catch (const core::Error &e) {
        broken(std::string("a message refused its own JSON: ") + e.what() + "\n" + first.dump());
    }
}

// Request readers whose answer form differs (the server adds ids and times): reading is all there is to check.
template<auto Read>
void readOnly(const json &input)
{
    (void)Read(input);
}

void sealAndOpen(std::string_view text)
{
    static const auto office = core::envelope::BoxKeyPair::generate();
    static const auto device = core::envelope::SigningKeyPair::generate();
    protocol::ReturnPayload payload = protocol::ReturnPayload::parse(text);
    payload.metadata.keyId = core::envelope::keyId(office.publicKey);
    const protocol::Envelope envelope = protocol::sealReturn(payload, device.secretKey, office.publicKey);
    const protocol::Envelope received = protocol::Envelope::parse(envelope.serialize());
    try {
        const protocol::OpenedReturn opened = protocol::openReturn(received, office, device.publicKey);
        if (opened.payloadText != payload.serialize()) {
            broken("an opened return differs from the payload that was sealed");
        }
    } catch (const core::Error &e) {
        broken(std::string("a return sealed here could not be opened: ") + e.what());
    }
}

using Decoder = std::function<void(const json &)>;
const std::array<Decoder, 26> kDecoders{
    roundTrip<protocol::Policy>,
    roundTrip<protocol::EnrolmentRequest>,
    roundTrip<protocol::EnrolmentResponse>,
    roundTrip<protocol::DeviceConfig>,
    roundTrip<protocol::Envelope>,
    roundTrip<protocol::ReturnPayload>,
    roundTrip<protocol::ErrorBody>,
    roundTrip<protocol::Health>,
    roundTrip<protocol::Assignment>,
    roundTrip<protocol::TemplateRef>,
    roundTrip<protocol::Manifest>,
    roundTrip<protocol::AssignmentList>,
    roundTrip<protocol::OfficeKey>,
    readOnly<protocol::OfficeKey::requestFromJson>,
    roundTrip<protocol::Audit>,
    readOnly<protocol::Audit::requestFromJson>,
    readOnly<protocol::EnrolCode::requestFromJson>,
    roundTrip<protocol::DeviceInfo>,
    roundTrip<protocol::OfficeReturn>,
    roundTrip<protocol::OfficeReturnPage>,
    roundTrip<protocol::ProgressReport>,
    roundTrip<protocol::DeviceProgress>,
    roundTrip<protocol::ProgressList>,
    roundTrip<protocol::ReviewState>,
    roundTrip<protocol::ReviewPage>,
    roundTrip<protocol::ReviewUpdate>,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const unsigned selector = data[0];
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    try {
        if (selector == 0xfd) {
            (void)protocol::Envelope::parse(text);
        } else if (selector == 0xfe) {
            (void)protocol::ReturnPayload::parse(text);
        } else if (selector == 0xff) {
            sealAndOpen(text);
        } else if (selector == 0xfc) {
            (void)protocol::normaliseEnrolmentCode(text);
            (void)protocol::parseTimestamp(text);
        } else {
            kDecoders[selector % kDecoders.size()](protocol::parseObject(text, "message"));
        }
    } catch (const core::Error &e) {
        if (e.kind() != core::ErrorKind::Invalid) {
            broken(std::string("a decoder refused with a kind other than Invalid: ") + e.what());
        }
    }
    return 0;
}
