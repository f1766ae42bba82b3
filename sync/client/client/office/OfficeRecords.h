// The office's wire messages in the office store's terms and back: audits, devices and drafting progress as the
// server lists them, and an audit the office creates as the request the server reads.
#pragma once

#include "core/office/Records.h"
#include "protocol/Office.h"
#include "protocol/Progress.h"
#include "store/office/OfficeKeyRepository.h"

namespace maqa::client {

/** A listed audit as the office store keeps it. */
core::office::AuditInfo toAuditInfo(const protocol::Audit &audit);
/** The create request for @p audit (its id and creation time are the server's to choose). */
protocol::Audit toAuditRequest(const core::office::AuditInfo &audit);
/** A listed device as the office store keeps it; throws Error(Invalid) when its key is not an Ed25519 key. */
store::office::OfficeDevice toOfficeDevice(const protocol::DeviceInfo &device);
/** One row of the devices' progress as the office store keeps it. */
core::office::DraftProgress toDraftProgress(const protocol::DeviceProgress &row);

} // namespace maqa::client
