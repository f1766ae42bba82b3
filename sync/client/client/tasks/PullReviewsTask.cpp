// Applying review changes (see PullReviewsTask.h), then the retention policy. Changes for returns this device never
// held (another tablet of the same agency) match no row and change nothing; the cursor still moves past them.
#include "client/tasks/PullReviewsTask.h"

#include "client/ApiClient.h"
#include "client/DeviceEnrolment.h"
#include "client/SettingKeys.h"

#include "core/util/Error.h"
#include "protocol/Json.h"
#include "protocol/Review.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/repos/ReturnRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QNetworkReply>

namespace maqa::client {

namespace {
constexpr int kMaxPagesPerPass = 1000; //!< a server that always says "more" cannot keep the device busy forever
}

void PullReviewsTask::start()
{
    fetch();
}

void PullReviewsTask::fetch()
{
    QUrlQuery query;
    const std::string cursor = m_context.store.settings().value(keys::kReviewCursor);
    if (!cursor.empty()) {
        query.addQueryItem(QStringLiteral("after"), QString::fromStdString(cursor));
    }
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    await(m_context.api.get(QStringLiteral("/reviews"), query), [this](const ApiResponse &r) { apply(r); });
}

void PullReviewsTask::apply(const ApiResponse &response)
{
    const Verdict verdict = verdictOf(response);
    if (verdict != Verdict::Success) {
        return finish(TaskOutcome::fromResponse(response, verdict));
    }
    const protocol::ReviewPage page = protocol::ReviewPage::fromJson(
        protocol::parseObject(std::string_view(response.body.constData(), response.body.size()), "review page"));
    store::Store &store = m_context.store;
    {
        OwnWrites own(m_context);
        store::Transaction tx(store.database());
        for (const protocol::ReviewState &review : page.reviews) {
            const std::optional<std::string> comment =
                review.comment.empty() ? std::nullopt : std::optional<std::string>(review.comment);
            store.returns().setReview({review.uuid, static_cast<int>(review.revision)}, review.state, comment);
        }
        if (!page.nextCursor.empty()) {
            store.settings().set(keys::kReviewCursor, page.nextCursor);
        }
        tx.commit();
    }
    if (page.more && !page.reviews.empty() && ++m_pages < kMaxPagesPerPass) {
        return fetch();
    }
    // Retention: what the office approved more than the policy's days ago leaves the device (each deletion logged).
    const core::Millis day = 24LL * 3600 * 1000;
    {
        OwnWrites own(m_context);
        store.returns().purgeApprovedBefore(store.now() - m_context.enrolment.policy.retentionDays * day);
    }
    finish({});
}

} // namespace maqa::client
