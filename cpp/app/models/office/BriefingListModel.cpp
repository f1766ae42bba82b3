// Briefing list rows (see BriefingListModel.h). A row keeps its delegate while it is edited: only dataChanged.
#include "app/models/office/BriefingListModel.h"

void BriefingListModel::reset(std::vector<Row> rows)
{
    if (rows == m_rows) {
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

bool BriefingListModel::setField(int row, int field, const QString &text)
{
    if (row < 0 || row >= int(m_rows.size()) || field < 0 || field > 2) {
        return false;
    }
    Row &r = m_rows[std::size_t(row)];
    QString &target = field == 0 ? r.text : field == 1 ? r.second : r.third;
    if (target == text) {
        return false;
    }
    target = text;
    emit dataChanged(index(row), index(row), {TextRole + field});
    return true;
}

void BriefingListModel::append(const Row &row)
{
    beginInsertRows({}, rowCount(), rowCount());
    m_rows.push_back(row);
    endInsertRows();
    emit countChanged();
}

bool BriefingListModel::remove(int row)
{
    if (row < 0 || row >= int(m_rows.size())) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit countChanged();
    return true;
}

int BriefingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BriefingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case TextRole:
        return row.text;
    case SecondRole:
        return row.second;
    case ThirdRole:
        return row.third;
    default:
        return {};
    }
}

QHash<int, QByteArray> BriefingListModel::roleNames() const
{
    return {{TextRole, "text"}, {SecondRole, "second"}, {ThirdRole, "third"}};
}
