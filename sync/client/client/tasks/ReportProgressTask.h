// PUT /progress: which cases this device is drafting and how far each has got (answered of relevant questions),
// never an answer, so the office sees completeness before anything is submitted.
#pragma once

#include "client/tasks/Task.h"

#include "protocol/Progress.h"

namespace maqa::client {

/** Reports the device's drafts; skips the request when nothing changed since the last report. */
class ReportProgressTask : public Task
{
    Q_OBJECT
public:
    using Task::Task;
    TaskKind kind() const override { return TaskKind::Progress; }
    void start() override;

    /** The report of every draft in @p store (answered and relevant questions counted by the form engine). */
    static protocol::ProgressReport draftsReport(store::Store &store);
};

} // namespace maqa::client
