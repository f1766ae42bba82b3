// GET /reviews?after=<cursor>: the office's review states (received, has issues with a comment, approved) for this
// agency's returns, page by page; each page and the cursor after it are committed together.
#pragma once

#include "client/tasks/Task.h"

namespace maqa::client {

/** Pulls review changes until the server says no more are waiting. */
class PullReviewsTask : public Task
{
    Q_OBJECT
public:
    using Task::Task;
    TaskKind kind() const override { return TaskKind::Reviews; }
    void start() override;

    static constexpr int kPageSize = 200; //!< review changes per request

private:
    void fetch();
    void apply(const ApiResponse &response);
    int m_pages = 0;
};

} // namespace maqa::client
