// The office sync's operations (see OfficeSync.h): a queue of jobs, each a list of tasks run one after another on
// the office's store. A sync stops at the first failure except a refused review, which does not hold back pulling.
// Status text and the kept status live in OfficeSyncStatus.cpp.
#include "client/office/OfficeSync.h"

#include "client/ApiClient.h"
#include "client/office/AddTemplateTask.h"
#include "client/office/CreateAuditTask.h"
#include "client/office/IssueEnrolCodeTask.h"
#include "client/office/OfficeConnection.h"
#include "client/office/PullAuditsTask.h"
#include "client/office/PullDevicesTask.h"
#include "client/office/PullProgressTask.h"
#include "client/office/PullReturnsTask.h"
#include "client/office/PullTemplatesTask.h"
#include "client/office/PushReviewsTask.h"
#include "client/office/RegisterKeyTask.h"

#include "core/util/Error.h"
#include "protocol/Json.h"
#include "store/Store.h"

#include <QNetworkAccessManager>

namespace maqa::client {

namespace {

/** One task of a job, made when its turn comes (it reads the context as it is then). */
struct JobStep
{
    std::function<std::unique_ptr<OfficeTask>(OfficeTaskContext &)> make;
    bool continueOnRefusal = false; //!< a refusal is reported, and the next step still runs
};

template<typename T>
JobStep step(bool continueOnRefusal = false)
{
    return {[](OfficeTaskContext &c) { return std::make_unique<T>(c); }, continueOnRefusal};
}

} // namespace

/** One queued operation: what to prepare, the tasks to run, and what to say when it ends. */
struct OfficeSync::Job
{
    Operation operation = Operation::Sync;
    std::function<void()> prepare; //!< runs when the job starts; may throw core::Error
    std::vector<JobStep> steps;
    std::size_t next = 0;
    std::function<void(OfficeTask &)> collect;    //!< reads the results of a step that finished Done
    std::function<QString(OfficeSync &)> success; //!< the sentence for a job that went through
    QStringList refusals;
};

OfficeSync::OfficeSync(OfficeSyncOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (isSetUp() && storeUsable()) {
            syncNow();
        }
    });
}

OfficeSync::~OfficeSync()
{
    m_jobs.clear();
    m_running.reset();
    detach();
}

void OfficeSync::attach(store::Store *store, store::office::OfficeStore *office)
{
    if (store == m_store && office == m_office) {
        return;
    }
    detach();
    if (!store || !office || !store->isOpen()) {
        return;
    }
    m_store = store;
    m_office = office;
    m_network = std::make_unique<QNetworkAccessManager>();
    restoreStatus();
    try {
        connectToServer();
    } catch (const core::Error &e) {
        m_lastError = QString::fromUtf8(e.what());
    }
    if (m_options.pollInterval.count() > 0) {
        m_poll.start(static_cast<int>(m_options.pollInterval.count()));
    }
    updateState();
}

void OfficeSync::detach()
{
    m_poll.stop();
    if (m_task) {
        m_task->abort();
        m_task.reset();
    }
    std::vector<Operation> dropped;
    if (m_running) {
        dropped.push_back(m_running->operation);
    }
    for (const std::unique_ptr<Job> &job : m_jobs) {
        dropped.push_back(job->operation);
    }
    m_running.reset();
    m_jobs.clear();
    m_context.reset();
    m_api.reset();
    if (m_network) {
        m_network->clearConnectionCache();
        m_network.reset();
    }
    const bool hadStore = m_store != nullptr;
    m_store = nullptr;
    m_office = nullptr;
    m_detail.clear();
    m_lastError.clear();
    m_lastSummary.clear();
    m_lastSuccess = {};
    m_state = State::Detached;
    for (Operation operation : dropped) {
        emit operationFinished(operation, false, QStringLiteral("Maqa was locked before this finished."));
    }
    if (hadStore) {
        emit statusChanged();
    }
}

bool OfficeSync::storeUsable()
{
    if (m_store && !m_store->isOpen()) {
        QTimer::singleShot(0, this, [this] { // locked behind our back: drop everything, touching nothing of it
            if (m_store && !m_store->isOpen()) {
                detach();
            }
        });
        return false;
    }
    return m_store != nullptr;
}

