// The office sync's status (see OfficeSync.h): the state, the sentence on the status line, and the last clean sync,
// its summary and the last failure, kept in the store so a restarted app shows them at once.
#include "client/office/OfficeSync.h"

#include "client/ApiClient.h"
#include "client/office/OfficeSettingKeys.h"
#include "client/office/OfficeTask.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/repos/SettingsRepository.h"

#include <QLocale>

namespace maqa::client {

bool OfficeSync::isSetUp() const
{
    return m_context != nullptr;
}

QString OfficeSync::serverUrl() const
{
    return m_api ? m_api->server().text() : QString();
}

QString OfficeSync::statusText() const
{
    switch (m_state) {
    case State::Detached:
        return QStringLiteral("The office's sync is paused while Maqa is locked.");
    case State::NotSetUp:
        return QStringLiteral("The office is not connected to a server yet.");
    case State::Working: {
        const QString activity = m_task ? m_task->activity() : QStringLiteral("Getting ready");
        return m_detail.isEmpty() ? activity + QStringLiteral("…") : QStringLiteral("%1: %2…").arg(activity, m_detail);
    }
    case State::Error:
        return m_lastError;
    case State::Idle:
        break;
    }
    return m_lastSuccess.isValid() ? QStringLiteral("Up to date (last synced %1).")
                                         .arg(QLocale().toString(m_lastSuccess.toLocalTime(), QLocale::ShortFormat))
                                   : QStringLiteral("Connected to %1; not synced yet.").arg(serverUrl());
}

void OfficeSync::restoreStatus()
{
    try {
        store::SettingsRepository &settings = m_store->settings();
        m_lastError = QString::fromStdString(settings.value(office_keys::kLastError));
        m_lastSummary = QString::fromStdString(settings.value(office_keys::kLastSummary));
        m_lastSuccess =
            QDateTime::fromString(QString::fromStdString(settings.value(office_keys::kLastSuccess)), Qt::ISODate);
    } catch (const core::Error &e) {
        m_lastError = QString::fromUtf8(e.what());
    }
}

void OfficeSync::keepStatus(bool clean, const QString &error, bool pulled)
{
    if (!clean) {
        m_lastError = error;
    } else if (pulled) {
        m_lastError.clear();
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        m_lastSummary = QString::fromStdString(m_summary.text());
    }
    if (!m_store || !m_store->isOpen()) {
        return;
    }
    try {
        store::SettingsRepository &settings = m_store->settings();
        settings.set(office_keys::kLastError, m_lastError.toStdString());
        if (clean && pulled) {
            settings.set(office_keys::kLastSuccess, m_lastSuccess.toString(Qt::ISODate).toStdString());
            settings.set(office_keys::kLastSummary, m_lastSummary.toStdString());
        }
    } catch (const core::Error &e) {
        m_lastError += QStringLiteral(" (%1)").arg(QString::fromUtf8(e.what()));
    }
}

void OfficeSync::updateState()
{
    State next = State::Idle;
    if (!m_store) {
        next = State::Detached;
    } else if (m_running) {
        next = State::Working;
    } else if (!m_lastError.isEmpty()) {
        next = State::Error;
    } else if (!isSetUp()) {
        next = State::NotSetUp;
    }
    m_state = next;
    emit statusChanged();
}

} // namespace maqa::client
