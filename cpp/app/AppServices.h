// Everything the app's QML and the headless CLI share, built once: the session and the controllers over it.
// main() builds one for the window; tests build one over a temporary data directory.
#pragma once

#include "core/crypto/KeyWrap.h"

#include <QObject>
#include <QString>

class SessionController;

/** Owns the controllers of one running app (or test). */
class AppServices : public QObject
{
    Q_OBJECT
public:
    /** Controllers over @p dataDirectory; new stores use @p kdf. */
    AppServices(const QString &dataDirectory, const maqa::core::KdfParams &kdf, QObject *parent = nullptr);

    SessionController *session() const { return m_session; }

    /** The default data directory: $MAQA_DATA, else the platform's app-data location. */
    static QString defaultDataDirectory();

private:
    SessionController *m_session = nullptr;
};
