// Setting up the partnership office in the app: its key pair (made here; the secret never leaves the encrypted
// store except inside a passphrase-protected backup file), importing that backup on a second office machine, and
// connecting to the server (address and admin token) so the public key is registered and returns can be pulled.
#pragma once

#include "app/models/office/OfficeKeyListModel.h"
#include "core/crypto/KeyWrap.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class OfficeSession;
class OfficeSyncController;

/** The office set-up page's controller. */
class OfficeSetupController : public QObject
{
    Q_OBJECT
    //! The office's key pairs, newest first.
    Q_PROPERTY(OfficeKeyListModel *keys READ keys CONSTANT)
    //! True when the office has an active key pair.
    Q_PROPERTY(bool hasKey READ hasKey NOTIFY stateChanged)
    //! The active key's id ("" when none): the office reads it to the server's administrator to compare.
    Q_PROPERTY(QString activeKeyId READ activeKeyId NOTIFY stateChanged)
    //! The last refusal in plain words, or "".
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    //! What the last action did, or "".
    Q_PROPERTY(QString message READ message NOTIFY messagesChanged)

public:
    /** Set-up over @p office; backups are encrypted with Argon2id at @p backupKdf (tests use the minimum). */
    OfficeSetupController(OfficeSession *office, const maqa::core::KdfParams &backupKdf, QObject *parent = nullptr);

    OfficeKeyListModel *keys() const { return m_keys; }
    bool hasKey() const { return !m_activeKeyId.isEmpty(); }
    QString activeKeyId() const { return m_activeKeyId; }
    QString errorMessage() const { return m_errorMessage; }
    QString message() const { return m_message; }

    /** Makes a new key pair and makes it the active one (earlier ones are kept to open older returns). */
    Q_INVOKABLE bool createKey();
    /** Writes an encrypted backup of the active key to @p file, protected by @p passphrase (typed twice). */
    Q_INVOKABLE bool exportBackup(const QUrl &file, const QString &passphrase, const QString &confirmation);
    /** Imports the key pair in backup @p file with @p passphrase and makes it the active one. */
    Q_INVOKABLE bool importBackup(const QUrl &file, const QString &passphrase);

signals:
    void stateChanged();
    void messagesChanged();

private:
    bool guarded(const std::function<QString()> &action);
    void refresh();
    void setMessages(const QString &error, const QString &message);

    OfficeSession *m_office;
    maqa::core::KdfParams m_backupKdf;
    OfficeKeyListModel *m_keys;
    QString m_activeKeyId;
    QString m_errorMessage;
    QString m_message;
};
