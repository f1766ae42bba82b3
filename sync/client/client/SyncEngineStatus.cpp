// The engine's status (see SyncEngine.h): task outcomes turned into the state, the sentence on the status line,
// the outbox counts, and the last clean pass, kept in the store so a restarted app shows them at once.
#include "client/SyncEngine.h"

#include "client/ApiClient.h"
#include "client/NetworkWatch.h"
#include "client/Scheduler.h"
#include "client/SettingKeys.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace maqa::client {

namespace {

QString activity(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Config:
        return QStringLiteral("Checking the office's settings");
    case TaskKind::Manifest:
        return QStringLiteral("Getting templates and assignments");
    case TaskKind::Seal:
        return QStringLiteral("Sealing returns");
    case TaskKind::Upload:
        return QStringLiteral("Sending returns");
    case TaskKind::Reviews:
        return QStringLiteral("Getting the office's reviews");
    case TaskKind::Progress:
        return QStringLiteral("Reporting drafting progress");
    }
    return {};
}

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

void SyncEngine::onTaskFinished(TaskKind kind, const TaskOutcome &outcome)
{
    if (outcome.result == TaskOutcome::Result::Wipe && m_store) {
        return applyWipe(outcome.message);
    }
    if (!storeUsable()) {
        return;
    }
    if (outcome.result != TaskOutcome::Result::Done) {
        setError(activity(kind) + QStringLiteral(" failed: ") + outcome.message);
    }
    refreshCounts();
    updateState();
}

void SyncEngine::onPassFinished()
{
    if (!m_context || !storeUsable()) {
        emit passFinished();
        return;
    }
    m_context->includeWaitingItems = false; // a manual pass is over; retries follow their own schedule
    refreshCounts();
    const bool clean = !m_scheduler->hasPendingWork() && m_waiting == 0 &&
                       std::all_of(std::begin(kAllTaskKinds), std::end(kAllTaskKinds),
                                   [this](TaskKind kind) { return m_scheduler->state(kind).lastError.isEmpty(); });
    try {
        if (clean) {
            m_lastSuccess = QDateTime::currentDateTimeUtc();
            m_store->settings().set(keys::kLastSuccess, m_lastSuccess.toString(Qt::ISODate).toStdString());
            if (!m_lastError.isEmpty()) {
                m_lastError.clear();
                m_store->settings().set(keys::kLastError, std::string());
            }
        }
    } catch (const core::Error &e) {
        setError(QString::fromUtf8(e.what()));
    }
    scheduleItemRetry();
    refreshCounts();
    updateState();
    emit passFinished();
}

void SyncEngine::scheduleItemRetry()
{
    // A pass sends only items whose own retry time has come; the others need a wake-up at the earliest such time
    // (persistent in the outbox, so this also resumes retries after a restart). Refused kinds wait for the user.
    m_itemRetry.stop();
    if (!m_context || m_scheduler->state(TaskKind::Upload).blocked || m_scheduler->state(TaskKind::Seal).blocked) {
        return;
    }
    std::optional<core::Millis> next;
    try {
        next = m_store->outbox().nextDue();
    } catch (const core::Error &e) {
        return setError(QString::fromUtf8(e.what()));
    }
    if (next) {
        const core::Millis wait = std::clamp<core::Millis>(*next - m_store->now(), 50, 24LL * 3600 * 1000);
        m_itemRetry.start(static_cast<int>(wait));
    }
}

void SyncEngine::setError(const QString &message)
{
    if (message == m_lastError) {
        return updateState();
    }
    m_lastError = message;
    if (m_store && m_store->isOpen()) {
        try {
            m_store->settings().set(keys::kLastError, message.toStdString());
        } catch (const core::Error &e) {
            m_lastError += QStringLiteral(" (%1)").arg(QString::fromUtf8(e.what()));
        }
    }
    updateState();
}

