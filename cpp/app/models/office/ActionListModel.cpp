// Action plan rows (see ActionListModel.h): one action's change updates its row alone.
#include "app/models/office/ActionListModel.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "app/models/office/OfficeText.h"
#include "store/office/BriefingRepository.h"
#include "store/office/OfficeStore.h"

#include <QDateTime>
#include <QLocale>

namespace office = maqa::core::office;

ActionListModel::ActionListModel(OfficeSession *office, QObject *parent)
    : RowListModel(parent)
    , m_office(office)
{
    connect(office, &OfficeSession::currentAuditChanged, this, &ActionListModel::refresh);
    connect(office->officeSignals(), &OfficeSignals::actionsWereChanged, this, [this](const QString &auditId) {
        if (auditId == m_office->currentAuditId()) {
            refresh();
        }
    });
}

void ActionListModel::refresh()
{
    std::vector<Row> fresh;
    auto *store = m_office->office();
    if (store && !m_office->currentAuditId().isEmpty()) {
        for (const office::ActionItem &item : store->briefings().actions(m_office->currentAuditId().toStdString())) {
            Row row{qstr(item.id),
                    qstr(item.action),
                    qstr(item.finding),
                    qstr(item.owner),
                    qstr(item.lead),
                    qstr(item.dueDate),
                    qstr(std::string(office::toString(item.rag))),
                    qstr(item.evidence),
                    qstr(item.reauditDate),
                    {}};
            for (const office::RagChange &change : store->briefings().ragHistory(item.id)) {
                const std::string_view label = office::ragLabel(change.rag);
                QString line =
                    QStringLiteral("%1 · %2 · %3")
                        .arg(QString::fromUtf8(label.data(), qsizetype(label.size())),
                             QLocale().toString(QDateTime::fromMSecsSinceEpoch(change.at), QLocale::ShortFormat),
                             qstr(change.by));
                if (!change.note.empty()) {
                    line += QStringLiteral(": ") + qstr(change.note);
                }
                row.history << line;
            }
            fresh.push_back(std::move(row));
        }
    }
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.id; });
}

int ActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case ActionRole:
        return row.action;
    case FindingRole:
        return row.finding;
    case OwnerRole:
        return row.owner;
    case OwnerNameRole:
        return agencyLabel(row.owner.toStdString());
    case LeadRole:
        return row.lead;
    case DueDateRole:
        return row.dueDate;
    case RagRole:
        return row.rag;
    case RagLabelRole: {
        const auto rag = office::ragFrom(row.rag.toStdString());
        const std::string_view label = rag ? office::ragLabel(*rag) : std::string_view();
        return QString::fromUtf8(label.data(), qsizetype(label.size()));
    }
    case EvidenceRole:
        return row.evidence;
    case ReauditDateRole:
        return row.reauditDate;
    case HistoryRole:
        return row.history;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActionListModel::roleNames() const
{
    return {{IdRole, "actionId"},
            {ActionRole, "action"},
            {FindingRole, "finding"},
            {OwnerRole, "owner"},
            {OwnerNameRole, "ownerName"},
            {LeadRole, "lead"},
            {DueDateRole, "dueDate"},
            {RagRole, "rag"},
            {RagLabelRole, "ragLabel"},
            {EvidenceRole, "evidence"},
            {ReauditDateRole, "reauditDate"},
            {HistoryRole, "history"}};
}
