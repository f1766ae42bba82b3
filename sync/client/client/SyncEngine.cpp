// The engine's life cycle (see SyncEngine.h): attach/detach, building tasks, reacting to the outbox, the wipe
// directive and enrolment. Status text and counts live in SyncEngineStatus.cpp.
#include "client/SyncEngine.h"

#include "client/ApiClient.h"
#include "client/DeviceEnrolment.h"
#include "client/NetworkWatch.h"
#include "client/Scheduler.h"
#include "client/SettingKeys.h"
#include "client/tasks/EnrolTask.h"
#include "client/tasks/PullConfigTask.h"
#include "client/tasks/PullManifestTask.h"
#include "client/tasks/PullReviewsTask.h"
#include "client/tasks/ReportProgressTask.h"
#include "client/tasks/SealTask.h"
#include "client/tasks/UploadTask.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#ifndef MAQA_SYNC_CLIENT_VERSION
#define MAQA_SYNC_CLIENT_VERSION "0"
#endif

namespace maqa::client {

SyncEngine::SyncEngine(SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.appVersion.isEmpty()) {
        const QString app = QCoreApplication::applicationVersion();
        m_options.appVersion =
            QStringLiteral("maqa ") + (app.isEmpty() ? QStringLiteral(MAQA_SYNC_CLIENT_VERSION) : app);
    }
    m_scheduler = new Scheduler([this](TaskKind kind) { return makeTask(kind); }, m_options.backoff, this);
    connect(m_scheduler, &Scheduler::taskStarted, this, [this] {
        m_progress = 0;
        updateState();
    });
    connect(m_scheduler, &Scheduler::taskFinished, this, &SyncEngine::onTaskFinished);
    connect(m_scheduler, &Scheduler::passFinished, this, &SyncEngine::onPassFinished);
    connect(m_scheduler, &Scheduler::progressed, this, [this](int done, int total) {
        m_progress = total > 0 ? double(done) / total : 0;
        emit statusChanged();
    });
    if (m_options.watchNetwork) {
        m_networkWatch = new NetworkWatch(this);
        connect(m_networkWatch, &NetworkWatch::changed, this, [this] {
            if (m_api && !m_api->server().isLoopback()) {
                m_scheduler->setOffline(m_networkWatch->isOffline());
            }
            updateState();
        });
    }
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_context && storeUsable()) {
            m_scheduler->wantAll();
        }
    });
    m_itemRetry.setSingleShot(true);
    m_itemRetry.setTimerType(Qt::PreciseTimer); // never before an item's time (it may come from a Retry-After)
    connect(&m_itemRetry, &QTimer::timeout, this, [this] {
        if (m_context && storeUsable()) {
            m_scheduler->want(TaskKind::Upload);
        }
    });
    m_outboxSettle.setSingleShot(true);
    connect(&m_outboxSettle, &QTimer::timeout, this, [this] {
        refreshCounts();
        if (m_context && storeUsable() && m_outsideChange) {
            m_outsideChange = false;
            m_scheduler->want(TaskKind::Seal);
            m_scheduler->want(TaskKind::Upload);
        }
    });
}

SyncEngine::~SyncEngine()
{
    detach();
}

void SyncEngine::attach(store::Store *store)
{
    if (store == m_store) {
        return;
    }
    detach();
    if (!store || !store->isOpen()) {
        return;
    }
    m_store = store;
    m_store->addObserver(this);
    m_network = std::make_unique<QNetworkAccessManager>();
    try {
        const std::string lastSuccess = m_store->settings().value(keys::kLastSuccess);
        m_lastSuccess = QDateTime::fromString(QString::fromStdString(lastSuccess), Qt::ISODate);
        m_lastError = QString::fromStdString(m_store->settings().value(keys::kLastError));
    } catch (const core::Error &e) {
        setError(QString::fromUtf8(e.what()));
    }
    m_state = State::Idle;
    refreshCounts();
    startWorking();
}

void SyncEngine::startWorking()
{
    m_context.reset();
    m_api.reset();
    m_enrolment.reset();
    try {
        if (!DeviceEnrolment::exists(*m_store)) {
            return updateState();
        }
        auto enrolment = std::make_unique<DeviceEnrolment>(DeviceEnrolment::load(*m_store));
        m_api =
            std::make_unique<ApiClient>(*m_network, ServerAddress::parse(QString::fromStdString(enrolment->serverUrl)),
                                        QByteArray::fromStdString(enrolment->token),
                                        QString::fromStdString(enrolment->caFile), m_options.requestTimeout);
        m_enrolment = std::move(enrolment);
    } catch (const core::Error &e) {
        m_api.reset();
        return setError(QString::fromUtf8(e.what()));
    }
    m_context.reset(new TaskContext{*m_store, *m_api, *m_enrolment});
    m_context->backoff = m_options.backoff;
    m_context->uploadWindow = m_options.uploadWindow;
    m_context->ownWrites = [this](bool begin) { m_ownWrites += begin ? 1 : -1; };
    m_context->appVersion = m_options.appVersion;
    try {
        m_context->maxBodyBytes = std::stoll(m_store->settings().value(keys::kMaxBodyBytes, "0"));
    } catch (const std::exception &) {
        m_context->maxBodyBytes = 0; // unreadable: unknown until the next GET /config
    }
    if (m_networkWatch && !m_api->server().isLoopback()) {
        m_scheduler->setOffline(m_networkWatch->isOffline());
    }
    if (m_options.pollInterval.count() > 0) {
        m_poll.start(static_cast<int>(m_options.pollInterval.count()));
    }
    m_scheduler->wantAll();
    updateState();
}

