// Preferences in the store (see SettingsController.h). Values are validated when read back: a damaged setting
// falls back to the default rather than making the app unreadable.
#include "app/controllers/SettingsController.h"

#include "app/controllers/SessionController.h"
#include "store/Store.h"
#include "store/repos/SettingsRepository.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace {
const char *const kTextScaleKey = "ui.text_scale";
const char *const kRoleKey = "role";
bool isRole(const QString &role)
{
    return role == QLatin1String("practitioner") || role == QLatin1String("office");
}
double clampScale(double scale)
{
    return std::isfinite(scale) ? std::clamp(scale, 0.85, 1.6) : 1.0;
}
} // namespace

SettingsController::SettingsController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &SessionController::storeOpened, this, &SettingsController::load);
    connect(session, &SessionController::aboutToLock, this, [this] {
        if (m_textScale != 1.0) {
            m_textScale = 1.0;
            emit textScaleChanged();
        }
        m_role.clear();
        m_loaded = false;
        emit roleChanged();
    });
}

void SettingsController::chooseRole(const QString &role)
{
    maqa::store::Store *store = m_session->store();
    if (!store || !isRole(role) || role == m_role) {
        return;
    }
    store->settings().set(kRoleKey, role.toStdString());
    m_role = role;
    emit roleChanged();
}

void SettingsController::setTextScale(double scale)
{
    scale = clampScale(scale);
    if (std::fabs(scale - m_textScale) < 0.001) {
        return;
    }
    m_textScale = scale;
    if (maqa::store::Store *store = m_session->store()) {
        store->settings().set(kTextScaleKey, std::to_string(scale));
    }
    emit textScaleChanged();
}

void SettingsController::load()
{
    double scale = 1.0;
    try {
        scale = clampScale(std::stod(m_session->store()->settings().value(kTextScaleKey, "1.0")));
    } catch (const std::exception &) {
        scale = 1.0; // a damaged value keeps the default size
    }
    if (scale != m_textScale) {
        m_textScale = scale;
        emit textScaleChanged();
    }
    auto &settings = m_session->store()->settings();
    QString role = QString::fromStdString(settings.value(kRoleKey, ""));
    if (!isRole(role) && settings.get("enrolment")) {
        role = QStringLiteral("practitioner"); // enrolled before roles existed: an agency's device
        settings.set(kRoleKey, role.toStdString());
    }
    m_role = isRole(role) ? role : QString();
    m_loaded = true;
    emit roleChanged();
}
