// Input-event watching for the idle lock (see IdleActivityFilter.h).
// Never consumes an event: it only observes.
#include "app/IdleActivityFilter.h"

#include "app/controllers/SessionController.h"

#include <QEvent>

IdleActivityFilter::IdleActivityFilter(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

bool IdleActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        m_session->noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
