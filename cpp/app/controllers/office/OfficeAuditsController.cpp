// Audits and enrolment codes (see OfficeAuditsController.h). Both are the server's to make: an audit's id comes
// from the server, so devices and the office agree on it; a code is shown once and kept only in memory.
#include "app/controllers/office/OfficeAuditsController.h"

#include "app/controllers/CaseCodes.h"
#include "app/controllers/SessionController.h"
#include "app/controllers/TemplateCatalog.h"
#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSyncController.h"
#include "client/office/OfficeSync.h"
#include "core/domain/Agencies.h"
#include "core/office/ActionPlan.h"
#include "core/privacy/IdentifierScan.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/office/OfficeAuditRepository.h"
#include "store/office/OfficeStore.h"
#include "store/repos/TemplateRepository.h"

#include <QVariantMap>

using maqa::client::OfficeSync;
using maqa::core::Error;
using maqa::core::ErrorKind;

namespace {
const QStringList kAgeBands = {QStringLiteral("Unborn"), QStringLiteral("0-1"),   QStringLiteral("2-4"),
                               QStringLiteral("5-10"),   QStringLiteral("11-15"), QStringLiteral("16-17")};
const QStringList kNeeds = {QStringLiteral("Universal"), QStringLiteral("Early Help"), QStringLiteral("Child in Need"),
                            QStringLiteral("Child Protection"), QStringLiteral("Looked After")};

void refuseIdentifiers(const QString &what, const QString &text)
{
    if (!maqa::core::scanForIdentifiers(text.toStdString()).empty()) {
        throw Error(ErrorKind::Invalid, what.toStdString() +
                                            " looks as if it holds a name, a date of birth, an NHS number or a "
                                            "postcode. Audits never name a child.");
    }
}
} // namespace

