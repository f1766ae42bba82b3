// The office's returns: the list per audit with review states, the quarantine with its reasons, reading one return
// section by section (each reading is logged by the store), its review (received / has issues with a comment the
// practitioner sees / approved) and the panel's agreed grade beside the agency's own for each graded section.
#pragma once

#include "app/models/office/OfficeReturnListModel.h"
#include "app/models/office/PanelGradeListModel.h"
#include "app/models/office/QuarantineListModel.h"
#include "app/models/office/ReturnAnswersModel.h"
#include "core/office/Records.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class OfficeSession;

/** The returns and review pages' controller. */
class OfficeReturnsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(OfficeReturnListModel *returns READ returns CONSTANT)     //!< the current audit's returns
    Q_PROPERTY(QuarantineListModel *quarantine READ quarantine CONSTANT) //!< returns not accepted, with reasons
    Q_PROPERTY(ReturnAnswersModel *answers READ answers CONSTANT)        //!< the return being read
    Q_PROPERTY(PanelGradeListModel *grades READ grades CONSTANT)         //!< its graded sections
    //! True while a return is open for reading.
    Q_PROPERTY(bool viewing READ viewing NOTIFY viewChanged)
    //! "EH-2026-014 · Police · revision 2".
    Q_PROPERTY(QString viewTitle READ viewTitle NOTIFY viewChanged)
    //! The practitioner's note to the office, or "".
    Q_PROPERTY(QString viewNote READ viewNote NOTIFY viewChanged)
    //! The open return's review state: "not_reviewed", "received", "has_issues" or "approved".
    Q_PROPERTY(QString reviewState READ reviewState NOTIFY viewChanged)
    //! The comment sent with has_issues.
    Q_PROPERTY(QString reviewComment READ reviewComment NOTIFY viewChanged)
    //! The last refusal in plain words, or "".
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)

public:
    explicit OfficeReturnsController(OfficeSession *office, QObject *parent = nullptr);

    OfficeReturnListModel *returns() const { return m_returns; }
    QuarantineListModel *quarantine() const { return m_quarantine; }
    ReturnAnswersModel *answers() const { return m_answers; }
    PanelGradeListModel *grades() const { return m_grades; }
    bool viewing() const { return m_viewed.has_value(); }
    QString viewTitle() const { return m_viewTitle; }
    QString viewNote() const { return m_viewNote; }
    QString reviewState() const { return m_reviewState; }
    QString reviewComment() const { return m_reviewComment; }
    QString errorMessage() const { return m_errorMessage; }

    /** Opens revision @p revision of @p uuid for reading (logged as "return.viewed"). */
    Q_INVOKABLE bool openReturn(const QString &uuid, int revision);
    /** Stops reading: the answers leave memory. */
    Q_INVOKABLE void closeReturn();
    /** Sets the open return's review: "received", "has_issues" (with @p comment) or "approved". */
    Q_INVOKABLE bool setReview(const QString &state, const QString &comment);
    /** Records the panel's agreed grade for graded part @p question of the open return ("" clears it). */
    Q_INVOKABLE bool setPanelGrade(const QString &question, const QString &grade);

signals:
    void viewChanged();
    void messagesChanged();

private:
    bool guarded(const std::function<void()> &action);
    void refreshReview();
    void refreshGrades();
    void setError(const QString &message);

    OfficeSession *m_office;
    OfficeReturnListModel *m_returns;
    QuarantineListModel *m_quarantine;
    ReturnAnswersModel *m_answers;
    PanelGradeListModel *m_grades;
    std::optional<maqa::core::office::OpenedReturn> m_viewed;
    std::shared_ptr<const maqa::core::Template> m_viewTemplate;
    QString m_viewTitle;
    QString m_viewNote;
    QString m_reviewState;
    QString m_reviewComment;
    QString m_errorMessage;
};
