// The sync status line's home: whether this device is enrolled, what waits in the outbox, what failed, the last
// success and the last error, in plain words. Until the sync engine lands it reads the store only; the engine will
// set lastSuccess/lastError through reportSuccess()/reportError() and may replace statusText's wording.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class SessionController;

/** Honest sync status for the header and the outbox page; never claims a sync that did not happen. */
class SyncController : public QObject
{
    Q_OBJECT
    //! One line for the header: "Not enrolled — returns wait in the outbox (2 waiting)", "All sent", ...
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    //! True once the device holds an enrolment (setting "enrolment").
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY statusChanged)
    //! Submitted returns not yet delivered (queued or sealed).
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY statusChanged)
    //! Returns the server refused; they need attention.
    Q_PROPERTY(int failedCount READ failedCount NOTIFY statusChanged)
    //! When the office last acknowledged something; invalid when never.
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged)
    //! The last failure in plain words, or empty.
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)

public:
    explicit SyncController(SessionController *session, QObject *parent = nullptr);

    QString statusText() const { return m_statusText; }
    bool enrolled() const { return m_enrolled; }
    int waitingCount() const { return m_waiting; }
    int failedCount() const { return m_failed; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }

    /** For the sync engine: a round trip succeeded at @p when. */
    void reportSuccess(const QDateTime &when);
    /** For the sync engine: an attempt failed; @p message is shown as is. */
    void reportError(const QString &message);
    /** Re-reads the counts from the store (called on every outbox or setting change). */
    Q_INVOKABLE void refresh();

signals:
    void statusChanged();

private:
    void compose();

    SessionController *m_session;
    QString m_statusText;
    bool m_enrolled = false;
    int m_waiting = 0;
    int m_failed = 0;
    QDateTime m_lastSuccess;
    QString m_lastError;
};