void OfficeSync::connectToServer()
{
    m_context.reset();
    m_api.reset();
    if (!OfficeConnection::exists(*m_store)) {
        return;
    }
    const OfficeConnection connection = OfficeConnection::load(*m_store);
    m_api = std::make_unique<ApiClient>(*m_network, ServerAddress::parse(QString::fromStdString(connection.serverUrl)),
                                        QByteArray::fromStdString(connection.token),
                                        QString::fromStdString(connection.caFile), m_options.requestTimeout);
    m_context.reset(new OfficeTaskContext{
        *m_store, *m_office, *m_api, {}, m_options.actor, m_options.openThreads, m_options.pageSize, false});
}

std::unique_ptr<OfficeSync::Job> OfficeSync::syncJob(Operation operation)
{
    auto job = std::make_unique<Job>();
    job->operation = operation;
    job->steps = {step<RegisterKeyTask>(),   step<PushReviewsTask>(true), step<PullDevicesTask>(),
                  step<PullTemplatesTask>(), step<PullAuditsTask>(),      step<PullProgressTask>(),
                  step<PullReturnsTask>()};
    job->success = [](OfficeSync &self) { return QString::fromStdString(self.m_summary.text()); };
    return job;
}

void OfficeSync::setUp(const QString &serverUrl, const QString &token, const QString &caFile)
{
    std::unique_ptr<Job> job = syncJob(Operation::SetUp);
    job->prepare = [this, serverUrl, token, caFile] {
        const OfficeConnection connection{serverUrl.trimmed().toStdString(), caFile.toStdString(),
                                          token.trimmed().toStdString(), protocol::nowTimestamp()};
        connection.save(*m_store);
        connectToServer();
    };
    job->success = [](OfficeSync &self) {
        return QStringLiteral("The office is connected to %1. %2")
            .arg(self.serverUrl(), QString::fromStdString(self.m_summary.text()));
    };
    enqueue(std::move(job));
}

void OfficeSync::syncNow()
{
    for (const std::unique_ptr<Job> &job : m_jobs) {
        if (job->operation == Operation::Sync || job->operation == Operation::SetUp) {
            return; // one is waiting already; it will see everything this one would
        }
    }
    enqueue(syncJob(Operation::Sync));
}

void OfficeSync::sendReviews()
{
    auto job = std::make_unique<Job>();
    job->operation = Operation::SendReviews;
    job->steps = {step<PushReviewsTask>()};
    job->success = [](OfficeSync &self) {
        const int sent = self.m_summary.reviewsSent;
        return sent == 1 ? QStringLiteral("1 review sent.") : QStringLiteral("%1 reviews sent.").arg(sent);
    };
    enqueue(std::move(job));
}

void OfficeSync::issueEnrolCode(const QString &agency, int hours)
{
    auto job = std::make_unique<Job>();
    job->operation = Operation::IssueEnrolCode;
    const std::string slug = agency.toStdString();
    job->steps = {
        {[slug, hours](OfficeTaskContext &c) { return std::make_unique<IssueEnrolCodeTask>(c, slug, hours); }, false}};
    auto issued = std::make_shared<protocol::EnrolCode>();
    job->collect = [issued](OfficeTask &task) { *issued = static_cast<IssueEnrolCodeTask &>(task).issued(); };
    job->success = [issued](OfficeSync &self) {
        emit self.enrolCodeIssued(QString::fromStdString(issued->agency), QString::fromStdString(issued->code),
                                  QString::fromStdString(issued->expiresAt));
        return QStringLiteral("Issued a single-use code for %1, valid until %2.")
            .arg(QString::fromStdString(issued->agency), QString::fromStdString(issued->expiresAt));
    };
    enqueue(std::move(job));
}

void OfficeSync::createAudit(const core::office::AuditInfo &audit)
{
    auto job = std::make_unique<Job>();
    job->operation = Operation::CreateAudit;
    job->steps = {{[audit](OfficeTaskContext &c) { return std::make_unique<CreateAuditTask>(c, audit); }, false}};
    auto created = std::make_shared<core::office::AuditInfo>();
    job->collect = [created](OfficeTask &task) { *created = static_cast<CreateAuditTask &>(task).created(); };
    job->success = [created](OfficeSync &self) {
        emit self.auditCreated(QString::fromStdString(created->auditId));
        return QStringLiteral("Created the audit \"%1\" with %2 cases and %3 agencies.")
            .arg(QString::fromStdString(created->title))
            .arg(created->cases.size())
            .arg(created->agencies.size());
    };
    enqueue(std::move(job));
}

