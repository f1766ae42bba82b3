// GET /office/progress: which cases each device is drafting and how far each draft has got (counts, never answers),
// replacing the office's copy; the completeness matrix shows them as "drafting".
#pragma once

#include "client/office/OfficeTask.h"

namespace maqa::client {

/** Pulls the devices' drafting progress. */
class PullProgressTask : public OfficeTask
{
    Q_OBJECT
public:
    using OfficeTask::OfficeTask;
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Getting drafting progress"); }

protected:
    void start() override;
};

} // namespace maqa::client
