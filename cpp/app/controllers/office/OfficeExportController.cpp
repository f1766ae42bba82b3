// Exports (see OfficeExportController.h). The briefing exported is the one on screen: pending edits are saved
// first; an audit with no briefing yet exports the draft the findings give.
#include "app/controllers/office/OfficeExportController.h"

#include "app/controllers/office/BriefingController.h"
#include "app/controllers/office/OfficeSession.h"
#include "core/office/DraftBriefing.h"
#include "core/office/export/Csv.h"
#include "core/office/export/Html.h"
#include "core/office/export/Report.h"
#include "core/util/Error.h"
#include "report/BriefingPdf.h"
#include "store/office/BriefingRepository.h"
#include "store/office/OfficeStore.h"
#include "store/office/ReviewRepository.h"

#include <QSaveFile>

using maqa::core::Error;
using maqa::core::ErrorKind;
namespace office = maqa::core::office;

namespace {

void writeFile(const QString &path, const std::string &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) ||
        !file.commit()) {
        throw Error(ErrorKind::Io,
                    "Maqa could not write " + path.toStdString() + ": " + file.errorString().toStdString() + ".");
    }
}

const office::Analysis &analysisOrThrow(OfficeSession *office)
{
    const office::Analysis *analysis = office->analysis();
    if (!analysis) {
        const QString why = office->analysisProblem();
        throw Error(ErrorKind::Invalid, why.isEmpty() ? "Choose an audit first." : why.toStdString());
    }
    return *analysis;
}

office::BriefingReport report(OfficeSession *office, BriefingController *briefing)
{
    const office::Analysis &analysis = analysisOrThrow(office);
    briefing->saveNow();
    std::optional<office::Briefing> text = briefing->current();
    if (!text) {
        text = office::draftBriefing(*office->currentAudit(), *office->currentTemplate(), analysis);
    }
    return office::briefingReport(*text, office->office()->briefings().actions(text->auditId), analysis);
}

} // namespace

OfficeExportController::OfficeExportController(OfficeSession *office, BriefingController *briefing, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_briefing(briefing)
{
    connect(office, &OfficeSession::currentAuditChanged, this, [this] { setMessages({}, {}, {}); });
}

bool OfficeExportController::exportBriefingPdf(const QUrl &file)
{
    return guarded(file, [this](const QString &path) {
        const int pages = maqa::report::writeBriefingPdf(report(m_office, m_briefing), path);
        return tr("Saved the briefing as a PDF (%n page(s)) to %1.", "", pages).arg(path);
    });
}

bool OfficeExportController::exportBriefingHtml(const QUrl &file)
{
    return guarded(file, [this](const QString &path) {
        writeFile(path, office::briefingHtml(report(m_office, m_briefing)));
        return tr("Saved the briefing as a web page to %1.").arg(path);
    });
}

bool OfficeExportController::exportAnswersCsv(const QUrl &file)
{
    return guarded(file, [this](const QString &path) {
        const office::Analysis &analysis = analysisOrThrow(m_office);
        const auto reviews = m_office->office()->reviews().reviewsForAudit(m_office->currentAudit()->auditId);
        writeFile(path, office::answersCsv(*m_office->currentTemplate(), analysis.latest, reviews));
        return tr("Saved %n return(s) as CSV to %1.", "", int(analysis.latest.size())).arg(path);
    });
}

bool OfficeExportController::exportActionPlanCsv(const QUrl &file)
{
    return guarded(file, [this](const QString &path) {
        if (m_office->currentAuditId().isEmpty()) {
            throw Error(ErrorKind::Invalid, "Choose an audit first.");
        }
        const auto actions = m_office->office()->briefings().actions(m_office->currentAuditId().toStdString());
        writeFile(path, office::actionPlanCsv(actions));
        return tr("Saved the action plan (%n action(s)) as CSV to %1.", "", int(actions.size())).arg(path);
    });
}

bool OfficeExportController::guarded(const QUrl &file, const std::function<QString(const QString &path)> &write)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!m_office->office()) {
        setMessages(tr("Maqa is locked."), {}, {});
        return false;
    }
    if (path.isEmpty()) {
        setMessages(tr("Choose where to save the file."), {}, {});
        return false;
    }
    try {
        setMessages({}, write(path), path);
        return true;
    } catch (const Error &e) {
        setMessages(QString::fromStdString(e.what()), {}, {});
        return false;
    }
}

void OfficeExportController::setMessages(const QString &error, const QString &message, const QString &file)
{
    if (error != m_errorMessage || message != m_message || file != m_lastFile) {
        m_errorMessage = error;
        m_message = message;
        m_lastFile = file;
        emit messagesChanged();
    }
}
