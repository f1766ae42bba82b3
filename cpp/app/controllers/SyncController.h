// The practitioner's sync: owns the device's sync engine (attached while the store is open, detached before it
// locks), turns the engine's state into one honest status line, and offers "Sync now" and "Retry failed".
// The engine's wipe directive takes the session to its erased page.
#pragma once

#include "client/SyncOptions.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class SessionController;
namespace maqa::client {
class SyncEngine;
}

/** Honest sync status for the header and the outbox page; never claims a sync that did not happen. */
class SyncController : public QObject
{
    Q_OBJECT
    //! One line for the header: "Not enrolled — returns wait in the outbox", "Sending returns: 40% done", ...
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    //! What the engine is doing (see State).
    Q_PROPERTY(State state READ state NOTIFY statusChanged)
    //! True once the device holds an enrolment.
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY statusChanged)
    //! The agency this device is enrolled for ("" when not enrolled).
    Q_PROPERTY(QString agency READ agency NOTIFY statusChanged)
    //! The server this device is enrolled with ("" when not enrolled).
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY statusChanged)
    //! True while a task runs (the "Sync now" button waits).
    Q_PROPERTY(bool syncing READ syncing NOTIFY statusChanged)
    //! 0..1 while returns are being sent, else 0.
    Q_PROPERTY(double progress READ progress NOTIFY statusChanged)
    //! Submitted returns not yet delivered (queued or sealed).
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY statusChanged)
    //! Returns the server refused; they need attention.
    Q_PROPERTY(int failedCount READ failedCount NOTIFY statusChanged)
    //! Returns the office has received.
    Q_PROPERTY(int deliveredCount READ deliveredCount NOTIFY statusChanged)
    //! When a sync pass last completed without any failure; invalid when never.
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged)
    //! The last failure in plain words, or empty.
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)

public:
    /** The engine's states, as QML reads them. */
    enum State { Locked, NotEnrolled, Idle, Syncing, WaitingForNetwork, Failing, Erased };
    Q_ENUM(State)

    /** A controller over @p session's store; the engine runs with @p options (tests shorten its delays). */
    explicit SyncController(SessionController *session, const maqa::client::SyncOptions &options = {},
                            QObject *parent = nullptr);
    ~SyncController() override;

    QString statusText() const { return m_statusText; }
    State state() const;
    bool enrolled() const;
    QString agency() const { return m_agency; }
    QString serverUrl() const { return m_serverUrl; }
    bool syncing() const;
    double progress() const;
    int waitingCount() const;
    int failedCount() const;
    int deliveredCount() const;
    QDateTime lastSuccess() const;
    QString lastError() const;

    /** Sends everything waiting now (backoff cleared, a server's Retry-After still honoured). */
    Q_INVOKABLE void syncNow();
    /** Makes every refused return due again (after the cause was fixed) and syncs. */
    Q_INVOKABLE void retryFailed();

    /**
     * Starts the engine afresh on the open store (a new network session). Enrolment retries use it: after a TLS
     * failure the network keeps its connection to the server, and a CA file chosen next would not be used.
     */
    void restartEngine();

    /** The engine, for enrolment and the CLI-like callers in tests. */
    maqa::client::SyncEngine *engine() const { return m_engine.get(); }

signals:
    void statusChanged();

private:
    void compose();
    void readEnrolment();
    QString lastRefusal() const;

    SessionController *m_session;
    std::unique_ptr<maqa::client::SyncEngine> m_engine;
    QString m_statusText;
    QString m_agency;
    QString m_serverUrl;
    QString m_lastError;
};
