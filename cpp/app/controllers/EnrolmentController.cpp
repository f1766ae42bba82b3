// Enrolment for the page (see EnrolmentController.h). The engine's and the server's refusals are already sentences
// for practitioners (a used or expired code, an unreachable server, a certificate that cannot be checked); this adds
// what to do next where the sentence alone leaves the practitioner stuck.
#include "app/controllers/EnrolmentController.h"

#include "app/controllers/SyncController.h"
#include "app/qr/EnrolmentQr.h"
#include "client/SyncEngine.h"
#include "core/util/Error.h"

#include <QSysInfo>

namespace {
QString withAdvice(const QString &reason)
{
    if (reason.contains(QLatin1String("identity could not be checked"))) {
        return reason + QObject::tr(" If the office uses its own certificate authority, choose its CA file; "
                                    "otherwise check the address starts with the office's https:// address.");
    }
    if (reason.contains(QLatin1String("did not answer")) || reason.contains(QLatin1String("could not be found")) ||
        reason.contains(QLatin1String("network is not available"))) {
        return reason + QObject::tr(" Check the server address, and that this device is online.");
    }
    return reason;
}
} // namespace

EnrolmentController::EnrolmentController(SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_deviceName(QSysInfo::machineHostName())
{
    connect(sync->engine(), &maqa::client::SyncEngine::enrolmentFinished, this, [this](bool ok, const QString &text) {
        if (!m_busy) {
            return; // someone else's enrolment (maqa-cli style callers in tests)
        }
        m_busy = false;
        emit busyChanged();
        if (ok) {
            m_code.clear();
            emit fieldsChanged();
            setMessages({}, text);
            emit enrolled();
        } else {
            setMessages(withAdvice(text), {});
        }
    });
}

void EnrolmentController::setServerUrl(const QString &url)
{
    if (url != m_serverUrl) {
        m_serverUrl = url;
        emit fieldsChanged();
    }
}

void EnrolmentController::setCode(const QString &code)
{
    if (code != m_code) {
        m_code = code;
        emit fieldsChanged();
    }
}

void EnrolmentController::setDeviceName(const QString &name)
{
    if (name != m_deviceName) {
        m_deviceName = name;
        emit fieldsChanged();
    }
}

void EnrolmentController::setCaFile(const QString &path)
{
    const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    if (local != m_caFile) {
        m_caFile = local;
        emit fieldsChanged();
    }
}

void EnrolmentController::enrol()
{
    if (m_busy) {
        return;
    }
    if (m_serverUrl.trimmed().isEmpty() || m_code.trimmed().isEmpty()) {
        setMessages(tr("Type the server address and the enrolment code the office gave you, or choose a picture "
                       "of its QR code."),
                    {});
        return;
    }
    if (!m_errorMessage.isEmpty()) {
        m_sync->restartEngine(); // a retry after a refusal (perhaps with a CA file now) starts on a fresh connection
    }
    setMessages({}, {});
    m_busy = true;
    emit busyChanged();
    m_sync->engine()->enrol(m_serverUrl.trimmed(), m_code.trimmed(), m_deviceName, m_caFile);
}

bool EnrolmentController::readQrImage(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    try {
        const EnrolmentLink link = readEnrolmentImage(path);
        m_serverUrl = link.serverUrl;
        m_code = link.code;
        emit fieldsChanged();
        setMessages({}, tr("Read the enrolment code for %1. Check the device name, then enrol.").arg(link.serverUrl));
        return true;
    } catch (const maqa::core::Error &e) {
        setMessages(QString::fromUtf8(e.what()), {});
        return false;
    }
}

void EnrolmentController::clearMessages()
{
    setMessages({}, {});
}

void EnrolmentController::setMessages(const QString &error, const QString &message)
{
    if (error != m_errorMessage || message != m_message) {
        m_errorMessage = error;
        m_message = message;
        emit messagesChanged();
    }
}
