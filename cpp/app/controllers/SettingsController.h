// Practitioner preferences kept inside the encrypted store (text size for now), so they follow the store and
// never leak into plain files. Until the store is unlocked the defaults apply.
#pragma once

#include <QObject>

class SessionController;

/** Text size and other small preferences; QML binds Theme.textScale to textScale. */
class SettingsController : public QObject
{
    Q_OBJECT
    //! Multiplies every font size: 1.0 default, up to 1.6; persisted as setting "ui.text_scale".
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)

public:
    explicit SettingsController(SessionController *session, QObject *parent = nullptr);

    double textScale() const { return m_textScale; }
    /** Sets and saves the text size (clamped to 0.85..1.6). */
    void setTextScale(double scale);

signals:
    void textScaleChanged();

private:
    void load();

    SessionController *m_session;
    double m_textScale = 1.0;
};
