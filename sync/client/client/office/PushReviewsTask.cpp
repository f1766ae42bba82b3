// Sending reviews (see PushReviewsTask.h). One at a time: a pass sends a handful, and a transient failure stops the
// rest so they go together next time. A review the server refuses for good (a return it does not hold) does not
// hold back the others; the task then ends refused, naming it.
#include "client/office/PushReviewsTask.h"

#include "client/ApiClient.h"

#include "core/office/Records.h"
#include "protocol/Review.h"
#include "store/office/OfficeStore.h"

#include <QNetworkReply>
#include <QTimer>

namespace maqa::client {

void PushReviewsTask::start()
{
    const std::vector<store::office::ReviewRecord> pending = m_context.office.reviews().toSend();
    m_queue.assign(pending.begin(), pending.end());
    QTimer::singleShot(0, this, [this] { guarded([this] { sendNext(); }); });
}

void PushReviewsTask::sendNext()
{
    if (m_queue.empty()) {
        if (m_refused.isEmpty()) {
            return finish();
        }
        TaskOutcome outcome;
        outcome.result = TaskOutcome::Result::Refused;
        outcome.message = m_refused.join(QStringLiteral("; "));
        return finish(outcome);
    }
    const store::office::ReviewRecord record = m_queue.front();
    m_queue.pop_front();
    const core::office::Review &review = record.review;
    const protocol::ReviewUpdate update{std::string(core::office::toString(review.state)), review.comment};
    const QString path = QStringLiteral("/office/returns/%1/%2/review")
                             .arg(QString::fromStdString(review.ref.uuid))
                             .arg(review.ref.revision);
    await(m_context.api.put(path, QByteArray::fromStdString(update.toJson().dump())),
          [this, record](const ApiResponse &response) {
              const Verdict verdict = verdictOf(response);
              if (verdict == Verdict::Success) {
                  m_context.office.reviews().markSent(record.review.ref, record.change);
                  ++m_context.summary.reviewsSent;
                  return sendNext();
              }
              const TaskOutcome outcome = officeOutcome(response);
              if (verdict != Verdict::Refused) {
                  return finish(outcome); // the server or the token: nothing else would get through either
              }
              m_refused << QStringLiteral("the review of return %1 was refused: %2")
                               .arg(QString::fromStdString(record.review.ref.text()), outcome.message);
              sendNext();
          });
}

} // namespace maqa::client
