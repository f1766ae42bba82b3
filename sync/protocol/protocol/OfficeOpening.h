// The bridge between the wire format and the office's Qt-free opener (core/office), which cannot see protocol types
// because core sits below the protocol: pulled envelopes and device records in, the opener's plain structs out.
#pragma once

#include "core/office/Opening.h"
#include "protocol/Envelope.h"
#include "protocol/Office.h"

namespace maqa::protocol {

/** The envelope metadata in the office's terms. */
core::office::ReturnMeta toOfficeMeta(const protocol::EnvelopeMetadata &metadata);
/** A pulled envelope as the opener takes it (its JSON text kept for quarantine). */
core::office::SealedReturn toSealedReturn(const protocol::Envelope &envelope);
/** A device from the server's list as the opener takes it; throws Error(Invalid) on a malformed key. */
core::office::DeviceKey toDeviceKey(const protocol::DeviceInfo &device);
/** The payload reader: protocol::ReturnPayload::parse, strict, thread-safe. */
core::office::PayloadReader protocolPayloadReader();

} // namespace maqa::protocol
