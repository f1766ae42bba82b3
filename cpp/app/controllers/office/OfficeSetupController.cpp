// The office's keys and their backup (see OfficeSetupController.h). Backups are written synchronously: Argon2id
// takes about half a second, once, when the office asks for it.
#include "app/controllers/office/OfficeSetupController.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "core/crypto/Envelope.h"
#include "core/util/Error.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeStore.h"

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace {
std::filesystem::path localPath(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        throw Error(ErrorKind::Invalid, "Choose a file first.");
    }
    return std::filesystem::path(path.toStdString());
}
} // namespace

OfficeSetupController::OfficeSetupController(OfficeSession *office, const maqa::core::KdfParams &backupKdf,
                                             QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_backupKdf(backupKdf)
    , m_keys(new OfficeKeyListModel(office, this))
{
    connect(office, &OfficeSession::availabilityChanged, this, [this] {
        setMessages({}, {});
        refresh();
    });
    connect(office->officeSignals(), &OfficeSignals::keysWereChanged, this, &OfficeSetupController::refresh);
}

void OfficeSetupController::refresh()
{
    QString active;
    if (auto *store = m_office->office()) {
        if (const auto pair = store->keys().activeKey()) {
            active = QString::fromStdString(maqa::core::envelope::keyId(pair->publicKey));
        }
    }
    if (active != m_activeKeyId) {
        m_activeKeyId = active;
        emit stateChanged();
    }
}

bool OfficeSetupController::createKey()
{
    return guarded([this] {
        const auto pair = m_office->office()->keys().createKey(m_office->actor());
        return tr("Made key %1. Register it with the server, then export a backup and keep it safe.")
            .arg(QString::fromStdString(maqa::core::envelope::keyId(pair.publicKey)));
    });
}

bool OfficeSetupController::exportBackup(const QUrl &file, const QString &passphrase, const QString &confirmation)
{
    return guarded([&] {
        if (passphrase != confirmation) {
            throw Error(ErrorKind::Refused, "The two passphrases are not the same.");
        }
        const auto path = localPath(file);
        m_office->office()->keys().exportBackup(path, passphrase.toStdString(), m_office->actor(), m_backupKdf);
        return tr("Saved an encrypted backup of key %1 to %2. Keep the file and its passphrase apart.")
            .arg(m_activeKeyId, QString::fromStdString(path.string()));
    });
}

bool OfficeSetupController::importBackup(const QUrl &file, const QString &passphrase)
{
    return guarded([&] {
        const auto pair =
            m_office->office()->keys().importBackup(localPath(file), passphrase.toStdString(), m_office->actor());
        return tr("Imported key %1; it is now the office's active key.")
            .arg(QString::fromStdString(maqa::core::envelope::keyId(pair.publicKey)));
    });
}

bool OfficeSetupController::guarded(const std::function<QString()> &action)
{
    if (!m_office->office()) {
        setMessages(tr("Maqa is locked."), {});
        return false;
    }
    try {
        const QString done = action();
        setMessages({}, done);
        refresh();
        return true;
    } catch (const Error &e) {
        setMessages(QString::fromStdString(e.what()), {});
        return false;
    }
}

void OfficeSetupController::setMessages(const QString &error, const QString &message)
{
    if (error != m_errorMessage || message != m_message) {
        m_errorMessage = error;
        m_message = message;
        emit messagesChanged();
    }
}
