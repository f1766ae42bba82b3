// GET /manifest, then each template version the device lacks (its bytes checked against the manifest's SHA-256 and
// loaded by the template engine before they are kept), then the agency's assignments.
#pragma once

#include "client/tasks/Task.h"

#include "protocol/Assignment.h"

#include <deque>

namespace maqa::client {

/** Pulls templates and assignments, one request at a time. */
class PullManifestTask : public Task
{
    Q_OBJECT
public:
    using Task::Task;
    TaskKind kind() const override { return TaskKind::Manifest; }
    void start() override;

private:
    void readManifest(const ApiResponse &response);
    void fetchNextTemplate();
    void storeTemplate(const protocol::TemplateRef &ref, const ApiResponse &response);
    void storeAssignments();

    std::deque<protocol::TemplateRef> m_missing;
    std::vector<protocol::Assignment> m_assignments;
    QStringList m_problems; //!< templates that could not be taken; reported when the rest is done
    bool m_retryProblem = false;
};

} // namespace maqa::client
