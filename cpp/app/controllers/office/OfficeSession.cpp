// The office store and the current audit's analysis (see OfficeSession.h). The returns are read (and that reading
// logged) only when the audit changes or new returns are opened; reviews, panel grades and drafting progress only
// re-run the analysis over the returns already read.
#include "app/controllers/office/OfficeSession.h"

#include "app/controllers/SessionController.h"
#include "app/controllers/TemplateCatalog.h"
#include "app/controllers/office/OfficeSignals.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/OfficeStore.h"
#include "store/office/ReviewRepository.h"

#include <QDateTime>

using maqa::core::Error;

OfficeSession::OfficeSession(SessionController *session, TemplateCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_signals(new OfficeSignals(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(0);
    connect(&m_settle, &QTimer::timeout, this, &OfficeSession::analysisChanged);
    connect(session, &SessionController::storeOpened, this, &OfficeSession::openOffice);
    connect(session, &SessionController::aboutToLock, this, &OfficeSession::closeOffice);
    connect(m_signals, &OfficeSignals::auditsWereChanged, this, &OfficeSession::refreshAudit);
    connect(m_signals, &OfficeSignals::returnsWereOpened, this, [this] { invalidate(true); });
    connect(m_signals, &OfficeSignals::reviewWasChanged, this, [this] { invalidate(false); });
    connect(m_signals, &OfficeSignals::panelGradeWasChanged, this, [this] { invalidate(false); });
    connect(m_signals, &OfficeSignals::progressWasChanged, this, [this] { invalidate(false); });
    // Templates arrive with the office's pulls; an audit whose template was missing can be analysed now.
    connect(catalog, &TemplateCatalog::templatesChanged, this, &OfficeSession::refreshAudit);
}

OfficeSession::~OfficeSession()
{
    closeOffice();
}

QString OfficeSession::attempt(const std::function<void()> &action) const
{
    if (!office()) {
        return tr("Maqa is locked.");
    }
    try {
        action();
        return {};
    } catch (const Error &e) {
        return QString::fromStdString(e.what());
    }
}

maqa::store::Store *OfficeSession::store() const
{
    return m_office ? m_session->store() : nullptr;
}

std::string OfficeSession::today() const
{
    const qint64 now = m_session->store() ? m_session->store()->now() : QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(now).date().toString(Qt::ISODate).toStdString();
}

void OfficeSession::openOffice()
{
    closeOffice();
    m_office = std::make_unique<maqa::store::office::OfficeStore>(*m_session->store());
    m_office->addObserver(m_signals);
    emit availabilityChanged();
    emit m_signals->officeAvailabilityChanged();
    refreshAudit();
}

void OfficeSession::closeOffice()
{
    if (!m_office) {
        return;
    }
    emit aboutToClose();
    m_settle.stop();
    m_office->removeObserver(m_signals);
    m_office.reset();
    m_auditId.clear();
    m_audit.reset();
    m_template.reset();
    m_analysis.reset();
    m_returns.clear(); // nothing opened stays in memory once locked
    m_returns.shrink_to_fit();
    m_problem.clear();
    m_returnsStale = m_analysisStale = true;
    emit availabilityChanged();
    emit m_signals->officeAvailabilityChanged();
    emit currentAuditChanged();
    emit analysisChanged();
}

std::shared_ptr<const maqa::core::Template> OfficeSession::templateFor(const std::string &id, int version) const
{
    if (!m_session->store()) {
        return nullptr;
    }
    try {
        return m_catalog->templateFor(id, version);
    } catch (const Error &) {
        return nullptr; // not held (yet): the caller says so in its own words
    }
}

void OfficeSession::setCurrentAuditId(const QString &auditId)
{
    if (!m_office || auditId == m_auditId || !m_office->audits().find(auditId.toStdString())) {
        return;
    }
    m_auditId = auditId;
    refreshAudit();
}

void OfficeSession::refreshAudit()
{
    if (!m_office) {
        return;
    }
    std::optional<maqa::core::office::AuditInfo> audit;
    try {
        audit = m_auditId.isEmpty() ? std::nullopt : m_office->audits().find(m_auditId.toStdString());
        if (!audit) {
            const auto all = m_office->audits().list(); // the newest due date first: the audit most likely at hand
            audit = all.empty() ? std::nullopt : std::optional(all.front());
        }
    } catch (const Error &e) {
        m_problem = QString::fromStdString(e.what());
    }
    const QString id = audit ? QString::fromStdString(audit->auditId) : QString();
    const bool otherAudit = id != m_auditId;
    const bool changed = otherAudit || !audit != !m_audit ||
                         (audit && m_audit &&
                          (audit->cases.size() != m_audit->cases.size() || audit->agencies != m_audit->agencies ||
                           audit->title != m_audit->title || audit->dueDate != m_audit->dueDate));
    m_auditId = id;
    m_audit = std::move(audit);
    m_template = m_audit ? templateFor(m_audit->templateId, m_audit->templateVersion) : nullptr;
    if (changed) {
        emit currentAuditChanged();
    }
    invalidate(otherAudit);
}

void OfficeSession::invalidate(bool reloadReturns)
{
    m_returnsStale = m_returnsStale || reloadReturns;
    m_analysisStale = true;
    m_settle.start();
}

const maqa::core::office::Analysis *OfficeSession::analysis()
{
    if (!m_office || !m_audit) {
        return nullptr;
    }
    if (!m_analysisStale) {
        return m_analysis.get();
    }
    m_analysisStale = false;
    m_analysis.reset();
    m_problem.clear();
    if (!m_template) {
        m_problem = tr("The office does not hold version %1 of template \"%2\" yet: pull from the server to get it.")
                        .arg(m_audit->templateVersion)
                        .arg(QString::fromStdString(m_audit->templateId));
        return nullptr;
    }
    try {
        if (m_returnsStale) {
            m_returns = m_office->returns().latestForAudit(m_audit->auditId, actor());
            m_returnsStale = false;
        }
        maqa::core::office::OfficeInputs inputs;
        inputs.reviews = m_office->reviews().reviewsForAudit(m_audit->auditId);
        inputs.panelGrades = m_office->reviews().panelGradesForAudit(m_audit->auditId);
        inputs.drafts = m_office->audits().progress(m_audit->auditId);
        m_analysis = std::make_unique<maqa::core::office::Analysis>(
            maqa::core::office::analyse(*m_audit, *m_template, m_returns, inputs, today()));
    } catch (const Error &e) {
        m_problem = QString::fromStdString(e.what());
    }
    return m_analysis.get();
}
