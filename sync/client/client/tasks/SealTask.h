// Seals queued outbox items: builds each payload from the return and its frozen answers, signs and seals it, and
// stores the envelope (OutboxRepository::setEnvelope), once; from then on it is re-sent byte for byte.
#pragma once

#include "client/tasks/Task.h"

#include <future>
#include <memory>

namespace maqa::store {
class WorkerConnection;
}

namespace maqa::client {

/**
 * Seals every queued item, one batch (one transaction) at a time, entirely on a worker thread with its own
 * connection to the store: reading, sealing and filing never block the thread uploads and the UI run on.
 * progressed() after each batch tells the scheduler to send it. abort() waits for a running batch, so neither the
 * connection nor a copy of the signing key outlives the task.
 */
class SealTask : public Task
{
    Q_OBJECT
public:
    explicit SealTask(TaskContext &context);
    ~SealTask() override;
    TaskKind kind() const override { return TaskKind::Seal; }
    void start() override;
    void abort() override;

    static constexpr int kBatch = 128; //!< items per transaction: one fsync per batch, not per item

private:
    /** Seals the next batch on a worker thread; batchDone() follows on this task's thread. */
    void sealNextBatch();
    void batchDone();
    void waitForWorker() noexcept;

    std::unique_ptr<store::WorkerConnection> m_connection; //!< used only by the worker, one batch at a time
    std::future<int> m_worker;                             //!< the batch being sealed: how many items it took
    int m_sealed = 0;
};

} // namespace maqa::client
