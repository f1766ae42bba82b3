// The scheduler (see Scheduler.h). Tasks are deleted later, never inside their own finished() signal, and pump() runs
// from the event loop, so nothing re-enters it; each sealed batch asks for an upload, so the two lanes overlap.
#include "client/Scheduler.h"

#include <algorithm>

namespace maqa::client {

Scheduler::Scheduler(TaskFactory factory, BackoffPolicy backoff, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_backoff(backoff)
{
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    m_wakeUp.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early, before a server's Retry-After
    connect(&m_wakeUp, &QTimer::timeout, this, &Scheduler::pump);
}

Scheduler::~Scheduler()
{
    stop();
}

void Scheduler::want(TaskKind kind)
{
    m_kinds[index(kind)].wanted = true;
    m_passOpen = true;
    schedulePump();
}

void Scheduler::wantAll()
{
    for (TaskKind kind : kAllTaskKinds) {
        m_kinds[index(kind)].wanted = true;
    }
    m_passOpen = true;
    schedulePump();
}

void Scheduler::unblock()
{
    for (KindState &s : m_kinds) {
        s.blocked = false;
        s.failures = 0;
        s.notBefore = 0;
    }
    m_networkFailures = 0;
    m_networkNotBefore = 0;
    m_passOpen = true;
    schedulePump();
}

void Scheduler::setOffline(bool offline)
{
    if (offline == m_offline) {
        return;
    }
    m_offline = offline;
    if (!offline) {
        m_networkFailures = 0;
        m_networkNotBefore = 0;
    }
    m_passOpen = true;
    schedulePump();
}

void Scheduler::stop()
{
    m_wakeUp.stop();
    for (std::unique_ptr<Task> &task : m_tasks) {
        if (task) {
            // Deleted now, not later: the owner is about to free the context (store, keys) the task refers to.
            task->disconnect(this);
            task->abort();
            task.reset();
        }
    }
    m_runningKinds = {};
    m_kinds = {};
    m_networkFailures = 0;
    m_networkNotBefore = 0;
    m_passOpen = false;
}

std::optional<TaskKind> Scheduler::running() const
{
    return m_runningKinds[0] ? m_runningKinds[0] : m_runningKinds[1];
}

bool Scheduler::hasPendingWork() const
{
    return running() ||
           std::any_of(m_kinds.begin(), m_kinds.end(), [](const KindState &s) { return s.wanted && !s.blocked; });
}

qint64 Scheduler::deadline(TaskKind kind) const
{
    const KindState &s = m_kinds[index(kind)];
    qint64 at = std::max(s.notBefore, s.retryAfterUntil);
    if (usesNetwork(kind)) {
        at = std::max(at, m_networkNotBefore);
    }
    return at;
}

std::optional<qint64> Scheduler::nextStartInMs() const
{
    std::optional<qint64> earliest;
    for (TaskKind kind : kAllTaskKinds) {
        const KindState &s = m_kinds[index(kind)];
        if (s.wanted && !s.blocked && !(m_offline && usesNetwork(kind))) {
            const qint64 wait = std::max<qint64>(0, deadline(kind) - m_clock.elapsed());
            earliest = earliest ? std::min(*earliest, wait) : wait;
        }
    }
    return earliest;
}

void Scheduler::schedulePump()
{
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_pumpQueued = false;
            pump();
        });
    }
}

void Scheduler::pump()
{
    const qint64 now = m_clock.elapsed();
    for (TaskKind kind : kAllTaskKinds) {
        KindState &s = m_kinds[index(kind)];
        const std::size_t l = lane(kind);
        if (m_tasks[l] || !s.wanted || s.blocked || (m_offline && usesNetwork(kind)) || deadline(kind) > now) {
            continue;
        }
        std::unique_ptr<Task> task = m_factory(kind);
        if (!task) {
            return; // the owner withdrew the store; it stops us
        }
        s.wanted = false;
        m_tasks[l] = std::move(task);
        m_runningKinds[l] = kind;
        Task *started = m_tasks[l].get();
        connect(started, &Task::finished, this,
                [this, kind](const TaskOutcome &outcome) { onFinished(kind, outcome); });
        if (kind == TaskKind::Seal) {
            connect(started, &Task::progressed, this, [this] { want(TaskKind::Upload); });
        } else {
            connect(started, &Task::progressed, this, &Scheduler::progressed);
        }
        emit taskStarted(kind);
        started->run(); // may finish at once; the lane is then free again
    }
    if (running()) {
        return;
    }
    if (const std::optional<qint64> wait = nextStartInMs()) {
        m_wakeUp.start(static_cast<int>(std::min<qint64>(std::max<qint64>(*wait, 1), 24LL * 3600 * 1000)));
    }
    if (m_passOpen) {
        m_passOpen = false;
        emit passFinished();
    }
}

void Scheduler::onFinished(TaskKind kind, const TaskOutcome &outcome)
{
    const qint64 now = m_clock.elapsed();
    KindState &s = m_kinds[index(kind)];
    if (usesNetwork(kind) && !outcome.noAnswer) {
        m_networkFailures = 0; // the server answered: it is reachable
        m_networkNotBefore = 0;
    }
    switch (outcome.result) {
    case TaskOutcome::Result::Done:
        s.failures = 0;
        s.notBefore = 0;
        s.lastError.clear();
        s.lastWasNoAnswer = false;
        break;
    case TaskOutcome::Result::Retry:
        s.wanted = true;
        s.failures += 1;
        s.notBefore = now + retryDelay(m_backoff, s.failures, outcome.retryAfter, m_uniform).count();
        if (outcome.retryAfter) {
            s.retryAfterUntil = now + std::min(*outcome.retryAfter, m_backoff.maxRetryAfter).count();
        }
        s.lastError = outcome.message;
        s.lastWasNoAnswer = outcome.noAnswer;
        if (outcome.noAnswer && usesNetwork(kind)) {
            m_networkFailures += 1;
            m_networkNotBefore = now + retryDelay(m_backoff, m_networkFailures, std::nullopt, m_uniform).count();
        }
        break;
    case TaskOutcome::Result::Refused:
        s.blocked = true;
        s.lastError = outcome.message;
        s.lastWasNoAnswer = false;
        break;
    case TaskOutcome::Result::Wipe:
        s.lastError = outcome.message;
        break;
    }
    const std::size_t l = lane(kind);
    m_tasks[l]->disconnect(this);
    m_tasks[l].release()->deleteLater();
    m_runningKinds[l].reset();
    if (kind == TaskKind::Seal && outcome.result == TaskOutcome::Result::Done) {
        m_kinds[index(TaskKind::Upload)].wanted = true; // what was just sealed goes out in this pass
    }
    m_passOpen = true;
    emit taskFinished(kind, outcome);
    if (outcome.result != TaskOutcome::Result::Wipe) {
        schedulePump();
    }
}

} // namespace maqa::client
