// Uploading (see UploadTask.h). Delivery marks are batched: losing one (a crash between the server's answer and
// the batch's commit) only means the envelope is PUT again, and the server answers 200 for identical bytes.
#include "client/tasks/UploadTask.h"

#include "client/ApiClient.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"

#include <QNetworkReply>
#include <QTimer>

#include <limits>

namespace maqa::client {

UploadTask::~UploadTask()
{
    abort();
}

void UploadTask::start()
{
    m_total = m_context.store.outbox().counts().sealed;
    QTimer::singleShot(0, this, [this] { guarded([this] { fill(); }); });
}

void UploadTask::abort()
{
    if (!m_delivered.empty() && m_context.store.isOpen()) {
        try {
            flushDelivered(true);
        } catch (const core::Error &e) {
            // Not lost: an unmarked item is PUT again next time and the server answers 200 for the same bytes.
            qWarning("maqa sync: delivery marks not saved, they will be re-sent: %s", e.what());
        }
    }
    m_delivered.clear();
    Task::abort();
}

bool UploadTask::readPage()
{
    if (m_nothingNew && inFlight() > 0) {
        return false; // the last read found nothing: answers arriving meanwhile cost no query
    }
    flushDelivered(true); // delivered items must not come back in the page
    const core::Millis horizon = m_context.includeWaitingItems ? std::numeric_limits<core::Millis>::max() : now();
    for (store::OutboxItem &item : m_context.store.outbox().sealedDue(horizon, kPage)) {
        if (m_attempted.insert({item.key.uuid, item.key.revision}).second) {
            m_queue.push_back(std::move(item));
        }
    }
    m_nothingNew = m_queue.empty();
    return !m_queue.empty();
}

void UploadTask::fill()
{
    if (hasFinished()) {
        return;
    }
    // The next page is read as soon as the queue runs dry, while the window is still busy, so the line never idles
    // between pages; items sealed meanwhile join the same task.
    while (!m_stop && inFlight() < std::max(1, m_context.uploadWindow) && (!m_queue.empty() || readPage())) {
        send(m_queue.front());
        m_queue.pop_front();
    }
    if (inFlight() > 0) {
        return;
    }
    flushDelivered(true);
    finish(m_stop.value_or(TaskOutcome{}));
}

void UploadTask::send(const store::OutboxItem &item)
{
    const auto size = static_cast<std::int64_t>(item.envelope->size());
    if (m_context.maxBodyBytes > 0 && size > m_context.maxBodyBytes) {
        OwnWrites own(m_context);
        m_context.store.outbox().markFailed(
            item.key, "This return is too large for the server: it takes " + std::to_string((size + 1023) / 1024) +
                          " KB and the server accepts at most " + std::to_string(m_context.maxBodyBytes / 1024) +
                          " KB. Ask the partnership office to raise the limit, then send it again.");
        ++m_done;
        return;
    }
    const QString path =
        QStringLiteral("/returns/%1/%2").arg(QString::fromStdString(item.key.uuid)).arg(item.key.revision);
    const QByteArray body(reinterpret_cast<const char *>(item.envelope->data()),
                          static_cast<qsizetype>(item.envelope->size()));
    await(m_context.api.put(path, body), [this, key = item.key, attempts = item.attempts](const ApiResponse &r) {
        handle(key, attempts, r);
        fill();
    });
}

void UploadTask::handle(const store::ReturnKey &key, int attempts, const ApiResponse &response)
{
    const Verdict verdict = verdictOf(response);
    const QString reason = describe(response);
    OwnWrites own(m_context);
    switch (verdict) {
    case Verdict::Success:
        if (m_delivered.empty()) {
            m_sinceFirstUnflushed.start();
        }
        m_delivered.push_back(key);
        ++m_done;
        reportProgress();
        flushDelivered(false);
        return;
    case Verdict::Retry: {
        const auto delay = retryDelay(m_context.backoff, attempts + 1, response.retryAfter);
        m_context.store.outbox().recordRetry(key, reason.toStdString(), now() + delay.count());
        if (!m_stop) {
            m_stop = TaskOutcome::fromResponse(response, verdict);
        }
        return;
    }
    case Verdict::Wipe:
        m_delivered.clear(); // the store is about to be destroyed
        return finish(TaskOutcome::fromResponse(response, verdict));
    case Verdict::DeviceRefused:
        m_context.store.outbox().markFailed(key, reason.toStdString());
        if (!m_stop) {
            m_stop = TaskOutcome::fromResponse(response, verdict);
        }
        return;
    case Verdict::Refused:
        // This return will never be accepted as it is; the others may well be, so the upload goes on.
        m_context.store.outbox().markFailed(key, "The server refused this return: " + reason.toStdString());
        ++m_done;
        reportProgress();
        return;
    }
}

void UploadTask::reportProgress()
{
    // A status line redrawn a thousand times a second helps nobody: ten times a second is plenty.
    if (!m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= 100 || m_done >= m_total) {
        m_sinceProgress.start();
        emit progressed(m_done, std::max(m_done, m_total));
    }
}

void UploadTask::flushDelivered(bool force)
{
    if (m_delivered.empty()) {
        return;
    }
    if (!force && static_cast<int>(m_delivered.size()) < kFlushEvery &&
        m_sinceFirstUnflushed.elapsed() < kFlushAfterMs) {
        return;
    }
    OwnWrites own(m_context);
    m_context.store.outbox().markDelivered(m_delivered);
    m_delivered.clear();
}

} // namespace maqa::client