void SyncEngine::refreshCounts()
{
    if (!storeUsable()) {
        return;
    }
    store::OutboxCounts counts;
    try {
        counts = m_store->outbox().counts();
    } catch (const core::Error &e) {
        return setError(QString::fromUtf8(e.what()));
    }
    if (counts.waiting() != m_waiting || counts.failed != m_failed || counts.delivered != m_delivered) {
        m_waiting = counts.waiting();
        m_failed = counts.failed;
        m_delivered = counts.delivered;
        emit countsChanged();
    }
}

void SyncEngine::updateState()
{
    State next = State::Idle;
    if (m_state == State::Wiped) {
        next = State::Wiped;
    } else if (!m_store) {
        next = State::Detached;
    } else if (!m_enrolment) {
        next = m_lastError.isEmpty() ? State::NotEnrolled : State::Error;
    } else if (m_scheduler->running()) {
        next = State::Syncing;
    } else if (m_networkWatch && m_api && !m_api->server().isLoopback() && m_networkWatch->isOffline()) {
        next = State::WaitingForNetwork;
    } else {
        for (TaskKind kind : kAllTaskKinds) {
            const KindState &s = m_scheduler->state(kind);
            if (s.lastError.isEmpty()) {
                continue;
            }
            if (s.blocked || !s.lastWasNoAnswer) {
                next = State::Error;
                break;
            }
            next = State::WaitingForNetwork;
        }
    }
    std::optional<qint64> wait = m_scheduler->running() ? std::nullopt : m_scheduler->nextStartInMs();
    if (m_itemRetry.isActive() && !m_scheduler->running()) {
        wait = std::min<qint64>(wait.value_or(LLONG_MAX), m_itemRetry.remainingTime());
    }
    m_nextAttempt = wait ? QDateTime::currentDateTimeUtc().addMSecs(*wait) : QDateTime();
    m_state = next;
    emit statusChanged();
}

bool SyncEngine::isBusy() const
{
    // A submission the settle timer has not handed to the scheduler yet is work too: it starts a pass of its own.
    return m_scheduler->hasPendingWork() || m_itemRetry.isActive() || (m_outboxSettle.isActive() && m_outsideChange);
}

QString SyncEngine::lastErrorOf(TaskKind kind) const
{
    return m_scheduler->state(kind).lastError;
}

QString SyncEngine::statusText() const
{
    const QString next = m_nextAttempt.isValid()
                             ? QStringLiteral(" Next try at %1.")
                                   .arg(QLocale().toString(m_nextAttempt.toLocalTime().time(), QLocale::ShortFormat))
                             : QString();
    switch (m_state) {
    case State::Detached:
        return QStringLiteral("Sync is paused while Maqa is locked.");
    case State::NotEnrolled:
        return QStringLiteral("Not enrolled — %1 wait in the outbox.").arg(plural(m_waiting, "return", "returns"));
    case State::Syncing:
        if (m_scheduler->running() == TaskKind::Upload && m_progress > 0) {
            return QStringLiteral("Sending returns: %1% done.").arg(qRound(m_progress * 100));
        }
        return m_scheduler->running() ? activity(*m_scheduler->running()) + QStringLiteral("…") : QString();
    case State::WaitingForNetwork:
        return QStringLiteral("Waiting for the network (%1).%2")
            .arg(m_lastError.isEmpty() ? QStringLiteral("offline") : m_lastError, next);
    case State::Error:
        return m_lastError + next;
    case State::Wiped:
        return QStringLiteral("The partnership office revoked this device; its Maqa data has been erased.");
    case State::Idle:
        break;
    }
    if (m_failed > 0) {
        return QStringLiteral("%1 refused by the server: see the outbox.")
            .arg(plural(m_failed, "return was", "returns were"));
    }
    if (m_waiting > 0) {
        return QStringLiteral("%1 waiting to be sent.%2").arg(plural(m_waiting, "return", "returns"), next);
    }
    return m_lastSuccess.isValid() ? QStringLiteral("Up to date (last synced %1).")
                                         .arg(QLocale().toString(m_lastSuccess.toLocalTime(), QLocale::ShortFormat))
                                   : QStringLiteral("Up to date.");
}

} // namespace maqa::client
