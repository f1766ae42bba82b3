// GET /office/devices: the enrolled devices with the Ed25519 keys their returns are signed with, which replace the
// office's list (opening checks every signature against it). Revoked devices stay listed: what they signed before
// the revocation still opens.
#pragma once

#include "client/office/OfficeTask.h"

namespace maqa::client {

/** Pulls the device list. */
class PullDevicesTask : public OfficeTask
{
    Q_OBJECT
public:
    using OfficeTask::OfficeTask;
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Getting the device list"); }

    /** Replaces the office's device list with the one in @p json (the answer's body); returns how many. */
    static int keep(OfficeTaskContext &context, const nlohmann::json &json);

protected:
    void start() override;
};

} // namespace maqa::client