OfficeAuditsController::OfficeAuditsController(OfficeSession *office, OfficeSyncController *sync, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_sync(sync)
    , m_audits(new OfficeAuditListModel(office, this))
    , m_draftCases(new CaseDraftListModel(this))
    , m_enrolCodes(new EnrolCodeListModel(this))
{
    connect(office, &OfficeSession::currentAuditChanged, this, &OfficeAuditsController::currentAuditChanged);
    connect(office, &OfficeSession::availabilityChanged, this, [this] {
        m_enrolCodes->clear(); // codes are secrets: gone when Maqa locks
        m_draftCases->clear();
        setBusy(false);
        setMessages({}, {});
    });
    connect(office->catalog(), &TemplateCatalog::templatesChanged, this, &OfficeAuditsController::refreshTemplates);
    OfficeSync *engine = sync->sync();
    connect(engine, &OfficeSync::operationFinished, this,
            [this](OfficeSync::Operation operation, bool ok, const QString &text) {
                if (operation != OfficeSync::Operation::CreateAudit &&
                    operation != OfficeSync::Operation::IssueEnrolCode) {
                    return;
                }
                setBusy(false);
                if (ok && operation == OfficeSync::Operation::CreateAudit) {
                    m_draftCases->clear();
                }
                setMessages(ok ? QString() : text, ok ? text : QString());
            });
    connect(engine, &OfficeSync::auditCreated, this, &OfficeAuditsController::setCurrentAuditId);
    connect(engine, &OfficeSync::enrolCodeIssued, this,
            [this](const QString &agency, const QString &code, const QString &expiresAt) {
                try {
                    m_enrolCodes->prepend(m_sync->serverUrl(), agency, code, expiresAt);
                } catch (const Error &e) {
                    setMessages(QString::fromStdString(e.what()), {});
                }
            });
    refreshTemplates();
}

QString OfficeAuditsController::currentAuditId() const
{
    return m_office->currentAuditId();
}

void OfficeAuditsController::setCurrentAuditId(const QString &auditId)
{
    m_office->setCurrentAuditId(auditId);
}

QString OfficeAuditsController::currentTitle() const
{
    const auto *audit = m_office->currentAudit();
    return audit ? QString::fromStdString(audit->title) : QString();
}

QStringList OfficeAuditsController::agencySlugs() const
{
    QStringList slugs;
    for (const maqa::core::Agency &agency : maqa::core::defaultAgencies()) {
        slugs << QString::fromUtf8(agency.slug.data(), qsizetype(agency.slug.size()));
    }
    return slugs;
}

QStringList OfficeAuditsController::agencyNames() const
{
    QStringList names;
    for (const maqa::core::Agency &agency : maqa::core::defaultAgencies()) {
        names << QString::fromUtf8(agency.name.data(), qsizetype(agency.name.size()));
    }
    return names;
}

QStringList OfficeAuditsController::ageBands() const
{
    return kAgeBands;
}

QStringList OfficeAuditsController::needsLevels() const
{
    return kNeeds;
}

void OfficeAuditsController::refreshTemplates()
{
    QStringList ids;
    QStringList titles;
    for (const QVariant &entry : m_office->catalog()->templates()) {
        const QVariantMap t = entry.toMap();
        if (t.value(QStringLiteral("kind")).toString() == QLatin1String("audit")) {
            ids << t.value(QStringLiteral("id")).toString();
            titles << t.value(QStringLiteral("title")).toString();
        }
    }
    if (ids != m_templateIds || titles != m_templateTitles) {
        m_templateIds = ids;
        m_templateTitles = titles;
        emit templatesChanged();
    }
}

QString OfficeAuditsController::caseCodeProblem(const QString &code) const
{
    return ::caseCodeProblem(code);
}

bool OfficeAuditsController::addCase(const QString &code, const QString &ageBand, const QString &needs)
{
    QString problem = ::caseCodeProblem(code);
    if (problem.isEmpty() && m_draftCases->contains(code.trimmed())) {
        problem = tr("%1 is in the sample already.").arg(code.trimmed());
    } else if (problem.isEmpty() && !kAgeBands.contains(ageBand)) {
        problem = tr("Choose the child's age band (never a date of birth).");
    } else if (problem.isEmpty() && !kNeeds.contains(needs)) {
        problem = tr("Choose the level of need.");
    }
    if (problem != m_caseProblem) {
        m_caseProblem = problem;
        emit messagesChanged();
    }
    if (!problem.isEmpty()) {
        return false;
    }
    m_draftCases->append({code.trimmed().toStdString(), ageBand.toStdString(), needs.toStdString()});
    return true;
}

void OfficeAuditsController::removeCase(int row)
{
    m_draftCases->remove(row);
}

bool OfficeAuditsController::createAudit(const QString &title, const QString &theme, const QString &period,
                                         const QString &dueDate, const QString &templateId, const QStringList &agencies)
{
    try {
        if (!m_sync->isSetUp()) {
            throw Error(ErrorKind::Refused, "Connect the office to its server first: audits are made there, so "
                                            "the agencies' devices receive them.");
        }
        if (title.trimmed().isEmpty()) {
            throw Error(ErrorKind::Invalid, "Give the audit a title.");
        }
        refuseIdentifiers(tr("The title"), title);
        refuseIdentifiers(tr("The theme"), theme);
        refuseIdentifiers(tr("The period"), period);
        if (!dueDate.isEmpty() && !maqa::core::office::isIsoDate(dueDate.toStdString())) {
            throw Error(ErrorKind::Invalid, "The due date must be a date like 2026-12-31.");
        }
        const int templ = m_templateIds.indexOf(templateId);
        if (templ < 0) {
            throw Error(ErrorKind::Invalid, "Choose the audit template the agencies will fill in.");
        }
        if (m_draftCases->rowCount() == 0) {
            throw Error(ErrorKind::Invalid, "Add at least one case to the sample.");
        }
        if (agencies.isEmpty()) {
            throw Error(ErrorKind::Invalid, "Choose the agencies asked to return.");
        }
        maqa::core::office::AuditInfo audit;
        audit.title = title.trimmed().toStdString();
        audit.theme = theme.trimmed().toStdString();
        audit.period = period.trimmed().toStdString();
        audit.dueDate = dueDate.toStdString();
        audit.templateId = templateId.toStdString();
        audit.templateVersion = m_office->catalog()->latest(audit.templateId)->version;
        audit.cases = m_draftCases->cases();
        for (const QString &agency : agencies) {
            if (!maqa::core::isAgencySlug(agency.toStdString())) {
                throw Error(ErrorKind::Invalid, "'" + agency.toStdString() + "' is not an agency.");
            }
            audit.agencies.push_back(agency.toStdString());
        }
        // The devices fill the audit with the template the office read it with: publish it first (the server
        // answers 200 when it holds these bytes already; the jobs run in order, so the audit follows it).
        const auto record = m_office->store()->templates().find(audit.templateId, audit.templateVersion);
        if (!record) {
            throw Error(ErrorKind::NotFound, "The office does not hold this template any more; choose another.");
        }
        setMessages({}, {});
        setBusy(true);
        m_sync->sync()->addTemplate(record->body);
        m_sync->sync()->createAudit(audit);
        return true;
    } catch (const Error &e) {
        setMessages(QString::fromStdString(e.what()), {});
        return false;
    }
}

bool OfficeAuditsController::issueEnrolCode(const QString &agency, int hours)
{
    if (!m_sync->isSetUp()) {
        setMessages(tr("Connect the office to its server first: enrolment codes come from there."), {});
        return false;
    }
    if (!maqa::core::isAgencySlug(agency.toStdString())) {
        setMessages(tr("Choose the agency the code is for."), {});
        return false;
    }
    setMessages({}, {});
    setBusy(true);
    m_sync->sync()->issueEnrolCode(agency, hours > 0 ? hours : 72);
    return true;
}

bool OfficeAuditsController::saveQrImage(int row, const QUrl &file)
{
    const QImage image = m_enrolCodes->qrImage(row);
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (image.isNull() || path.isEmpty() || !image.save(path, "PNG")) {
        setMessages(tr("The QR code could not be saved to %1.").arg(path), {});
        return false;
    }
    setMessages({}, tr("Saved the QR code to %1.").arg(path));
    return true;
}

void OfficeAuditsController::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void OfficeAuditsController::setMessages(const QString &error, const QString &message)
{
    if (error != m_errorMessage || message != m_message) {
        m_errorMessage = error;
        m_message = message;
        emit messagesChanged();
    }
}
