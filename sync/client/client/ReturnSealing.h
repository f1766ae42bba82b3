// Turning a submitted return into its sealed envelope: the payload is built from the return's record and frozen
// answers, signed with the device's key and sealed to the office's (docs/architecture.md → Sync).
#pragma once

#include "protocol/Envelope.h"
#include "store/repos/Records.h"

#include <string>

namespace maqa::client {

struct DeviceEnrolment;

/**
 * The payload of @p record with its @p frozenAnswersJson, as @p device sends it. The return's own agency wins over
 * the device's when it has one (the server refuses a mismatch rather than the device relabelling it). Throws
 * Error(Corrupt) when the frozen answers are not a JSON object.
 */
protocol::ReturnPayload buildPayload(const store::ReturnRecord &record, const std::string &frozenAnswersJson,
                                     const DeviceEnrolment &device, const std::string &appVersion);

/** @p payload signed by the device and sealed to the office: the envelope's exact bytes, ready for the outbox. */
core::Bytes sealPayload(const protocol::ReturnPayload &payload, const DeviceEnrolment &device);

} // namespace maqa::client
