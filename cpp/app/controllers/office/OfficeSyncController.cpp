// The office sync wired to the office session (see OfficeSyncController.h).
#include "app/controllers/office/OfficeSyncController.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "client/office/OfficeSync.h"
#include "core/util/Error.h"
#include "store/office/OfficeStore.h"
#include "store/office/ReviewRepository.h"

#include <QUrl>

using maqa::client::OfficeSync;

OfficeSyncController::OfficeSyncController(OfficeSession *office, const maqa::client::OfficeSyncOptions &options,
                                           QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_sync(std::make_unique<OfficeSync>(options))
{
    connect(office, &OfficeSession::availabilityChanged, this, [this] {
        if (m_office->office()) {
            m_sync->attach(m_office->store(), m_office->office());
        }
        setMessages({}, {});
    });
    connect(office, &OfficeSession::aboutToClose, this, [this] { m_sync->detach(); });
    connect(m_sync.get(), &OfficeSync::statusChanged, this, &OfficeSyncController::statusChanged);
    // A review reaches the practitioner only once the server has it: send it as soon as the office sets it (a
    // burst of changes, and the store's own "sent" notifications, come to one check).
    m_reviewSettle.setSingleShot(true);
    m_reviewSettle.setInterval(0);
    connect(office->officeSignals(), &OfficeSignals::reviewWasChanged, &m_reviewSettle, qOverload<>(&QTimer::start));
    connect(&m_reviewSettle, &QTimer::timeout, this, [this] {
        try {
            if (m_office->office() && m_sync->isSetUp() && !m_office->office()->reviews().toSend().empty()) {
                m_sync->sendReviews();
            }
        } catch (const maqa::core::Error &e) {
            setMessages(QString::fromStdString(e.what()), {});
        }
    });
    connect(m_sync.get(), &OfficeSync::operationFinished, this,
            [this](OfficeSync::Operation, bool ok, const QString &text) {
                if (m_office->office()) { // not the "locked before this finished" of a detach
                    setMessages(ok ? QString() : text, ok ? text : QString());
                }
            });
}

OfficeSyncController::~OfficeSyncController()
{
    m_sync->detach();
}

QString OfficeSyncController::statusText() const
{
    return m_sync->statusText();
}

bool OfficeSyncController::isSetUp() const
{
    return m_sync->isSetUp();
}

bool OfficeSyncController::busy() const
{
    return m_sync->isBusy();
}

QString OfficeSyncController::serverUrl() const
{
    return m_sync->serverUrl();
}

QString OfficeSyncController::lastSummary() const
{
    return m_sync->lastSummary();
}

QString OfficeSyncController::lastError() const
{
    return m_sync->lastError();
}

void OfficeSyncController::connectServer(const QString &serverUrl, const QString &token, const QString &caFile)
{
    if (serverUrl.trimmed().isEmpty() || token.trimmed().isEmpty()) {
        setMessages(tr("Type the server's address and the office token its administrator gave you."), {});
        return;
    }
    setMessages({}, {});
    const QString ca = caFile.startsWith(QLatin1String("file:")) ? QUrl(caFile).toLocalFile() : caFile;
    m_sync->setUp(serverUrl.trimmed(), token.trimmed(), ca);
}

void OfficeSyncController::syncNow()
{
    setMessages({}, {});
    m_sync->syncNow();
}

void OfficeSyncController::setMessages(const QString &error, const QString &message)
{
    if (error != m_errorMessage || message != m_message) {
        m_errorMessage = error;
        m_message = message;
        emit messagesChanged();
    }
}
