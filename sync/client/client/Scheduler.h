// Runs sync tasks one at a time per lane — sealing (local CPU) beside one network task — in a fixed order per pass,
// each kind with its own backoff, all network kinds sharing a "server unreachable" backoff (one attempt, not six).
#pragma once

#include "client/Backoff.h"
#include "client/tasks/Task.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace maqa::client {

/** What the scheduler knows about one kind of task. */
struct KindState
{
    bool wanted = false;          //!< should run (again) in this or a later pass
    bool blocked = false;         //!< refused for good: runs again only after unblock() (the practitioner asks)
    int failures = 0;             //!< consecutive transient failures
    qint64 notBefore = 0;         //!< backoff deadline (scheduler clock, ms)
    qint64 retryAfterUntil = 0;   //!< the server's Retry-After deadline, kept even by a manual sync
    QString lastError;            //!< "" after a success
    bool lastWasNoAnswer = false; //!< the last failure got no answer at all
};

/** The task scheduler (Mozilla VPN's TaskScheduler, with per-kind backoff). */
class Scheduler : public QObject
{
    Q_OBJECT
public:
    /** Makes the task for a kind; may return null when nothing can run now (the store went away). */
    using TaskFactory = std::function<std::unique_ptr<Task>(TaskKind)>;

    Scheduler(TaskFactory factory, BackoffPolicy backoff, QObject *parent = nullptr);
    ~Scheduler() override;

    /** Asks for @p kind to run in the current pass (or as soon as its backoff allows). */
    void want(TaskKind kind);
    /** Asks for every kind. */
    void wantAll();
    /** The practitioner asked: clears refusals and backoff, except a server's Retry-After. */
    void unblock();
    /** While @p offline, network kinds wait; coming back online clears the shared backoff. */
    void setOffline(bool offline);
    /** Aborts the running task and forgets every state. */
    void stop();
    /** Replaces the jitter's random source (tests make it deterministic). */
    void setRandomSource(UniformSource uniform) { m_uniform = std::move(uniform); }

    /** The kind running now, the network one first when both lanes run (for the status line). */
    std::optional<TaskKind> running() const;
    /** The state of @p kind. */
    const KindState &state(TaskKind kind) const { return m_kinds[index(kind)]; }
    /** True when some kind still wants to run (now or after a backoff). */
    bool hasPendingWork() const;
    /** Milliseconds until the next kind may start, if one is waiting for its backoff. */
    std::optional<qint64> nextStartInMs() const;

signals:
    /** A task of @p kind started. */
    void taskStarted(maqa::client::TaskKind kind);
    /** A task of @p kind ended with @p outcome. */
    void taskFinished(maqa::client::TaskKind kind, const maqa::client::TaskOutcome &outcome);
    /** The running task reported progress. */
    void progressed(int done, int total);
    /** Nothing more can start now: every wanted kind ran, is refused, or waits for its backoff. */
    void passFinished();

private:
    static std::size_t index(TaskKind kind) { return static_cast<std::size_t>(kind); }
    static bool usesNetwork(TaskKind kind) { return kind != TaskKind::Seal; }
    /** Lane 0 runs network tasks, lane 1 sealing: sealing the next returns overlaps sending the previous ones. */
    static std::size_t lane(TaskKind kind) { return usesNetwork(kind) ? 0 : 1; }
    qint64 deadline(TaskKind kind) const;
    void schedulePump();
    void pump();
    void onFinished(TaskKind kind, const TaskOutcome &outcome);

    TaskFactory m_factory;
    BackoffPolicy m_backoff;
    UniformSource m_uniform;
    std::array<KindState, std::size(kAllTaskKinds)> m_kinds;
    std::array<std::unique_ptr<Task>, 2> m_tasks;          //!< per lane
    std::array<std::optional<TaskKind>, 2> m_runningKinds; //!< per lane
    int m_networkFailures = 0;
    qint64 m_networkNotBefore = 0;
    bool m_offline = false;
    bool m_passOpen = false; //!< something happened since the last passFinished()
    bool m_pumpQueued = false;
    QElapsedTimer m_clock;
    QTimer m_wakeUp;
};

} // namespace maqa::client
