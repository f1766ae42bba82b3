// The sync engine wired to the session (see SyncController.h): attach on unlock, detach before lock, the wipe
// directive to the erased page, and the status line composed from the engine's state and counts.
#include "app/controllers/SyncController.h"

#include "app/controllers/SessionController.h"
#include "app/controllers/StoreSignals.h"
#include "client/SettingKeys.h"
#include "client/SyncEngine.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QLocale>

#include <nlohmann/json.hpp>

using maqa::client::SyncEngine;

SyncController::SyncController(SessionController *session, const maqa::client::SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_engine(std::make_unique<SyncEngine>(options))
{
    connect(session, &SessionController::storeOpened, this, [this] {
        readEnrolment();
        m_engine->attach(m_session->store());
        compose();
    });
    connect(session, &SessionController::aboutToLock, this, [this] {
        m_engine->detach();
        m_agency.clear();
        m_serverUrl.clear();
        compose();
    });
    connect(session->storeSignals(), &StoreSignals::settingWasChanged, this, [this](const QString &key) {
        if (key == QLatin1String(maqa::client::keys::kEnrolment)) {
            readEnrolment();
            compose();
        }
    });
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &SyncController::compose);
    connect(m_engine.get(), &SyncEngine::countsChanged, this, &SyncController::compose);
    // The engine has already closed and erased the store: the session only lets go of it and says why.
    connect(m_engine.get(), &SyncEngine::wiped, this, [this] { m_session->storeErased(m_engine->statusText()); });
    compose();
}

SyncController::~SyncController()
{
    m_engine->detach();
}

SyncController::State SyncController::state() const
{
    switch (m_engine->state()) {
    case SyncEngine::State::Detached:
        return Locked;
    case SyncEngine::State::NotEnrolled:
        return NotEnrolled;
    case SyncEngine::State::Idle:
        return Idle;
    case SyncEngine::State::Syncing:
        return Syncing;
    case SyncEngine::State::WaitingForNetwork:
        return WaitingForNetwork;
    case SyncEngine::State::Error:
        return Failing;
    case SyncEngine::State::Wiped:
        return Erased;
    }
    return Locked;
}

bool SyncController::enrolled() const
{
    return m_engine->enrolled();
}

bool SyncController::syncing() const
{
    return m_engine->state() == SyncEngine::State::Syncing;
}

double SyncController::progress() const
{
    return m_engine->progress();
}

int SyncController::waitingCount() const
{
    return m_engine->waitingCount();
}

int SyncController::failedCount() const
{
    return m_engine->failedCount();
}

int SyncController::deliveredCount() const
{
    return m_engine->deliveredCount();
}

QDateTime SyncController::lastSuccess() const
{
    return m_engine->lastSuccess();
}

QString SyncController::lastError() const
{
    return m_lastError;
}

void SyncController::syncNow()
{
    m_engine->syncNow();
}

void SyncController::retryFailed()
{
    m_engine->retryFailed();
}

void SyncController::restartEngine()
{
    if (m_session->store()) {
        m_engine->detach();
        m_engine->attach(m_session->store());
        compose();
    }
}

void SyncController::readEnrolment()
{
    m_agency.clear();
    m_serverUrl.clear();
    maqa::store::Store *store = m_session->store();
    if (!store) {
        return;
    }
    try {
        const auto text = store->settings().get(maqa::client::keys::kEnrolment);
        const auto json = text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
        if (json.is_object()) {
            m_agency = QString::fromStdString(json.value("agency", std::string()));
            m_serverUrl = QString::fromStdString(json.value("server_url", std::string()));
        }
    } catch (const maqa::core::Error &) {
        // Unreadable: the engine reports the same store failure on its status line.
    } catch (const nlohmann::json::exception &) {
        // A damaged enrolment: the engine refuses it and says so.
    }
}

QString SyncController::lastRefusal() const
{
    maqa::store::Store *store = m_session->store();
    if (!store) {
        return {};
    }
    try {
        for (const auto &item : store->outbox().all()) {
            if (item.state == maqa::store::OutboxState::Failed && item.lastError) {
                return QString::fromStdString(*item.lastError);
            }
        }
    } catch (const maqa::core::Error &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void SyncController::compose()
{
    const State now = state();
    const int waiting = m_engine->waitingCount();
    QString text;
    switch (now) {
    case Locked:
        text = tr("Locked");
        break;
    case NotEnrolled:
        text = waiting > 0 ? tr("Not enrolled — returns wait in the outbox (%n waiting)", "", waiting)
                           : tr("Not enrolled — returns wait in the outbox");
        break;
    default:
        text = m_engine->statusText();
        break;
    }
    m_lastError = m_engine->lastError();
    if (m_lastError.isEmpty() && m_engine->failedCount() > 0) {
        m_lastError = lastRefusal(); // the engine's pass succeeded, but earlier refusals still need attention
    }
    const int failed = m_engine->failedCount();
    if (failed > 0 && now != Locked && !text.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
        text += tr(" · %n refused, see the outbox", "", failed);
    }
    const bool saysWaiting = text.contains(QLatin1String("waiting"), Qt::CaseInsensitive);
    if ((now == WaitingForNetwork || now == Failing) && waiting > 0 && !saysWaiting) {
        text += tr(" · %n waiting", "", waiting);
    }
    const QDateTime last = m_engine->lastSuccess();
    if (last.isValid() && (now == WaitingForNetwork || now == Failing || (now == Idle && waiting > 0))) {
        text += tr(" · last success %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
    }
    m_statusText = text;
    emit statusChanged();
}