void SyncEngine::detach()
{
    m_poll.stop();
    m_itemRetry.stop();
    m_outboxSettle.stop();
    m_scheduler->stop();
    m_enrolTask.reset();
    if (m_store) {
        m_store->removeObserver(this);
    }
    m_context.reset();
    m_api.reset();
    m_enrolment.reset();
    if (m_network) {
        m_network->clearConnectionCache();
        m_network.reset();
    }
    const bool hadStore = m_store != nullptr;
    m_store = nullptr;
    m_ownWrites = 0;
    m_outsideChange = false;
    m_waiting = m_failed = m_delivered = 0;
    m_progress = 0;
    m_lastError.clear();
    m_lastSuccess = {};
    m_nextAttempt = {};
    if (m_state != State::Wiped) {
        m_state = State::Detached;
    }
    if (hadStore) {
        emit countsChanged();
        emit statusChanged();
    }
}

bool SyncEngine::storeUsable()
{
    if (m_store && !m_store->isOpen()) {
        // Locked behind our back: drop everything at once, touching nothing of it.
        QTimer::singleShot(0, this, [this] {
            if (m_store && !m_store->isOpen()) {
                detach();
            }
        });
        return false;
    }
    return m_store != nullptr;
}

std::unique_ptr<Task> SyncEngine::makeTask(TaskKind kind)
{
    if (!m_context || !storeUsable()) {
        return nullptr;
    }
    switch (kind) {
    case TaskKind::Config:
        return std::make_unique<PullConfigTask>(*m_context);
    case TaskKind::Manifest:
        return std::make_unique<PullManifestTask>(*m_context);
    case TaskKind::Seal:
        return std::make_unique<SealTask>(*m_context);
    case TaskKind::Upload:
        return std::make_unique<UploadTask>(*m_context);
    case TaskKind::Reviews:
        return std::make_unique<PullReviewsTask>(*m_context);
    case TaskKind::Progress:
        return std::make_unique<ReportProgressTask>(*m_context);
    }
    return nullptr;
}

void SyncEngine::outboxChanged()
{
    if (m_ownWrites == 0) {
        m_outsideChange = true; // a submission, or the practitioner's retry: send it soon
    }
    if (!m_outboxSettle.isActive()) {
        m_outboxSettle.start(static_cast<int>(m_options.outboxSettle.count()));
    }
}

void SyncEngine::syncNow()
{
    if (!m_context || !storeUsable()) {
        updateState();
        emit passFinished();
        return;
    }
    m_context->includeWaitingItems = true;
    m_scheduler->unblock();
    m_scheduler->wantAll();
}

void SyncEngine::retryFailed()
{
    if (!storeUsable()) {
        return;
    }
    try {
        for (const store::OutboxItem &item : m_store->outbox().all()) {
            if (item.state == store::OutboxState::Failed) {
                m_store->outbox().retry(item.key);
            }
        }
    } catch (const core::Error &e) {
        return setError(QString::fromUtf8(e.what()));
    }
    refreshCounts();
    syncNow();
}

void SyncEngine::enrol(const QString &serverUrl, const QString &code, const QString &deviceName, const QString &caFile)
{
    if (!storeUsable()) {
        emit enrolmentFinished(false, QStringLiteral("Unlock Maqa before enrolling this device."));
        return;
    }
    // A retry after a TLS refusal (now with the office's CA file) must not ride a connection set up before it.
    m_network->clearConnectionCache();
    m_enrolTask = std::make_unique<EnrolTask>(*m_store, *m_network, EnrolmentInput{serverUrl, code, deviceName, caFile},
                                              m_options.requestTimeout);
    connect(m_enrolTask.get(), &EnrolTask::finished, this, [this](bool ok, const QString &message) {
        m_enrolTask.release()->deleteLater();
        if (ok && storeUsable()) {
            m_lastError.clear();
            startWorking();
        }
        emit enrolmentFinished(ok, message);
    });
    m_enrolTask->start();
}

void SyncEngine::applyWipe(const QString &message)
{
    store::Store *store = m_store;
    const std::filesystem::path dir = store->dataDir();
    detach();
    store->lock();
    try {
        store::Vault(dir).destroy();
        m_state = State::Wiped;
        m_lastError = message;
    } catch (const core::Error &e) {
        m_state = State::Error;
        m_lastError = QStringLiteral("The partnership office revoked this device, but erasing its data failed: %1")
                          .arg(QString::fromUtf8(e.what()));
    }
    emit statusChanged();
    emit wiped();
}

} // namespace maqa::client
