// The office task base (see OfficeTask.h). As with the device's tasks, Qt cannot carry exceptions through its event
// loop, so every piece of work runs inside guarded() and a store or protocol failure becomes the outcome.
#include "client/office/OfficeTask.h"

#include "core/util/Error.h"
#include "protocol/Json.h"

#include <QNetworkReply>

namespace maqa::client {

TaskOutcome officeOutcome(const ApiResponse &response)
{
    TaskOutcome outcome = TaskOutcome::fromResponse(response, verdictOf(response));
    if (outcome.result == TaskOutcome::Result::Wipe) {
        outcome.result = TaskOutcome::Result::Refused; // only devices are wiped; an office token never is
    }
    if (response.status == 401) {
        outcome.message = QStringLiteral("the server did not accept the office token (HTTP 401); set the office up "
                                         "again with the token `maqa-server admin init` printed");
    } else if (response.status == 403 && response.error && response.error->error == "forbidden") {
        outcome.message = QStringLiteral("the server refused: that token belongs to a device, not to the office "
                                         "(HTTP 403)");
    }
    return outcome;
}

OfficeTask::OfficeTask(OfficeTaskContext &context)
    : m_context(context)
{}

OfficeTask::~OfficeTask()
{
    abort();
}

void OfficeTask::run()
{
    guarded([this] { start(); });
}

void OfficeTask::abort()
{
    m_finished = true;
    cancelReplies();
}

void OfficeTask::cancelReplies()
{
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void OfficeTask::await(QNetworkReply *reply, std::function<void(const ApiResponse &)> handler)
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

std::optional<nlohmann::json> OfficeTask::successBody(const ApiResponse &response, const std::string &what)
{
    if (verdictOf(response) != Verdict::Success) {
        finish(officeOutcome(response));
        return std::nullopt;
    }
    return protocol::parseObject(std::string_view(response.body.constData(), response.body.size()), what);
}

void OfficeTask::finish(const TaskOutcome &outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(outcome);
}

void OfficeTask::guarded(const std::function<void()> &work)
{
    try {
        work();
    } catch (const core::Error &e) {
        TaskOutcome outcome;
        outcome.result = e.kind() == core::ErrorKind::Io ? TaskOutcome::Result::Retry : TaskOutcome::Result::Refused;
        outcome.message = QString::fromUtf8(e.what());
        cancelReplies();
        finish(outcome);
    } catch (const std::exception &e) {
        TaskOutcome outcome;
        outcome.result = TaskOutcome::Result::Refused;
        outcome.message =
            QStringLiteral("The office's sync failed unexpectedly (%1).").arg(QString::fromUtf8(e.what()));
        cancelReplies();
        finish(outcome);
    }
}

} // namespace maqa::client
