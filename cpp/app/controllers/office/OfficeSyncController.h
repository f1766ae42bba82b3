// The office's connection to its server in the app: owns the office's sync (client/office/OfficeSync), attached to
// the office store while it is open, and turns its operations into one status line and plain-word messages. Other
// office controllers send their server requests (audits, enrolment codes, reviews) through it.
#pragma once

#include "client/office/OfficeSyncOptions.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class OfficeSession;
namespace maqa::client {
class OfficeSync;
}

/** The office sync's status and its set-up and sync actions. */
class OfficeSyncController : public QObject
{
    Q_OBJECT
    //! One line for the office's header: "Up to date (last synced …)", "Pulling returns: 120 opened…", the error.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    //! True once a server and office token are kept.
    Q_PROPERTY(bool setUp READ isSetUp NOTIFY statusChanged)
    //! True while an operation runs or waits.
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    //! The server ("" before set-up).
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY statusChanged)
    //! The last sync's summary ("Opened 12 returns; quarantined 1 …").
    Q_PROPERTY(QString lastSummary READ lastSummary NOTIFY statusChanged)
    //! The last failure in plain words, or "".
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    //! The last operation's outcome ("Connected …", "Opened 3 returns …"), or "".
    Q_PROPERTY(QString message READ message NOTIFY messagesChanged)
    //! The last operation's failure in plain words, or "".
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)

public:
    /** The office sync over @p office's store, with @p options (tests shorten its timeout). */
    OfficeSyncController(OfficeSession *office, const maqa::client::OfficeSyncOptions &options = {},
                         QObject *parent = nullptr);
    ~OfficeSyncController() override;

    QString statusText() const;
    bool isSetUp() const;
    bool busy() const;
    QString serverUrl() const;
    QString lastSummary() const;
    QString lastError() const;
    QString message() const { return m_message; }
    QString errorMessage() const { return m_errorMessage; }

    /** Connects the office to @p serverUrl with the admin @p token: makes the key pair if needed, registers it. */
    Q_INVOKABLE void connectServer(const QString &serverUrl, const QString &token, const QString &caFile = {});
    /** Sends reviews, then pulls devices, templates, audits, progress and returns (opened or quarantined). */
    Q_INVOKABLE void syncNow();

    /** The sync, for the controllers that send requests through it. */
    maqa::client::OfficeSync *sync() const { return m_sync.get(); }

signals:
    void statusChanged();
    void messagesChanged();

private:
    void setMessages(const QString &error, const QString &message);

    OfficeSession *m_office;
    std::unique_ptr<maqa::client::OfficeSync> m_sync;
    QString m_message;
    QString m_errorMessage;
    QTimer m_reviewSettle; //!< coalesces review changes into one send
};
