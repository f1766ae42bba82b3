// Watches the application's input events and tells the session, so the store locks after the policy's idle time.
// Installed once on the QGuiApplication by main(); only user input counts, not timers or repaints.
#pragma once

#include <QObject>

class SessionController;

/** Restarts the session's idle timer on every key, mouse, touch or wheel event. */
class IdleActivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit IdleActivityFilter(SessionController *session, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SessionController *m_session;
};
