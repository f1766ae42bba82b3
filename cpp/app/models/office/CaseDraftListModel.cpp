// Case sample rows (see CaseDraftListModel.h).
#include "app/models/office/CaseDraftListModel.h"

#include <algorithm>

void CaseDraftListModel::append(const maqa::core::office::CaseInfo &info)
{
    auto rows = m_rows;
    rows.push_back(
        {QString::fromStdString(info.code), QString::fromStdString(info.ageBand), QString::fromStdString(info.needs)});
    syncRows(m_rows, std::move(rows), [](const Row &r) { return r.code; });
}

void CaseDraftListModel::remove(int row)
{
    if (row < 0 || row >= int(m_rows.size())) {
        return;
    }
    auto rows = m_rows;
    rows.erase(rows.begin() + row);
    syncRows(m_rows, std::move(rows), [](const Row &r) { return r.code; });
}

void CaseDraftListModel::clear()
{
    syncRows(m_rows, {}, [](const Row &r) { return r.code; });
}

bool CaseDraftListModel::contains(const QString &code) const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [&](const Row &r) { return r.code.compare(code, Qt::CaseInsensitive) == 0; });
}

std::vector<maqa::core::office::CaseInfo> CaseDraftListModel::cases() const
{
    std::vector<maqa::core::office::CaseInfo> out;
    for (const Row &r : m_rows) {
        out.push_back({r.code.toStdString(), r.ageBand.toStdString(), r.needs.toStdString()});
    }
    return out;
}

int CaseDraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CaseDraftListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case CodeRole:
        return row.code;
    case AgeBandRole:
        return row.ageBand;
    case NeedsRole:
        return row.needs;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseDraftListModel::roleNames() const
{
    return {{CodeRole, "code"}, {AgeBandRole, "ageBand"}, {NeedsRole, "needs"}};
}
