// Enrolment (see EnrolTask.h). The server's refusals (code used, expired, unknown) carry sentences written for
// practitioners, so they are shown as they come; transport failures are put in plain words here.
#include "client/tasks/EnrolTask.h"

#include "client/ApiClient.h"
#include "client/ApiResponse.h"
#include "client/DeviceEnrolment.h"

#include "core/crypto/Sodium.h"
#include "core/util/Error.h"
#include "protocol/Enrolment.h"
#include "protocol/Json.h"
#include "store/Store.h"

#include <QNetworkReply>
#include <QTimer>

namespace maqa::client {

EnrolTask::EnrolTask(store::Store &store, QNetworkAccessManager &network, EnrolmentInput input,
                     std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_input(std::move(input))
    , m_timeout(timeout)
{}

EnrolTask::~EnrolTask()
{
    abort();
}

void EnrolTask::start()
{
    QTimer::singleShot(0, this, [this] {
        try {
            send();
        } catch (const core::Error &e) {
            fail(QString::fromUtf8(e.what()));
        }
    });
}

void EnrolTask::abort()
{
    m_done = true;
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void EnrolTask::fail(const QString &message)
{
    if (!m_done) {
        m_done = true;
        emit finished(false, message);
    }
}

void EnrolTask::send()
{
    if (DeviceEnrolment::exists(m_store)) {
        const DeviceEnrolment current = DeviceEnrolment::load(m_store);
        return fail(QStringLiteral("This device is already enrolled with %1 for %2; its enrolment is kept.")
                        .arg(QString::fromStdString(current.serverUrl), QString::fromStdString(current.agency)));
    }
    const std::string code = protocol::normaliseEnrolmentCode(m_input.code.toStdString());
    if (code.empty()) {
        return fail(QStringLiteral("'%1' is not an enrolment code: it has 16 letters and digits, like "
                                   "ABCD-EFGH-JKMN-PQRS.")
                        .arg(m_input.code));
    }
    const QString name = m_input.deviceName.trimmed();
    if (name.isEmpty() || name.size() > 100) {
        return fail(QStringLiteral("Give the device a name of 1 to 100 characters, so the office can recognise it."));
    }
    m_api = std::make_unique<ApiClient>(m_network, ServerAddress::parse(m_input.serverUrl), QByteArray(),
                                        m_input.caFile, m_timeout);
    m_keys = core::envelope::SigningKeyPair::generate();
    protocol::EnrolmentRequest request;
    request.code = code;
    request.deviceName = name.toStdString();
    request.signPublicKey = core::toBase64(m_keys.publicKey);
    m_reply = m_api->post(QStringLiteral("/enrol"), QByteArray::fromStdString(request.toJson().dump()));
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        try {
            receive(reply);
        } catch (const core::Error &e) {
            fail(QString::fromUtf8(e.what()));
        }
    });
}

void EnrolTask::receive(QNetworkReply *reply)
{
    const ApiResponse response = ApiResponse::fromReply(*reply);
    if (verdictOf(response) != Verdict::Success) {
        const QString reason = describe(response);
        return fail(response.status == 0 ? QStringLiteral("The device could not be enrolled: %1.").arg(reason)
                                         : reason);
    }
    const protocol::EnrolmentResponse answer = protocol::EnrolmentResponse::fromJson(
        protocol::parseObject(std::string_view(response.body.constData(), response.body.size()), "enrolment answer"));
    DeviceEnrolment enrolment;
    enrolment.serverUrl = m_api->server().text().toStdString();
    enrolment.deviceId = answer.deviceId;
    enrolment.deviceName = m_input.deviceName.trimmed().toStdString();
    enrolment.agency = answer.agency;
    enrolment.caFile = m_input.caFile.toStdString();
    enrolment.enrolledAt = protocol::nowTimestamp();
    enrolment.token = answer.token;
    enrolment.signingKeys = std::move(m_keys);
    enrolment.officePublicKey = core::fromBase64(answer.officePublicKey);
    enrolment.officeKeyId = answer.officeKeyId;
    enrolment.policy = answer.policy;
    if (enrolment.officePublicKey.size() != core::envelope::kBoxPublicKeySize ||
        core::envelope::keyId(enrolment.officePublicKey) != enrolment.officeKeyId) {
        return fail(QStringLiteral("The server sent an office key that does not match its key id; the device was "
                                   "not enrolled. Tell the partnership office."));
    }
    enrolment.save(m_store);
    m_done = true;
    emit finished(true, QStringLiteral("Enrolled with %1 as device %2 for %3.")
                            .arg(m_api->server().text(), QString::fromStdString(enrolment.deviceId),
                                 QString::fromStdString(enrolment.agency)));
}

} // namespace maqa::client
