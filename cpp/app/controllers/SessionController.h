// The session: whether a store exists, is locked or open; creating it, unlocking it, locking it by hand and after
// the policy's idle time. Every other controller reaches the store through here and lets go of it on lock.
#pragma once

#include "core/crypto/KeyWrap.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace maqa::store {
class Store;
}
class StoreSignals;

/** The app's lock state and the one owner of the open store. */
class SessionController : public QObject
{
    Q_OBJECT

    //! Where the session is: no store yet, locked, open, or just erased after too many failures.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    //! True while a passphrase is being checked (Argon2id takes about half a second).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    //! The last refusal in plain words ("Wrong passphrase. 9 attempts left ..."), or empty.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    //! Seconds before another unlock attempt is accepted (counts down), 0 when one is accepted now.
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY retryInSecondsChanged)
    //! Seconds without input after which the store locks itself (the office's policy; default 300).
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds NOTIFY idleLockSecondsChanged)
    //! The data directory this session uses.
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)

public:
    enum State { NoStore, Locked, Unlocked, Wiped };
    Q_ENUM(State)

    /** A session over @p dataDirectory; new stores get @p kdf (the minimum profile only where speed matters). */
    SessionController(const QString &dataDirectory, const maqa::core::KdfParams &kdf, QObject *parent = nullptr);
    ~SessionController() override;

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    int retryInSeconds() const { return m_retryInSeconds; }
    int idleLockSeconds() const { return m_idleLockSeconds; }
    QString dataDirectory() const { return m_dataDirectory; }

    /** Creates the store with @p passphrase after checking it matches @p confirmation and is strong enough. */
    Q_INVOKABLE void createStore(const QString &passphrase, const QString &confirmation);
    /** Tries @p passphrase; the outcome arrives through state and errorMessage. */
    Q_INVOKABLE void unlock(const QString &passphrase);
    /** Closes the store and wipes its key: every page falls back to the lock screen. */
    Q_INVOKABLE void lock();
    /** Restarts the idle timer; input events call this through the application's event filter. */
    Q_INVOKABLE void noteActivity();
    /** After an erase: acknowledges it and starts a fresh setup. */
    Q_INVOKABLE void acknowledgeWipe();
    /** True when @p passphrase meets the minimum strength. */
    Q_INVOKABLE bool isPassphraseAcceptable(const QString &passphrase) const;
    /** 0..4 for a strength bar. */
    Q_INVOKABLE int passphraseScore(const QString &passphrase) const;
    /** One sentence about @p passphrase's strength, shown while typing. */
    Q_INVOKABLE QString passphraseHint(const QString &passphrase) const;

    /** The open store, or nullptr when locked. Controllers must not keep it past aboutToLock(). */
    maqa::store::Store *store() const { return m_store.get(); }
    /** Store change notifications as Qt signals (valid for the whole session). */
    StoreSignals *storeSignals() const { return m_signals; }
    /**
     * Takes a store the caller opened itself (maqa-cli and benchmarks unlock synchronously) and announces it like
     * an unlock: storeOpened() runs every controller's loading. Ignored while another store is open.
     */
    void adoptStore(std::unique_ptr<maqa::store::Store> store);
    /** Applies the office's idle-lock policy. */
    void setIdleLockSeconds(int seconds);
    /**
     * The store was erased under the session (the sync engine applied the office's wipe directive): controllers
     * let go of it as on a lock, and the session shows the erased page with @p message.
     */
    void storeErased(const QString &message);

signals:
    void stateChanged();
    void busyChanged();
    void errorMessageChanged();
    void retryInSecondsChanged();
    void idleLockSecondsChanged();
    /** A store was just opened: controllers load from it. */
    void storeOpened();
    /** The store is about to close: controllers drop everything they read from it. */
    void aboutToLock();

private:
    void openInBackground(const QString &passphrase, bool create);
    void finishOpen(std::unique_ptr<maqa::store::Store> store, const QString &error, int errorKind);
    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString &message);
    void refreshRetry();
    void applyPolicy();

    QString m_dataDirectory;
    maqa::core::KdfParams m_kdf;
    std::unique_ptr<maqa::store::Store> m_store;
    StoreSignals *m_signals = nullptr;
    State m_state = NoStore;
    bool m_busy = false;
    QString m_errorMessage;
    int m_retryInSeconds = 0;
    int m_idleLockSeconds = 300;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
};
