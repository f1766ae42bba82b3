// GET /office/audits: every audit with its theme, period, due date, template, case sample (codes, age bands, range
// of needs) and agencies, saved in the office's store. Audits made on another office machine arrive this way too.
#pragma once

#include "client/office/OfficeTask.h"

namespace maqa::client {

/** Pulls the audits. */
class PullAuditsTask : public OfficeTask
{
    Q_OBJECT
public:
    using OfficeTask::OfficeTask;
    //! What this task does, for the status line.
    QString activity() const override { return QStringLiteral("Getting audits"); }

protected:
    void start() override;
};

} // namespace maqa::client
