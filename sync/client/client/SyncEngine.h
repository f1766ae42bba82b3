// The sync engine the app and maqa-cli drive: enrolment, the outbox scheduler, pulls, review states and the wipe
// directive, with a status the app shows. The owner gives it an unlocked store and takes it back before locking.
#pragma once

#include "client/SyncOptions.h"
#include "client/tasks/Task.h"

#include "store/StoreObserver.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace maqa::store {
class Store;
}

namespace maqa::client {

class ApiClient;
class EnrolTask;
class NetworkWatch;
class Scheduler;
struct DeviceEnrolment;

/** One engine per app; lives on the thread of the store it is given. */
class SyncEngine : public QObject, private store::StoreObserver
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(double progress READ progress NOTIFY statusChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged)
    Q_PROPERTY(QDateTime nextAttempt READ nextAttempt NOTIFY statusChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countsChanged)
    Q_PROPERTY(int deliveredCount READ deliveredCount NOTIFY countsChanged)

public:
    /** What the engine is doing, for the status line. */
    enum class State {
        Detached,          //!< no store (locked app)
        NotEnrolled,       //!< returns wait in the outbox until the device is enrolled
        Idle,              //!< everything that can be done is done
        Syncing,           //!< a task is running (progress tells how far uploads are)
        WaitingForNetwork, //!< offline, or the server did not answer; retrying with backoff
        Error,             //!< the server refused something, or local data is unusable: lastError says what
        Wiped,             //!< the office revoked the device and its store was erased
    };
    Q_ENUM(State)

    /** An engine with @p options; it does nothing until attach(). */
    explicit SyncEngine(SyncOptions options = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** Starts working on @p store (unlocked, owned by the caller): a pass runs at once if the device is enrolled. */
    void attach(store::Store *store);
    /** Drops the store and everything derived from it (tasks, requests, keys). Call it before locking the store. */
    void detach();
    /** The attached store, or null. */
    store::Store *store() const { return m_store; }

    /** Runs a full pass now: clears refusals and backoff (not a server's Retry-After), sends waiting items too. */
    Q_INVOKABLE void syncNow();
    /** Makes every failed outbox item due again (after the cause was fixed), then syncs. */
    Q_INVOKABLE void retryFailed();
    /** Enrols the attached store with @p serverUrl using the office's @p code; see enrolmentFinished(). */
    Q_INVOKABLE void enrol(const QString &serverUrl, const QString &code, const QString &deviceName,
                           const QString &caFile = {});

    /** The state. */
    State state() const { return m_state; }
    /** One sentence for the status line, e.g. "Sending returns: 3 of 10". */
    QString statusText() const;
    /** 0..1 while uploading, else 0. */
    double progress() const { return m_progress; }
    /** True when the attached store holds an enrolment. */
    bool enrolled() const { return m_enrolment != nullptr; }
    /** The latest failure in plain words ("" when the last pass was clean). */
    QString lastError() const { return m_lastError; }
    /** When a pass last completed without any failure (invalid if never). */
    QDateTime lastSuccess() const { return m_lastSuccess; }
    /** When the engine will try again on its own (invalid when it is not waiting). */
    QDateTime nextAttempt() const { return m_nextAttempt; }
    /** Outbox items not yet delivered (queued or sealed). */
    int waitingCount() const { return m_waiting; }
    /** Outbox items the server refused (they wait for the practitioner). */
    int failedCount() const { return m_failed; }
    /** Outbox items delivered. */
    int deliveredCount() const { return m_delivered; }
    /** True while a task runs, a kind waits to run again, an outbox item waits for its retry time, or a submission
     *  waits for the outbox to settle before its pass starts. */
    bool isBusy() const;
    /** The last error of @p kind ("" when its last run succeeded). */
    QString lastErrorOf(TaskKind kind) const;

signals:
    /** state, statusText, progress, enrolled, lastError, lastSuccess or nextAttempt changed. */
    void statusChanged();
    /** The outbox counts changed. */
    void countsChanged();
    /** Nothing more can run now; isBusy() tells whether retries are pending. */
    void passFinished();
    /** enrol() ended: @p ok, with a sentence for the practitioner. */
    void enrolmentFinished(bool ok, const QString &message);
    /** The device was revoked and its store erased: show the erased page. */
    void wiped();

private:
    void outboxChanged() override;
    std::unique_ptr<Task> makeTask(TaskKind kind);
    void startWorking();
    void onTaskFinished(TaskKind kind, const TaskOutcome &outcome);
    void onPassFinished();
    void scheduleItemRetry();
    void applyWipe(const QString &message);
    void refreshCounts();
    void updateState();
    void setError(const QString &message);
    bool storeUsable();

    SyncOptions m_options;
    store::Store *m_store = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DeviceEnrolment> m_enrolment;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<TaskContext> m_context;
    std::unique_ptr<EnrolTask> m_enrolTask;
    Scheduler *m_scheduler = nullptr;
    NetworkWatch *m_networkWatch = nullptr;
    QTimer m_poll;
    QTimer m_itemRetry; //!< wakes the upload when the earliest outbox item's own retry time comes
    QTimer m_outboxSettle;
    int m_ownWrites = 0;          //!< nesting of the engine's own store writes (OwnWrites)
    bool m_outsideChange = false; //!< the outbox changed through someone else (a submission)
    State m_state = State::Detached;
    double m_progress = 0;
    QString m_lastError;
    QDateTime m_lastSuccess;
    QDateTime m_nextAttempt;
    int m_waiting = 0;
    int m_failed = 0;
    int m_delivered = 0;
};

} // namespace maqa::client
