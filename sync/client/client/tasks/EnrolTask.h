// POST /enrol: the one request a device makes without a token. It generates the device's Ed25519 key pair, sends
// the public half with the office's one-time code, and keeps what the server answers (client/DeviceEnrolment.h).
#pragma once

#include "core/crypto/Envelope.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace maqa::store {
class Store;
}

namespace maqa::client {

class ApiClient;

/** What the practitioner (or maqa-cli enrol) gives to enrol. */
struct EnrolmentInput
{
    QString serverUrl;  //!< https://…, or http:// on loopback only
    QString code;       //!< the office's one-time code, as typed
    QString deviceName; //!< how the office will see this device
    QString caFile;     //!< PEM file of the CA to trust instead of the system's, or ""
};

/** Enrols the device once; the result arrives through finished(). */
class EnrolTask : public QObject
{
    Q_OBJECT
public:
    /** Enrols into @p store (unlocked, not enrolled yet) through @p network. */
    EnrolTask(store::Store &store, QNetworkAccessManager &network, EnrolmentInput input,
              std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~EnrolTask() override;

    /** Checks the input, then sends the request. */
    void start();
    /** Cancels the request; finished() is not emitted. */
    void abort();

signals:
    /** Done: @p ok with a summary, or not with the reason in plain words. */
    void finished(bool ok, const QString &message);

private:
    void send();
    void receive(QNetworkReply *reply);
    void fail(const QString &message);

    store::Store &m_store;
    QNetworkAccessManager &m_network;
    EnrolmentInput m_input;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<ApiClient> m_api;
    QNetworkReply *m_reply = nullptr;
    core::envelope::SigningKeyPair m_keys; //!< made on the device; the secret half never leaves its store
    bool m_done = false;
};

} // namespace maqa::client
