// The task base (see Task.h). Qt cannot carry exceptions through its event loop, so every piece of task work runs
// inside guarded(): a store or protocol failure becomes the task's outcome, shown to the practitioner.
#include "client/tasks/Task.h"

#include "core/util/Error.h"
#include "store/Store.h"

#include <QNetworkReply>

namespace maqa::client {

const char *taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Config:
        return "config";
    case TaskKind::Manifest:
        return "manifest";
    case TaskKind::Seal:
        return "seal";
    case TaskKind::Upload:
        return "upload";
    case TaskKind::Reviews:
        return "reviews";
    case TaskKind::Progress:
        return "progress";
    }
    return "unknown";
}

TaskOutcome TaskOutcome::fromResponse(const ApiResponse &response, Verdict verdict)
{
    TaskOutcome outcome;
    outcome.message = describe(response);
    outcome.noAnswer = response.status == 0;
    outcome.retryAfter = response.retryAfter;
    switch (verdict) {
    case Verdict::Success:
        outcome.result = Result::Done;
        break;
    case Verdict::Retry:
        outcome.result = Result::Retry;
        break;
    case Verdict::Refused:
    case Verdict::DeviceRefused:
        outcome.result = Result::Refused;
        break;
    case Verdict::Wipe:
        outcome.result = Result::Wipe;
        break;
    }
    return outcome;
}

RequestTask::RequestTask(QString unexpectedFailure)
    : m_unexpectedFailure(std::move(unexpectedFailure))
{}

RequestTask::~RequestTask()
{
    abort();
}

void RequestTask::run()
{
    guarded([this] { start(); });
}

void RequestTask::abort()
{
    m_finished = true;
    cancelReplies();
}

void RequestTask::cancelReplies()
{
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RequestTask::await(QNetworkReply *reply, std::function<void(const ApiResponse &)> handler)
{
    m_replies.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)] {
        m_replies.remove(reply);
        reply->deleteLater();
        if (m_finished) {
            return;
        }
        const ApiResponse response = ApiResponse::fromReply(*reply);
        guarded([&] { handler(response); });
    });
}

void RequestTask::finish(const TaskOutcome &outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(outcome);
}

void RequestTask::guarded(const std::function<void()> &work)
{
    try {
        work();
    } catch (const core::Error &e) {
        TaskOutcome outcome;
        // A disk that is full or busy may recover; anything else about local data will not by waiting.
        outcome.result = e.kind() == core::ErrorKind::Io ? TaskOutcome::Result::Retry : TaskOutcome::Result::Refused;
        outcome.message = QString::fromUtf8(e.what());
        cancelReplies();
        finish(outcome);
    } catch (const std::exception &e) {
        TaskOutcome outcome;
        outcome.result = TaskOutcome::Result::Refused;
        outcome.message = m_unexpectedFailure.arg(QString::fromUtf8(e.what()));
        cancelReplies();
        finish(outcome);
    }
}

Task::Task(TaskContext &context)
    : RequestTask(QStringLiteral("The sync failed unexpectedly (%1)."))
    , m_context(context)
{}

core::Millis Task::now() const
{
    return m_context.store.now();
}

OwnWrites::OwnWrites(TaskContext &context)
    : m_context(context)
{
    if (m_context.ownWrites) {
        m_context.ownWrites(true);
    }
}

OwnWrites::~OwnWrites()
{
    if (m_context.ownWrites) {
        m_context.ownWrites(false);
    }
}

} // namespace maqa::client
