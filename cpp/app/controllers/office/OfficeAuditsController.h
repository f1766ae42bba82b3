// The office's audits: the list and which one the office pages show, creating an audit on the server (theme,
// period, due date, template, the case sample with age bands and needs — never a name or a date of birth — and the
// agencies asked), and issuing enrolment codes for an agency, each shown as text and as a QR code.
#pragma once

#include "app/models/office/CaseDraftListModel.h"
#include "app/models/office/EnrolCodeListModel.h"
#include "app/models/office/OfficeAuditListModel.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class OfficeSession;
class OfficeSyncController;

/** The audits page's controller. */
class OfficeAuditsController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(OfficeAuditListModel *audits READ audits CONSTANT)       //!< every audit, newest due date first
    Q_PROPERTY(CaseDraftListModel *draftCases READ draftCases CONSTANT) //!< the sample of the audit being created
    Q_PROPERTY(EnrolCodeListModel *enrolCodes READ enrolCodes CONSTANT) //!< codes issued since unlocking
    //! The audit the office pages show ("" when there is none).
    Q_PROPERTY(QString currentAuditId READ currentAuditId WRITE setCurrentAuditId NOTIFY currentAuditChanged)
    //! Its title.
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentAuditChanged)
    //! Agency slugs of partnership agencies, and their names (parallel lists).
    Q_PROPERTY(QList<QString> agencySlugs READ agencySlugs CONSTANT)
    Q_PROPERTY(QList<QString> agencyNames READ agencyNames CONSTANT)
    //! The age bands a case can have (never a date of birth), and the levels of need.
    Q_PROPERTY(QList<QString> ageBands READ ageBands CONSTANT)
    Q_PROPERTY(QList<QString> needsLevels READ needsLevels CONSTANT)
    //! Audit templates the office holds: ids and titles (parallel lists).
    Q_PROPERTY(QList<QString> templateIds READ templateIds NOTIFY templatesChanged)
    Q_PROPERTY(QList<QString> templateTitles READ templateTitles NOTIFY templatesChanged)
    //! True while the server creates an audit or issues a code.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    //! Why the last case could not be added, or "".
    Q_PROPERTY(QString caseProblem READ caseProblem NOTIFY messagesChanged)
    //! The last refusal in plain words, or "".
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    //! What the last action did, or "".
    Q_PROPERTY(QString message READ message NOTIFY messagesChanged)

public:
    OfficeAuditsController(OfficeSession *office, OfficeSyncController *sync, QObject *parent = nullptr);

    OfficeAuditListModel *audits() const { return m_audits; }
    CaseDraftListModel *draftCases() const { return m_draftCases; }
    EnrolCodeListModel *enrolCodes() const { return m_enrolCodes; }
    QString currentAuditId() const;
    void setCurrentAuditId(const QString &auditId);
    QString currentTitle() const;
    QStringList agencySlugs() const;
    QStringList agencyNames() const;
    QStringList ageBands() const;
    QStringList needsLevels() const;
    QStringList templateIds() const { return m_templateIds; }
    QStringList templateTitles() const { return m_templateTitles; }
    bool busy() const { return m_busy; }
    QString caseProblem() const { return m_caseProblem; }
    QString errorMessage() const { return m_errorMessage; }
    QString message() const { return m_message; }

    /** Why @p code cannot be a case code ("" when plausible), shown while typing. */
    Q_INVOKABLE QString caseCodeProblem(const QString &code) const;
    /** Adds a case to the sample being made; false (with caseProblem) when the code is refused or listed. */
    Q_INVOKABLE bool addCase(const QString &code, const QString &ageBand, const QString &needs);
    /** Removes case @p row from the sample being made. */
    Q_INVOKABLE void removeCase(int row);
    /**
     * Sends a new audit to the server with the sample being made and @p agencies (slugs); when the server has it,
     * it becomes the current audit. False (with errorMessage) when something is missing or refused at once.
     */
    Q_INVOKABLE bool createAudit(const QString &title, const QString &theme, const QString &period,
                                 const QString &dueDate, const QString &templateId, const QStringList &agencies);
    /** Asks the server for a single-use enrolment code for @p agency, valid @p hours. */
    Q_INVOKABLE bool issueEnrolCode(const QString &agency, int hours);
    /** Saves the QR image of issued code @p row as a PNG at @p file, to print or send. */
    Q_INVOKABLE bool saveQrImage(int row, const QUrl &file);

signals:
    void currentAuditChanged();
    void templatesChanged();
    void busyChanged();
    void messagesChanged();

private:
    void refreshTemplates();
    void setBusy(bool busy);
    void setMessages(const QString &error, const QString &message);

    OfficeSession *m_office;
    OfficeSyncController *m_sync;
    OfficeAuditListModel *m_audits;
    CaseDraftListModel *m_draftCases;
    EnrolCodeListModel *m_enrolCodes;
    QStringList m_templateIds;
    QStringList m_templateTitles;
    bool m_busy = false;
    QString m_caseProblem;
    QString m_errorMessage;
    QString m_message;
};
