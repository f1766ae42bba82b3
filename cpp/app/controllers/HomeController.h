// Home: the assignments with their cases' states, recent observations and practice audits, the outbox list, and
// starting or reopening returns (the only place drafts are created, for the app and `maqa-cli draft new`).
#pragma once

#include "app/models/AssignmentListModel.h"
#include "app/models/OutboxListModel.h"
#include "app/models/ReturnListModel.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <string>

class SessionController;
class TemplateCatalog;

/** Lists and draft creation for the home page. */
class HomeController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(AssignmentListModel *assignments READ assignments CONSTANT)        //!< case rows of every assignment
    Q_PROPERTY(ReturnListModel *recent READ recent CONSTANT)                      //!< observations and practice audits
    Q_PROPERTY(OutboxListModel *outbox READ outbox CONSTANT)                      //!< the outbox, item by item
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged) //!< the last refusal
    //! Why the case code last given to checkCaseCode() is not plausible; empty when it is.
    Q_PROPERTY(QString codeProblem READ codeProblem NOTIFY codeProblemChanged)

public:
    HomeController(SessionController *session, TemplateCatalog *catalog, QObject *parent = nullptr);

    AssignmentListModel *assignments() const { return m_assignments; }
    ReturnListModel *recent() const { return m_recent; }
    OutboxListModel *outbox() const { return m_outbox; }
    QString errorMessage() const { return m_errorMessage; }
    QString codeProblem() const { return m_codeProblem; }

    /** Why @p code cannot be a case code ("" when plausible), shown while typing. */
    Q_INVOKABLE QString caseCodeProblem(const QString &code) const;
    /** Checks @p code as it is typed; the answer arrives in codeProblem. */
    Q_INVOKABLE void checkCaseCode(const QString &code);
    /** The draft of @p caseCode in assigned audit @p auditId (the existing one, or a new one); "" when refused. */
    Q_INVOKABLE QString startAudit(const QString &auditId, const QString &caseCode);
    /** A new draft of template @p templateId (newest version) for @p caseCode, outside any assignment. */
    Q_INVOKABLE QString startReturn(const QString &templateId, const QString &caseCode);
    /** Reopens a return the office sent back as a new revision; returns its uuid ("" when refused). */
    Q_INVOKABLE QString reopen(const QString &uuid);
    /** Deletes a draft (never a submitted return). */
    Q_INVOKABLE bool discardDraft(const QString &uuid);

    /**
     * Creates a draft of @p templateId at @p version (newest when empty) for @p caseCode, in @p auditId when given,
     * pre-filling the case code and agency questions. Throws Error with a plain sentence when refused.
     */
    std::string createDraft(const std::string &templateId, std::optional<int> version, const std::string &caseCode,
                            const std::optional<std::string> &auditId);

signals:
    void errorMessageChanged();
    void codeProblemChanged();

private:
    QString guarded(const std::function<std::string()> &action);
    void setError(const QString &message);

    SessionController *m_session;
    TemplateCatalog *m_catalog;
    AssignmentListModel *m_assignments;
    ReturnListModel *m_recent;
    OutboxListModel *m_outbox;
    QString m_errorMessage;
    QString m_codeProblem;
};
