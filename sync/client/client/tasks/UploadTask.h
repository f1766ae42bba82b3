// Sends sealed outbox items: PUT /returns/{uuid}/{revision} with the stored envelope bytes. 201/200 → delivered
// (marked in batches), 409 and other 4xx → failed for good, 408/429/5xx/no answer → retried later with backoff.
#pragma once

#include "client/tasks/Task.h"

#include "store/repos/Records.h"

#include <QElapsedTimer>

#include <deque>
#include <set>
#include <utility>

namespace maqa::client {

/**
 * The upload kind. It keeps up to TaskContext::uploadWindow PUTs in flight on keep-alive connections: each PUT is
 * an idempotent write of a distinct (uuid, revision), so overlapping them cannot duplicate or reorder anything
 * the server keeps, and the kind still behaves as one unit towards the network — the first transient failure stops
 * new requests, and the whole kind backs off once, instead of each item hammering a struggling server. Qt may
 * pipeline these PUTs on one connection (ApiClient::put allows it): a dropped connection's unanswered ones are sent
 * again, and the server answers 200 for bytes it already holds.
 */
class UploadTask : public Task
{
    Q_OBJECT
public:
    using Task::Task;
    ~UploadTask() override;
    TaskKind kind() const override { return TaskKind::Upload; }
    void start() override;
    /** Cancels the requests in flight; deliveries already acknowledged are still recorded. */
    void abort() override;

    static constexpr int kPage = 256;         //!< outbox items read at once
    static constexpr int kFlushEvery = 128;   //!< delivered marks per transaction
    static constexpr int kFlushAfterMs = 500; //!< ... or after this long, so the counts move on a slow link

private:
    /** Queues the next page of sealed items not yet attempted; false when there is none. */
    bool readPage();
    /** Keeps the window full; finishes once nothing is in flight and nothing is left to send (or a stop came). */
    void fill();
    void send(const store::OutboxItem &item);
    void handle(const store::ReturnKey &key, int attempts, const ApiResponse &response);
    void flushDelivered(bool force);
    void reportProgress();

    std::deque<store::OutboxItem> m_queue;
    std::vector<store::ReturnKey> m_delivered;         //!< acknowledged, not yet marked in the store
    std::set<std::pair<std::string, int>> m_attempted; //!< queued or sent by this task: never sent twice
    bool m_nothingNew = false; //!< the last page read found nothing new: read again once the window drains
    QElapsedTimer m_sinceFirstUnflushed;
    QElapsedTimer m_sinceProgress;
    std::optional<TaskOutcome> m_stop; //!< set when no new request may start; finished once the window drains
    int m_done = 0;
    int m_total = 0;
};

} // namespace maqa::client
