// The office's side of the session: the office store over the open store, its notifications as Qt signals, the audit
// the office is working on, and that audit's analysis (completeness, grades, themes, discrepancies, findings), read
// once and kept until something it depends on changes. Every office controller reads through here.
#pragma once

#include "core/office/Analysis.h"
#include "core/template/Template.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class SessionController;
class TemplateCatalog;
class OfficeSignals;
namespace maqa::store {
class Store;
namespace office {
class OfficeStore;
}
} // namespace maqa::store

/** Shared state of the office pages; not exposed to QML itself (the controllers are). */
class OfficeSession : public QObject
{
    Q_OBJECT
public:
    OfficeSession(SessionController *session, TemplateCatalog *catalog, QObject *parent = nullptr);
    ~OfficeSession() override;

    /** The office store, or null while locked. */
    maqa::store::office::OfficeStore *office() const { return m_office.get(); }
    /** The open store, or null while locked. */
    maqa::store::Store *store() const;
    /** The office store's notifications (valid for the whole session). */
    OfficeSignals *officeSignals() const { return m_signals; }
    /** The session. */
    SessionController *session() const { return m_session; }
    /** The templates the office reads returns with. */
    TemplateCatalog *catalog() const { return m_catalog; }
    /** Who the office's log names for what the app does ("office", as the office's sync does). */
    std::string actor() const { return "office"; }
    /** Runs @p action on the unlocked office store: "" when it went through, else why not, in words. */
    QString attempt(const std::function<void()> &action) const;
    /** Today as "YYYY-MM-DD" by the store's clock (overdue is judged against it). */
    std::string today() const;

    /** The audit the office works on ("" when there is none). */
    QString currentAuditId() const { return m_auditId; }
    /** Chooses the audit the pages show; unknown ids are ignored. */
    void setCurrentAuditId(const QString &auditId);
    /** The current audit, or null. */
    const maqa::core::office::AuditInfo *currentAudit() const { return m_audit ? &*m_audit : nullptr; }
    /** The template of the current audit, or null when the office does not hold it. */
    std::shared_ptr<const maqa::core::Template> currentTemplate() const { return m_template; }
    /** The template @p id at @p version, or null when the office does not hold it. */
    std::shared_ptr<const maqa::core::Template> templateFor(const std::string &id, int version) const;

    /** The current audit's analysis (computed now if anything changed), or null when there is no audit. */
    const maqa::core::office::Analysis *analysis();
    /** Why there is no analysis for the current audit, in plain words ("" when there is one or no audit). */
    QString analysisProblem() const { return m_problem; }

signals:
    /** The office store was opened or closed. */
    void availabilityChanged();
    /** The office store is about to close: let go of it now (it still works while this is delivered). */
    void aboutToClose();
    /** Another audit was chosen (or the current one's details changed). */
    void currentAuditChanged();
    /** The analysis is out of date: read analysis() again. */
    void analysisChanged();

private:
    void openOffice();
    void closeOffice();
    void refreshAudit();
    void invalidate(bool reloadReturns);

    SessionController *m_session;
    TemplateCatalog *m_catalog;
    OfficeSignals *m_signals;
    std::unique_ptr<maqa::store::office::OfficeStore> m_office;
    QString m_auditId;
    std::optional<maqa::core::office::AuditInfo> m_audit;
    std::shared_ptr<const maqa::core::Template> m_template;
    std::vector<maqa::core::office::OpenedReturn> m_returns;
    std::unique_ptr<maqa::core::office::Analysis> m_analysis;
    bool m_returnsStale = true;
    bool m_analysisStale = true;
    QString m_problem;
    QTimer m_settle; //!< coalesces a burst of store changes into one analysisChanged
};
