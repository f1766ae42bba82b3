// Seals queued outbox items: builds each payload from the return and its frozen answers, signs and seals it, and
// stores the envelope (OutboxRepository::setEnvelope), once; from then on it is re-sent byte for byte.
#pragma once

#include "client/tasks/Task.h"

namespace maqa::client {

/**
 * Seals every queued item, in batches of one transaction each, yielding to the event loop between batches (so the
 * app stays responsive and uploads run alongside); progressed() after each batch tells the scheduler to send it.
 */
class SealTask : public Task
{
    Q_OBJECT
public:
    using Task::Task;
    TaskKind kind() const override { return TaskKind::Seal; }
    void start() override;

    static constexpr int kBatch = 128; //!< items per transaction: one fsync per batch, not per item

private:
    void sealBatch();
    int m_sealed = 0;
};

} // namespace maqa::client
