// GET /config: the office's current public key and policy. The office may rotate its key or tighten the policy;
// the device picks both up on its next contact and seals new returns to the new key.
#pragma once

#include "client/tasks/Task.h"

namespace maqa::client {

/** Pulls the device configuration and stores what changed. */
class PullConfigTask : public Task
{
    Q_OBJECT
public:
    using Task::Task;
    TaskKind kind() const override { return TaskKind::Config; }
    void start() override;

private:
    void apply(const ApiResponse &response);
};

} // namespace maqa::client
