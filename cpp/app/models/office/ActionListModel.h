// The action plan of the current audit: each action with its linked finding, owning agency, lead, due date, RAG
// status, evidence and re-audit date, and the history of its RAG status (kept by the store, never rewritten).
#pragma once

#include "app/models/office/RowListModel.h"

#include <QString>
#include <QStringList>

class OfficeSession;

/** Actions in plan order. */
class ActionListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ActionRole,
        FindingRole,
        OwnerRole,     //!< agency slug (or a name)
        OwnerNameRole, //!< the agency's name
        LeadRole,
        DueDateRole,
        RagRole,      //!< "red", "amber", "green", "complete"
        RagLabelRole, //!< "Red", ...
        EvidenceRole,
        ReauditDateRole,
        HistoryRole, //!< ["Red · 12/11/2026 14:02 · office", "Amber · … · office: training booked"], oldest first
    };
    Q_ENUM(Role)

    /** The plan of @p office's current audit. */
    explicit ActionListModel(OfficeSession *office, QObject *parent = nullptr);

    /** Brings the rows in line with the store. */
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString id;
        QString action;
        QString finding;
        QString owner;
        QString lead;
        QString dueDate;
        QString rag;
        QString evidence;
        QString reauditDate;
        QStringList history;
        bool operator==(const Row &) const = default;
    };
    OfficeSession *m_office;
    std::vector<Row> m_rows;
};
