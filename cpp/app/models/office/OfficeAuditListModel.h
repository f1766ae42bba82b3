// The audits the office runs, newest due date first, with their sample and the agencies asked, and which one the
// office pages are showing.
#pragma once

#include "app/models/office/RowListModel.h"

#include <QString>

class OfficeSession;

/** Audits known to the office. */
class OfficeAuditListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        AuditIdRole = Qt::UserRole + 1,
        TitleRole,
        ThemeRole,
        PeriodRole,
        DueDateRole,
        TemplateRole,  //!< template id and version, "early-help-audit v1"
        CasesRole,     //!< case codes with age bands: "EH-1 (0-1), EH-2 (5-10)"
        CaseCountRole, //!< children in the sample
        AgenciesRole,  //!< agency names, joined
        CurrentRole,   //!< the audit the office pages show
    };
    Q_ENUM(Role)

    /** Audits of @p office's store. */
    explicit OfficeAuditListModel(OfficeSession *office, QObject *parent = nullptr);

    /** Brings the rows in line with the store. */
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString auditId;
        QString title;
        QString theme;
        QString period;
        QString dueDate;
        QString templ;
        QString cases;
        int caseCount = 0;
        QString agencies;
        bool current = false;
        bool operator==(const Row &) const = default;
    };
    OfficeSession *m_office;
    std::vector<Row> m_rows;
};
