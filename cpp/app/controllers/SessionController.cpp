// Creating, unlocking and locking the store for the app (see SessionController.h).
// Key derivation runs on a worker thread so the lock screen stays responsive; results return to the GUI thread.
#include "app/controllers/SessionController.h"

#include "app/controllers/StoreSignals.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/keys/PassphraseRules.h"
#include "store/repos/SettingsRepository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <nlohmann/json.hpp>

using maqa::core::Error;
using maqa::core::ErrorKind;

namespace {
std::string toUtf8(const QString &text)
{
    return text.toStdString();
}
} // namespace

SessionController::SessionController(const QString &dataDirectory, const maqa::core::KdfParams &kdf, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
    , m_kdf(kdf)
    , m_signals(new StoreSignals(this))
{
    m_state = maqa::store::Store::exists(toUtf8(dataDirectory)) ? Locked : NoStore;
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SessionController::lock);
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &SessionController::refreshRetry);
    // Enrolment and later pulls bring the office's policy: its idle time applies at once, not at the next unlock.
    connect(m_signals, &StoreSignals::settingWasChanged, this, [this](const QString &key) {
        if (key == QLatin1String("policy")) {
            applyPolicy();
        }
    });
    refreshRetry();
}

SessionController::~SessionController()
{
    lock();
    QThreadPool::globalInstance()->waitForDone();
}

void SessionController::createStore(const QString &passphrase, const QString &confirmation)
{
    if (m_busy || m_state != NoStore) {
        return;
    }
    if (passphrase != confirmation) {
        setError(tr("The two passphrases are not the same."));
        return;
    }
    if (!isPassphraseAcceptable(passphrase)) {
        setError(tr("The passphrase is too weak: %1").arg(passphraseHint(passphrase)));
        return;
    }
    openInBackground(passphrase, true);
}

void SessionController::unlock(const QString &passphrase)
{
    if (m_busy || m_state != Locked) {
        return;
    }
    if (passphrase.isEmpty()) {
        setError(tr("Type your passphrase to unlock."));
        return;
    }
    openInBackground(passphrase, false);
}

void SessionController::openInBackground(const QString &passphrase, bool create)
{
    setBusy(true);
    setError({});
    QPointer<SessionController> self(this);
    const std::string dir = toUtf8(m_dataDirectory);
    maqa::store::StoreOptions options;
    options.kdf = m_kdf;
    std::string secret = toUtf8(passphrase);
    QThreadPool::globalInstance()->start([self, dir, options, secret, create]() mutable {
        std::unique_ptr<maqa::store::Store> store;
        QString error;
        int kind = -1;
        try {
            store = create ? maqa::store::Store::create(dir, secret, options)
                           : maqa::store::Store::open(dir, secret, options);
        } catch (const Error &e) {
            error = QString::fromStdString(e.what());
            kind = static_cast<int>(e.kind());
        }
        maqa::core::wipeString(secret);
        auto *holder = store.release();
        QMetaObject::invokeMethod(
            qApp,
            [self, holder, error, kind] {
                std::unique_ptr<maqa::store::Store> owned(holder);
                if (self) {
                    self->finishOpen(std::move(owned), error, kind);
                }
            },
            Qt::QueuedConnection);
    });
}

void SessionController::finishOpen(std::unique_ptr<maqa::store::Store> store, const QString &error, int errorKind)
{
    setBusy(false);
    if (!store) {
        setError(error);
        if (errorKind == static_cast<int>(ErrorKind::Wiped)) {
            setState(Wiped);
        } else if (!maqa::store::Store::exists(toUtf8(m_dataDirectory))) {
            setState(NoStore);
        }
        refreshRetry();
        return;
    }
    m_store = std::move(store);
    m_store->addObserver(m_signals);
    applyPolicy();
    setState(Unlocked);
    emit storeOpened();
    emit m_signals->storeAvailabilityChanged();
    noteActivity();
}

void SessionController::adoptStore(std::unique_ptr<maqa::store::Store> store)
{
    if (m_store || !store) {
        return;
    }
    finishOpen(std::move(store), {}, -1);
}

void SessionController::lock()
{
    if (!m_store) {
        return;
    }
    emit aboutToLock();
    m_idleTimer.stop();
    m_store->removeObserver(m_signals);
    m_store.reset(); // closes SQLCipher and wipes the data key
    setState(Locked);
    emit m_signals->storeAvailabilityChanged();
}

void SessionController::storeErased(const QString &message)
{
    if (!m_store) {
        return;
    }
    emit aboutToLock(); // the store is already closed: controllers only drop what they read
    m_idleTimer.stop();
    m_store->removeObserver(m_signals);
    m_store.reset();
    setError(message);
    setState(Wiped);
    emit m_signals->storeAvailabilityChanged();
}

void SessionController::applyPolicy()
{
    if (!m_store) {
        return;
    }
    try {
        const auto policy = nlohmann::json::parse(m_store->settings().value("policy", "{}"));
        setIdleLockSeconds(policy.value("idle_lock_seconds", m_idleLockSeconds));
    } catch (const nlohmann::json::exception &) {
        // A malformed policy keeps the safe default.
    }
}

void SessionController::noteActivity()
{
    if (m_store && m_idleLockSeconds > 0) {
        m_idleTimer.start(m_idleLockSeconds * 1000);
    }
}

void SessionController::acknowledgeWipe()
{
    if (m_state == Wiped) {
        setError({});
        setState(NoStore);
    }
}

bool SessionController::isPassphraseAcceptable(const QString &passphrase) const
{
    return maqa::store::assessPassphrase(toUtf8(passphrase)).acceptable;
}

int SessionController::passphraseScore(const QString &passphrase) const
{
    return maqa::store::assessPassphrase(toUtf8(passphrase)).score;
}

QString SessionController::passphraseHint(const QString &passphrase) const
{
    return QString::fromStdString(maqa::store::assessPassphrase(toUtf8(passphrase)).hint);
}

void SessionController::setIdleLockSeconds(int seconds)
{
    if (seconds <= 0 || seconds == m_idleLockSeconds) {
        return;
    }
    m_idleLockSeconds = seconds;
    emit idleLockSecondsChanged();
    noteActivity();
}

void SessionController::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged();
    }
}

void SessionController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void SessionController::setError(const QString &message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void SessionController::refreshRetry()
{
    int seconds = 0;
    try {
        const auto lockState = maqa::store::Vault(toUtf8(m_dataDirectory)).state();
        const auto now = maqa::core::systemNow();
        seconds = lockState.retryAt > now ? int((lockState.retryAt - now + 999) / 1000) : 0;
    } catch (const Error &) {
        seconds = 0; // a missing or damaged key file is reported when unlocking
    }
    if (seconds != m_retryInSeconds) {
        m_retryInSeconds = seconds;
        emit retryInSecondsChanged();
    }
    if (seconds > 0) {
        m_retryTimer.start();
    } else {
        m_retryTimer.stop();
    }
}
