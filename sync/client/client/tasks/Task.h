// One unit of sync work (Mozilla VPN's src/tasks): a class per operation, started by the scheduler, finishing
// once with an outcome. Tasks share a context: the store, the API client and the device's enrolment.
#pragma once

#include "client/ApiResponse.h"
#include "client/Backoff.h"

#include "core/util/Clock.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace maqa::store {
class Store;
}

namespace maqa::client {

class ApiClient;
struct DeviceEnrolment;

/** The kinds of work; at most one task of a kind runs at a time. */
enum class TaskKind { Config, Manifest, Seal, Upload, Reviews, Progress };

/** Every kind, in the order one pass runs them: the office key before sealing, sealing before uploading. */
inline constexpr TaskKind kAllTaskKinds[] = {TaskKind::Config, TaskKind::Manifest, TaskKind::Seal,
                                             TaskKind::Upload, TaskKind::Reviews,  TaskKind::Progress};

/** A short name for logs and tests: "config", "manifest", "seal", "upload", "reviews", "progress". */
const char *taskKindName(TaskKind kind);

/** How a task ended. */
struct TaskOutcome
{
    enum class Result {
        Done,    //!< finished its work
        Retry,   //!< a transient failure: try again after a backoff
        Refused, //!< the server refused for good (or local data is unusable): do not retry automatically
        Wipe,    //!< the device was revoked: erase the store
    };
    Result result = Result::Done;
    QString message;                                     //!< plain words; "" when Done
    std::optional<std::chrono::milliseconds> retryAfter; //!< the server's Retry-After, if it sent one
    bool noAnswer = false; //!< the server did not answer at all (network down or server unreachable)

    /** The outcome of a task stopped by @p response, which got @p verdict (not Success). */
    static TaskOutcome fromResponse(const ApiResponse &response, Verdict verdict);
};

/** What every task works with. Owned by the engine while a store is attached. */
struct TaskContext
{
    store::Store &store;
    ApiClient &api;
    DeviceEnrolment &enrolment;
    BackoffPolicy backoff;               //!< also spaces retries of single outbox items
    int uploadWindow = 4;                //!< PUTs in flight at once within the one upload task
    bool includeWaitingItems = false;    //!< this pass also sends items whose retry time has not come (manual sync)
    std::function<void(bool)> ownWrites; //!< brackets the engine's own store writes (true: begin, false: end)
    QString appVersion;                  //!< written into each sealed return
    std::int64_t maxBodyBytes = 0;       //!< the server's request body limit (0: not known yet)
    std::string lastProgressReport;      //!< what PUT /progress sent last, to skip identical reports
};

/**
 * What the device's and the office's tasks share: tracks the task's replies so abort() can cancel them, runs every
 * piece of work inside guarded() (Qt cannot carry exceptions through its event loop), and finishes exactly once.
 */
class RequestTask : public QObject
{
    Q_OBJECT
public:
    /** @p unexpectedFailure words an exception that is not a core::Error ("%1" is its text). */
    explicit RequestTask(QString unexpectedFailure);
    ~RequestTask() override;

    /** Starts the work, reporting a failure to start as the outcome; the outcome arrives through finished(). */
    void run();
    /** Cancels every request in flight; finished() is not emitted afterwards. */
    virtual void abort();

signals:
    /** The task ended (emitted once). */
    void finished(const maqa::client::TaskOutcome &outcome);

protected:
    /** Starts the work (called by run(), which catches what it throws). */
    virtual void start() = 0;
    /** Calls @p handler with the response to @p reply once it finishes (never after abort()). */
    void await(QNetworkReply *reply, std::function<void(const ApiResponse &)> handler);
    /** Ends the task with @p outcome (later calls are ignored). */
    void finish(const TaskOutcome &outcome = {});
    /** Runs @p work, turning a core::Error it throws into a finished() outcome. */
    void guarded(const std::function<void()> &work);
    /** True once finished() was emitted or the task was aborted: it must not start anything new. */
    bool hasFinished() const { return m_finished; }
    /** Number of requests in flight. */
    int inFlight() const { return static_cast<int>(m_replies.size()); }

private:
    void cancelReplies();

    QString m_unexpectedFailure;
    QSet<QNetworkReply *> m_replies;
    bool m_finished = false;
};

/** Base of every device task: one kind of work over the shared TaskContext. */
class Task : public RequestTask
{
    Q_OBJECT
public:
    explicit Task(TaskContext &context);

    /** What kind of work this is. */
    virtual TaskKind kind() const = 0;

signals:
    /** @p done of @p total items are through (uploads). */
    void progressed(int done, int total);

protected:
    /** The store's clock. */
    core::Millis now() const;

    TaskContext &m_context;
};

/** RAII bracket around the engine's own store writes, so the engine does not react to them as outside changes. */
class OwnWrites
{
public:
    /** Begins the bracket. */
    explicit OwnWrites(TaskContext &context);
    ~OwnWrites();
    OwnWrites(const OwnWrites &) = delete;
    OwnWrites &operator=(const OwnWrites &) = delete;

private:
    TaskContext &m_context;
};

} // namespace maqa::client
