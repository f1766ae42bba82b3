// Sync status from the store (see SyncController.h): outbox counts, the newest delivery as the last success, the
// newest failed item's error as the last error, and whether an enrolment is stored.
#include "app/controllers/SyncController.h"

#include "app/controllers/SessionController.h"
#include "app/controllers/StoreSignals.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/SettingsRepository.h"

#include <QLocale>

SyncController::SyncController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &SessionController::storeOpened, this, &SyncController::refresh);
    connect(session->storeSignals(), &StoreSignals::storeAvailabilityChanged, this, &SyncController::refresh);
    connect(session->storeSignals(), &StoreSignals::outboxWasChanged, this, &SyncController::refresh);
    connect(session->storeSignals(), &StoreSignals::settingWasChanged, this, [this](const QString &key) {
        if (key == QLatin1String("enrolment")) {
            refresh();
        }
    });
    compose();
}

void SyncController::refresh()
{
    maqa::store::Store *store = m_session->store();
    if (!store) {
        m_enrolled = false;
        m_waiting = m_failed = 0;
        m_lastSuccess = {};
        m_lastError.clear();
        compose();
        return;
    }
    const maqa::store::OutboxCounts counts = store->outbox().counts();
    m_waiting = counts.waiting();
    m_failed = counts.failed;
    m_enrolled = store->settings().get("enrolment").has_value();
    maqa::core::Millis newestDelivery = 0;
    maqa::core::Millis newestFailure = 0;
    m_lastError.clear();
    for (const maqa::store::OutboxItem &item : store->outbox().all()) {
        if (item.deliveredAt && *item.deliveredAt > newestDelivery) {
            newestDelivery = *item.deliveredAt;
        }
        if (item.lastError && item.nextAttemptAt >= newestFailure) {
            newestFailure = item.nextAttemptAt;
            m_lastError = QString::fromStdString(*item.lastError);
        }
    }
    if (newestDelivery > 0 && (!m_lastSuccess.isValid() || m_lastSuccess.toMSecsSinceEpoch() < newestDelivery)) {
        m_lastSuccess = QDateTime::fromMSecsSinceEpoch(newestDelivery);
    }
    compose();
}

void SyncController::reportSuccess(const QDateTime &when)
{
    m_lastSuccess = when;
    m_lastError.clear();
    compose();
}

void SyncController::reportError(const QString &message)
{
    m_lastError = message;
    compose();
}

void SyncController::compose()
{
    QString text;
    if (!m_session->store()) {
        text = tr("Locked");
    } else if (!m_enrolled) {
        text = m_waiting > 0 ? tr("Not enrolled — returns wait in the outbox (%n waiting)", "", m_waiting)
                             : tr("Not enrolled — returns wait in the outbox");
    } else if (m_failed > 0) {
        text = tr("%n return(s) refused by the office server — see the outbox", "", m_failed);
    } else if (m_waiting > 0) {
        text = tr("%n return(s) waiting to be sent", "", m_waiting);
    } else if (m_lastSuccess.isValid()) {
        text = tr("Everything sent · last success %1").arg(QLocale().toString(m_lastSuccess, QLocale::ShortFormat));
    } else {
        text = tr("Nothing waiting to be sent");
    }
    if (m_failed > 0 && !m_enrolled) {
        text += tr(" · %n failed", "", m_failed);
    }
    m_statusText = text;
    emit statusChanged();
}
