// Reading and reviewing returns (see OfficeReturnsController.h). Reviews and panel grades go through the office
// store, which checks and logs them; the panel grade is first checked against the template's scale.
#include "app/controllers/office/OfficeReturnsController.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "app/models/office/OfficeText.h"
#include "core/office/Distributions.h"
#include "core/util/Error.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/OfficeStore.h"
#include "store/office/ReviewRepository.h"

using maqa::core::Error;
using maqa::core::ErrorKind;
namespace office = maqa::core::office;

OfficeReturnsController::OfficeReturnsController(OfficeSession *office, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_returns(new OfficeReturnListModel(office, this))
    , m_quarantine(new QuarantineListModel(office, this))
    , m_answers(new ReturnAnswersModel(this))
    , m_grades(new PanelGradeListModel(this))
{
    connect(office, &OfficeSession::availabilityChanged, this, [this] {
        closeReturn();
        setError({});
    });
    connect(office, &OfficeSession::currentAuditChanged, this, &OfficeReturnsController::closeReturn);
    connect(office->officeSignals(), &OfficeSignals::reviewWasChanged, this, [this](const QString &uuid, int revision) {
        if (m_viewed && m_viewed->meta.ref == office::ReturnRef{uuid.toStdString(), revision}) {
            refreshReview();
        }
    });
    connect(office->officeSignals(), &OfficeSignals::panelGradeWasChanged, this,
            [this](const QString &uuid, int revision) {
                if (m_viewed && m_viewed->meta.ref == office::ReturnRef{uuid.toStdString(), revision}) {
                    refreshGrades();
                }
            });
}

bool OfficeReturnsController::openReturn(const QString &uuid, int revision)
{
    return guarded([&] {
        const office::ReturnRef ref{uuid.toStdString(), revision};
        auto opened = m_office->office()->returns().get(ref, m_office->actor());
        if (!opened) {
            throw Error(ErrorKind::NotFound, "The office does not hold this return.");
        }
        auto templ = m_office->templateFor(opened->meta.templateId, opened->meta.templateVersion);
        if (!templ) {
            throw Error(ErrorKind::NotFound, "The office does not hold the template this return follows.");
        }
        m_viewed = std::move(*opened);
        m_viewTemplate = std::move(templ);
        const auto &meta = m_viewed->meta;
        m_viewTitle =
            tr("%1 · %2 · revision %3").arg(qstr(meta.caseCode), agencyLabel(meta.agency)).arg(meta.ref.revision);
        m_viewNote = qstr(m_viewed->note);
        m_answers->show(*m_viewed, *m_viewTemplate);
        refreshGrades();
        refreshReview();
    });
}

void OfficeReturnsController::closeReturn()
{
    if (!m_viewed) {
        return;
    }
    m_viewed.reset();
    m_viewTemplate.reset();
    m_viewTitle.clear();
    m_viewNote.clear();
    m_reviewState.clear();
    m_reviewComment.clear();
    m_answers->clear();
    m_grades->clear();
    emit viewChanged();
}

bool OfficeReturnsController::setReview(const QString &state, const QString &comment)
{
    return guarded([&] {
        if (!m_viewed) {
            throw Error(ErrorKind::Invalid, "Open a return to review it.");
        }
        const auto parsed = office::reviewStateFrom(state.toStdString());
        if (!parsed) {
            throw Error(ErrorKind::Invalid, "Choose received, has issues or approved.");
        }
        office::Review review{m_viewed->meta.ref, *parsed, comment.trimmed().toStdString()};
        m_office->office()->reviews().setReview(review, m_office->actor());
    });
}

bool OfficeReturnsController::setPanelGrade(const QString &question, const QString &grade)
{
    return guarded([&] {
        if (!m_viewed) {
            throw Error(ErrorKind::Invalid, "Open a return to record the panel's grade.");
        }
        const office::PanelGrade panel{m_viewed->meta.ref, question.toStdString(), grade.toStdString()};
        office::validatePanelGrade(*m_viewTemplate, panel);
        m_office->office()->reviews().setPanelGrade(panel, m_office->actor());
    });
}

void OfficeReturnsController::refreshReview()
{
    QString state = QStringLiteral("not_reviewed");
    QString comment;
    if (m_viewed && m_office->office()) {
        if (const auto review = m_office->office()->reviews().review(m_viewed->meta.ref)) {
            state = QString::fromStdString(std::string(office::toString(review->review.state)));
            comment = qstr(review->review.comment);
        }
    }
    m_reviewState = state;
    m_reviewComment = comment;
    emit viewChanged();
}

void OfficeReturnsController::refreshGrades()
{
    if (!m_viewed || !m_office->office()) {
        return;
    }
    m_grades->show(*m_viewed, *m_viewTemplate,
                   m_office->office()->reviews().panelGradesForAudit(m_viewed->meta.auditId));
}

bool OfficeReturnsController::guarded(const std::function<void()> &action)
{
    const QString error = m_office->attempt(action);
    setError(error);
    return error.isEmpty();
}

void OfficeReturnsController::setError(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit messagesChanged();
    }
}
