// Theme count rows (see ThemeCountModel.h).
#include "app/models/office/ThemeCountModel.h"

#include <algorithm>

void ThemeCountModel::show(const std::vector<maqa::core::office::ThemeCount> &counts)
{
    std::vector<Row> fresh;
    for (const auto &theme : counts) {
        if (theme.count > 0) {
            fresh.push_back({QString::fromStdString(theme.name), QString::fromStdString(theme.label), theme.count, 0});
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const Row &a, const Row &b) { return a.count > b.count; });
    const int maxCount = fresh.empty() ? 1 : std::max(1, fresh.front().count);
    for (Row &row : fresh) {
        row.fraction = double(row.count) / maxCount;
    }
    if (maxCount != m_maxCount) {
        m_maxCount = maxCount;
        emit maxCountChanged();
    }
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.name; });
}

int ThemeCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThemeCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case NameRole:
        return row.name;
    case LabelRole:
        return row.label;
    case CountRole:
        return row.count;
    case FractionRole:
        return row.fraction;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThemeCountModel::roleNames() const
{
    return {{NameRole, "name"}, {LabelRole, "label"}, {CountRole, "count"}, {FractionRole, "fraction"}};
}
