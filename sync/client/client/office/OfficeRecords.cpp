// Field-by-field copies between the office's wire messages and its store records (see OfficeRecords.h).
#include "client/office/OfficeRecords.h"

#include "core/crypto/Envelope.h"
#include "core/crypto/Sodium.h"
#include "core/util/Error.h"

namespace maqa::client {

core::office::AuditInfo toAuditInfo(const protocol::Audit &a)
{
    core::office::AuditInfo info;
    info.auditId = a.auditId;
    info.title = a.title;
    info.theme = a.theme;
    info.period = a.period;
    info.dueDate = a.dueDate;
    info.templateId = a.templateId;
    info.templateVersion = static_cast<int>(a.templateVersion.value_or(1));
    for (const protocol::CaseRef &c : a.cases) {
        info.cases.push_back({c.code, c.ageBand, c.needs});
    }
    info.agencies = a.agencies;
    info.createdAt = a.createdAt;
    return info;
}

protocol::Audit toAuditRequest(const core::office::AuditInfo &info)
{
    protocol::Audit a;
    a.title = info.title;
    a.theme = info.theme;
    a.period = info.period;
    a.dueDate = info.dueDate;
    a.templateId = info.templateId;
    if (info.templateVersion > 0) {
        a.templateVersion = info.templateVersion;
    }
    for (const core::office::CaseInfo &c : info.cases) {
        a.cases.push_back({c.code, c.ageBand, c.needs});
    }
    a.agencies = info.agencies;
    return a;
}

store::office::OfficeDevice toOfficeDevice(const protocol::DeviceInfo &d)
{
    core::Bytes key = core::fromBase64(d.signPublicKey);
    if (key.size() != core::envelope::kSignPublicKeySize) {
        throw core::Error(core::ErrorKind::Invalid, "The server listed device " + d.deviceId +
                                                        " with a signing key that is not an Ed25519 public key.");
    }
    return {d.deviceId, d.deviceName, d.agency, std::move(key), d.enrolledAt, d.revoked, d.revokedAt};
}

core::office::DraftProgress toDraftProgress(const protocol::DeviceProgress &row)
{
    core::office::DraftProgress p;
    p.auditId = row.entry.auditId;
    p.caseCode = row.entry.caseCode;
    p.agency = row.agency;
    p.deviceId = row.deviceId;
    p.deviceName = row.deviceName;
    p.returnUuid = row.entry.returnUuid;
    p.answered = static_cast<int>(row.entry.answered);
    p.total = static_cast<int>(row.entry.total);
    p.updatedAt = row.entry.updatedAt;
    return p;
}

} // namespace maqa::client
