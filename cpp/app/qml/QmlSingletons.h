// Exposes the controllers built in main() (or a test's setup) to QML as singletons, declaratively:
// QML_FOREIGN + QML_SINGLETON wrappers, so qmllint and the QML compiler see their types (no context properties).
#pragma once

#include "app/controllers/SessionController.h"

#include <QQmlEngine>

/** Where the wrappers find the instances; set once before the QML engine loads anything. */
struct QmlSingletons
{
    static inline SessionController *session = nullptr;
};

/** `SessionController` in QML: the session's lock state and passphrase handling. */
struct SessionControllerForeign
{
    Q_GADGET
    QML_FOREIGN(SessionController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(SessionController)
public:
    static SessionController *create(QQmlEngine *, QJSEngine *)
    {
        QJSEngine::setObjectOwnership(QmlSingletons::session, QJSEngine::CppOwnership);
        return QmlSingletons::session;
    }
};
