// Assignment rows (see AssignmentListModel.h). A case's return is the latest revision whose audit id and case
// code match; a new draft or a status change updates exactly that row.
#include "app/models/AssignmentListModel.h"

#include "app/controllers/SessionController.h"
#include "app/controllers/StoreSignals.h"
#include "app/models/ReturnState.h"
#include "store/Store.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/ReturnRepository.h"

AssignmentListModel::AssignmentListModel(SessionController *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    auto *signals_ = session->storeSignals();
    connect(session, &SessionController::storeOpened, this, &AssignmentListModel::reload);
    connect(signals_, &StoreSignals::storeAvailabilityChanged, this, [this] {
        if (!m_session->store()) {
            reload();
        }
    });
    connect(signals_, &StoreSignals::assignmentsWereChanged, this, &AssignmentListModel::reload);
    connect(signals_, &StoreSignals::returnWasAdded, this, [this](const QString &uuid, int) { returnTouched(uuid); });
    connect(signals_, &StoreSignals::returnWasChanged, this, [this](const QString &uuid, int) { returnTouched(uuid); });
    connect(signals_, &StoreSignals::returnWasRemoved, this, [this](const QString &, int) { reload(); });
}

void AssignmentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_audits.clear();
    if (maqa::store::Store *store = m_session->store()) {
        m_audits = store->assignments().list();
        const auto returns = store->returns().listLatest();
        for (const auto &audit : m_audits) {
            for (const auto &item : audit.cases) {
                Row row{&audit, &item, std::nullopt};
                for (const auto &r : returns) { // newest first: the first match is the latest
                    if (r.auditId == audit.auditId && r.caseCode == item.code) {
                        row.latest = r;
                        break;
                    }
                }
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
    emit countChanged();
}

void AssignmentListModel::returnTouched(const QString &uuid)
{
    maqa::store::Store *store = m_session->store();
    if (!store) {
        return;
    }
    const auto record = store->returns().latest(uuid.toStdString());
    if (!record || !record->auditId) {
        return;
    }
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row &row = m_rows[i];
        if (row.audit->auditId == *record->auditId && row.item->code == record->caseCode) {
            if (row.latest && row.latest->key.uuid != record->key.uuid && row.latest->updatedAt > record->updatedAt) {
                return; // an older, parallel return of the same case does not replace the newer one
            }
            row.latest = record;
            emit dataChanged(index(i), index(i));
            return;
        }
    }
}

int AssignmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssignmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[index.row()];
    const auto &a = *row.audit;
    switch (role) {
    case AuditIdRole:
        return QString::fromStdString(a.auditId);
    case AuditTitleRole:
        return QString::fromStdString(a.title);
    case AuditHeadingRole:
        return data(index, AuditTitleRole).toString() + QLatin1Char('\n') + data(index, AuditDetailRole).toString();
    case AuditDetailRole: {
        QStringList parts;
        for (const std::string &part : {a.theme, a.period}) {
            if (!part.empty()) {
                parts << QString::fromStdString(part);
            }
        }
        if (!a.dueDate.empty()) {
            parts << tr("due %1").arg(QString::fromStdString(a.dueDate));
        }
        return parts.join(QStringLiteral(" · "));
    }
    case DueDateRole:
        return QString::fromStdString(a.dueDate);
    case CaseCodeRole:
        return QString::fromStdString(row.item->code);
    case AgeBandRole:
        return QString::fromStdString(row.item->ageBand);
    case NeedsRole:
        return QString::fromStdString(row.item->needs);
    case TemplateIdRole:
        return QString::fromStdString(a.templateId);
    case StateRole:
        return returnStateName(row.latest);
    case StateLabelRole:
        return returnStateLabel(row.latest);
    case ProgressRole:
        return row.latest ? row.latest->progress : 0.0;
    case ReturnUuidRole:
        return row.latest ? QString::fromStdString(row.latest->key.uuid) : QString();
    case RevisionRole:
        return row.latest ? row.latest->key.revision : 0;
    case ReviewCommentRole:
        return row.latest && row.latest->reviewComment ? QString::fromStdString(*row.latest->reviewComment) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AssignmentListModel::roleNames() const
{
    return {{AuditIdRole, "auditId"},
            {AuditTitleRole, "auditTitle"},
            {AuditDetailRole, "auditDetail"},
            {AuditHeadingRole, "auditHeading"},
            {DueDateRole, "dueDate"},
            {CaseCodeRole, "caseCode"},
            {AgeBandRole, "ageBand"},
            {NeedsRole, "needs"},
            {TemplateIdRole, "templateId"},
            {StateRole, "state"},
            {StateLabelRole, "stateLabel"},
            {ProgressRole, "progress"},
            {ReturnUuidRole, "returnUuid"},
            {RevisionRole, "revision"},
            {ReviewCommentRole, "reviewComment"}};
}
