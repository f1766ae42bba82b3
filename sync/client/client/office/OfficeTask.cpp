// The office task base (see OfficeTask.h): an office failure response in words for the office, and the body of a
// success. Reply tracking and guarded() come from RequestTask (client/tasks/Task.h), shared with the device tasks.
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
    : RequestTask(QStringLiteral("The office's sync failed unexpectedly (%1)."))
    , m_context(context)
{}

std::optional<nlohmann::json> OfficeTask::successBody(const ApiResponse &response, const std::string &what)
{
    if (verdictOf(response) != Verdict::Success) {
        finish(officeOutcome(response));
        return std::nullopt;
    }
    return protocol::parseObject(std::string_view(response.body.constData(), response.body.size()), what);
}

} // namespace maqa::client
