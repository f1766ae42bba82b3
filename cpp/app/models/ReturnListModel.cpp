// Recent observations and practice audits (see ReturnListModel.h). A return belongs here unless its audit id and
// case code match a case of a current assignment (those show in the assignment list).
#include "app/models/ReturnListModel.h"

#include "app/controllers/SessionController.h"
#include "app/controllers/StoreSignals.h"
#include "app/models/ReturnState.h"
#include "store/Store.h"
#include "store/repos/AssignmentRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

ReturnListModel::ReturnListModel(SessionController *session, std::function<QString(const QString &)> titleOf,
                                 QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_titleOf(std::move(titleOf))
{
    auto *s = session->storeSignals();
    connect(session, &SessionController::storeOpened, this, &ReturnListModel::reload);
    connect(s, &StoreSignals::storeAvailabilityChanged, this, [this] {
        if (!m_session->store()) {
            reload();
        }
    });
    connect(s, &StoreSignals::assignmentsWereChanged, this, &ReturnListModel::reload);
    connect(s, &StoreSignals::templatesWereChanged, this, [this] {
        if (rowCount() > 0) {
            emit dataChanged(index(0), index(rowCount() - 1), {TitleRole});
        }
    });
    connect(s, &StoreSignals::returnWasAdded, this, [this](const QString &uuid, int) { added(uuid); });
    connect(s, &StoreSignals::returnWasChanged, this, [this](const QString &uuid, int) { changed(uuid); });
    connect(s, &StoreSignals::returnWasRemoved, this, [this](const QString &uuid, int) { removed(uuid); });
}

bool ReturnListModel::belongsHere(const maqa::store::ReturnRecord &record)
{
    if (!record.auditId) {
        return true;
    }
    const auto audit = m_session->store()->assignments().find(*record.auditId);
    return !audit || std::none_of(audit->cases.begin(), audit->cases.end(),
                                  [&](const auto &c) { return c.code == record.caseCode; });
}

void ReturnListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_session->store()) {
        for (auto &record : m_session->store()->returns().listLatest()) {
            if (belongsHere(record)) {
                m_rows.push_back(std::move(record));
            }
        }
    }
    endResetModel();
    emit countChanged();
}

int ReturnListModel::rowOf(const QString &uuid) const
{
    const std::string u = uuid.toStdString();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[i].key.uuid == u) {
            return i;
        }
    }
    return -1;
}

void ReturnListModel::added(const QString &uuid)
{
    if (!m_session->store()) {
        return;
    }
    const auto record = m_session->store()->returns().latest(uuid.toStdString());
    if (!record || !belongsHere(*record)) {
        return;
    }
    if (const int row = rowOf(uuid); row >= 0) { // a new revision of a listed return
        m_rows[row] = *record;
        emit dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.insert(m_rows.begin(), *record);
    endInsertRows();
    emit countChanged();
}

void ReturnListModel::changed(const QString &uuid)
{
    const int row = rowOf(uuid);
    if (row < 0 || !m_session->store()) {
        return;
    }
    if (const auto record = m_session->store()->returns().latest(uuid.toStdString())) {
        m_rows[row] = *record;
        emit dataChanged(index(row), index(row));
    }
}

void ReturnListModel::removed(const QString &uuid)
{
    const int row = rowOf(uuid);
    if (row < 0 || !m_session->store()) {
        return;
    }
    if (const auto record = m_session->store()->returns().latest(uuid.toStdString())) {
        m_rows[row] = *record; // an older revision remains
        emit dataChanged(index(row), index(row));
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit countChanged();
}

int ReturnListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReturnListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const auto &r = m_rows[index.row()];
    switch (role) {
    case UuidRole:
        return QString::fromStdString(r.key.uuid);
    case RevisionRole:
        return r.key.revision;
    case KindRole:
        return QString::fromStdString(r.kind);
    case TitleRole:
        return m_titleOf(QString::fromStdString(r.templateId));
    case CaseCodeRole:
        return QString::fromStdString(r.caseCode);
    case StateRole:
        return returnStateName(r);
    case StateLabelRole:
        return returnStateLabel(r);
    case ProgressRole:
        return r.progress;
    case UpdatedRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.updatedAt), QLocale::ShortFormat);
    case ReviewCommentRole:
        return r.reviewComment ? QString::fromStdString(*r.reviewComment) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ReturnListModel::roleNames() const
{
    return {{UuidRole, "uuid"},
            {RevisionRole, "revision"},
            {KindRole, "kind"},
            {TitleRole, "title"},
            {CaseCodeRole, "caseCode"},
            {StateRole, "state"},
            {StateLabelRole, "stateLabel"},
            {ProgressRole, "progress"},
            {UpdatedRole, "updated"},
            {ReviewCommentRole, "reviewComment"}};
}
