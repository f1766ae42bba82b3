// The office's sync, which the app's office pages and `maqa-cli office …` drive: set up (key pair, registration,
// server and token), sync (send reviews; pull devices, templates, audits, drafting progress and sealed returns,
// opened on every core or quarantined with the reason), and the office's requests (create an audit, issue an
// enrolment code, publish a template). One operation runs at a time; each ends with operationFinished().
#pragma once

#include "client/office/OfficePullSummary.h"
#include "client/office/OfficeSyncOptions.h"

#include "core/office/Records.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <memory>

class QNetworkAccessManager;

namespace maqa::store {
class Store;
namespace office {
class OfficeStore;
}
} // namespace maqa::store

namespace maqa::client {

class ApiClient;
class OfficeTask;
struct OfficeTaskContext;
struct TaskOutcome;

/** One per office app; lives on the thread of the store it is given. */
class OfficeSync : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY statusChanged)                 //!< what it is doing
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)     //!< one sentence for the status line
    Q_PROPERTY(bool isSetUp READ isSetUp NOTIFY statusChanged)              //!< a server and token are known
    Q_PROPERTY(bool busy READ isBusy NOTIFY statusChanged)                  //!< an operation runs or waits
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY statusChanged)       //!< the server, "" before set-up
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)       //!< the last failure, "" after success
    Q_PROPERTY(QString lastSummary READ lastSummary NOTIFY statusChanged)   //!< the last sync's summary line
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged) //!< the last clean sync

public:
    /** What the office's sync is doing. */
    enum class State { Detached, NotSetUp, Idle, Working, Error };
    Q_ENUM(State)
    /** The operations, named in operationFinished(). */
    enum class Operation { SetUp, Sync, SendReviews, CreateAudit, IssueEnrolCode, AddTemplate };
    Q_ENUM(Operation)

    /** A sync with @p options; it does nothing until attach(). */
    explicit OfficeSync(OfficeSyncOptions options = {}, QObject *parent = nullptr);
    ~OfficeSync() override;

    /** Works on @p store (unlocked) through @p office, the app's facade over it (its observers hear every write). */
    void attach(store::Store *store, store::office::OfficeStore *office);
    /** Drops the store and everything derived from it; call it before locking the store. */
    void detach();

    /** Keeps @p serverUrl, @p token (and @p caFile, "" for the system's CAs), makes the office key pair if there is
     * none, registers it with the server, then syncs. The store becomes the office's ("role" = "office"). */
    Q_INVOKABLE void setUp(const QString &serverUrl, const QString &token, const QString &caFile = {});
    /** Sends reviews, registers the key if needed, then pulls devices, templates, audits, progress and returns. */
    Q_INVOKABLE void syncNow();
    /** Sends the reviews the server has not confirmed yet (after the office set one). */
    Q_INVOKABLE void sendReviews();
    /** Issues a single-use enrolment code for @p agency, valid @p hours; see enrolCodeIssued(). */
    Q_INVOKABLE void issueEnrolCode(const QString &agency, int hours = 72);
    /** Creates @p audit on the server (its id is the server's) and saves it; see auditCreated(). */
    void createAudit(const core::office::AuditInfo &audit);
    /** Publishes template JSON @p body to the server and keeps it in the office's store. */
    void addTemplate(const std::string &body);

    State state() const { return m_state; }                                 //!< see the property
    QString statusText() const;                                             //!< see the property
    bool isSetUp() const;                                                   //!< see the property
    bool isBusy() const { return m_running != nullptr || !m_jobs.empty(); } //!< see the property
    QString serverUrl() const;                                              //!< see the property
    QString lastError() const { return m_lastError; }                       //!< see the property
    QString lastSummary() const { return m_lastSummary; }                   //!< see the property
    QDateTime lastSuccess() const { return m_lastSuccess; }                 //!< see the property
    /** The counts of the last sync (or set-up) that finished. */
    const OfficePullSummary &summary() const { return m_summary; }

signals:
    /** Any property changed. */
    void statusChanged();
    /** @p operation ended: @p ok with a sentence (a sync's summary line), or not with the reason in plain words. */
    void operationFinished(maqa::client::OfficeSync::Operation operation, bool ok, const QString &message);
    /** createAudit() succeeded with the server's id for it. */
    void auditCreated(const QString &auditId);
    /** issueEnrolCode() succeeded: @p code is shown once and never kept. */
    void enrolCodeIssued(const QString &agency, const QString &code, const QString &expiresAt);

private:
    struct Job;
    void enqueue(std::unique_ptr<Job> job);
    std::unique_ptr<Job> syncJob(Operation operation);
    void startNext();
    void runStep();
    void onStepFinished(const TaskOutcome &outcome);
    void endJob(bool ok, const QString &message);
    void connectToServer();
    bool storeUsable();
    void restoreStatus();
    void updateState();
    void keepStatus(bool clean, const QString &error, bool pulled);

    OfficeSyncOptions m_options;
    store::Store *m_store = nullptr;
    store::office::OfficeStore *m_office = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<OfficeTaskContext> m_context;
    std::deque<std::unique_ptr<Job>> m_jobs;
    std::unique_ptr<Job> m_running;
    std::unique_ptr<OfficeTask> m_task;
    QTimer m_poll;
    State m_state = State::Detached;
    QString m_detail; //!< what the running task last reported
    QString m_lastError;
    QString m_lastSummary;
    QDateTime m_lastSuccess;
    OfficePullSummary m_summary;
};

} // namespace maqa::client