void OfficeSync::addTemplate(const std::string &body)
{
    auto job = std::make_unique<Job>();
    job->operation = Operation::AddTemplate;
    job->steps = {{[body](OfficeTaskContext &c) { return std::make_unique<AddTemplateTask>(c, body); }, false}};
    auto published = std::make_shared<std::pair<protocol::TemplateRef, bool>>();
    job->collect = [published](OfficeTask &task) {
        const auto &t = static_cast<AddTemplateTask &>(task);
        *published = {t.published(), t.alreadyThere()};
    };
    job->success = [published](OfficeSync &) {
        return QStringLiteral("%1 version %2 %3")
            .arg(QString::fromStdString(published->first.id))
            .arg(published->first.version)
            .arg(published->second ? QStringLiteral("was already on the server.")
                                   : QStringLiteral("is published on the server."));
    };
    enqueue(std::move(job));
}

void OfficeSync::enqueue(std::unique_ptr<Job> job)
{
    m_jobs.push_back(std::move(job));
    QTimer::singleShot(0, this, &OfficeSync::startNext); // every outcome arrives after the call returns
    updateState();
}

void OfficeSync::startNext()
{
    if (m_running || m_jobs.empty()) {
        return;
    }
    m_running = std::move(m_jobs.front());
    m_jobs.pop_front();
    if (!storeUsable()) {
        return endJob(false, QStringLiteral("Unlock Maqa first."));
    }
    try {
        if (m_running->prepare) {
            m_running->prepare();
        }
    } catch (const core::Error &e) {
        return endJob(false, QString::fromUtf8(e.what()));
    }
    if (!m_context) {
        return endJob(false, QStringLiteral("The office is not connected to a server yet: set it up with the "
                                            "server's address and the office token."));
    }
    m_context->summary = {};
    m_context->devicesRefreshed = false;
    updateState();
    runStep();
}

void OfficeSync::runStep()
{
    Job &job = *m_running;
    if (job.next >= job.steps.size()) {
        if (job.refusals.isEmpty()) {
            return endJob(true, {});
        }
        return endJob(false, job.refusals.join(QStringLiteral("; ")));
    }
    m_task = job.steps[job.next].make(*m_context);
    connect(m_task.get(), &OfficeTask::finished, this, &OfficeSync::onStepFinished);
    connect(m_task.get(), &OfficeTask::progressed, this, [this](const QString &detail) {
        m_detail = detail;
        emit statusChanged();
    });
    m_detail.clear();
    updateState();
    m_task->run();
}

void OfficeSync::onStepFinished(const TaskOutcome &outcome)
{
    OfficeTask *task = m_task.release();
    task->deleteLater(); // it is emitting this signal
    Job &job = *m_running;
    const bool continueOnRefusal = job.steps[job.next].continueOnRefusal;
    ++job.next;
    if (outcome.result == TaskOutcome::Result::Done) {
        if (job.collect) {
            job.collect(*task);
        }
        return runStep();
    }
    const QString message = task->activity() + QStringLiteral(" failed: ") + outcome.message;
    if (outcome.result == TaskOutcome::Result::Refused && continueOnRefusal) {
        job.refusals << message;
        return runStep();
    }
    endJob(false, message);
}

void OfficeSync::endJob(bool ok, const QString &failure)
{
    const std::unique_ptr<Job> job = std::move(m_running);
    const bool isSync = job->operation == Operation::Sync || job->operation == Operation::SetUp ||
                        job->operation == Operation::SendReviews;
    if (isSync && m_context) {
        m_summary = m_context->summary;
    }
    const QString message = ok ? job->success(*this) : failure;
    if (isSync) {
        keepStatus(ok, ok ? QString() : message, job->operation != Operation::SendReviews);
    }
    m_detail.clear();
    updateState();
    emit operationFinished(job->operation, ok, message);
    QTimer::singleShot(0, this, &OfficeSync::startNext);
}

} // namespace maqa::client
