// Preferences kept inside the encrypted store (text size, and the role chosen after first-run setup: practitioner
// or partnership office), so they follow the store and never leak into plain files. Locked: the defaults apply.
#pragma once

#include <QObject>

class SessionController;

/** Text size and other small preferences; QML binds Theme.textScale to textScale. */
class SettingsController : public QObject
{
    Q_OBJECT
    //! Multiplies every font size: 1.0 default, up to 1.6; persisted as setting "ui.text_scale".
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    //! "practitioner", "office", or "" until chosen; persisted as setting "role".
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    //! True once the open store's settings are read (the navigator waits for it before choosing pages).
    Q_PROPERTY(bool loaded READ loaded NOTIFY roleChanged)

public:
    explicit SettingsController(SessionController *session, QObject *parent = nullptr);

    double textScale() const { return m_textScale; }
    /** Sets and saves the text size (clamped to 0.85..1.6). */
    void setTextScale(double scale);
    QString role() const { return m_role; }
    bool loaded() const { return m_loaded; }
    /** Saves @p role ("practitioner" or "office"); anything else is ignored. */
    Q_INVOKABLE void chooseRole(const QString &role);

signals:
    void textScaleChanged();
    void roleChanged();

private:
    void load();

    SessionController *m_session;
    double m_textScale = 1.0;
    QString m_role;
    bool m_loaded = false;
};
