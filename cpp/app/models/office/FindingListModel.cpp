// Finding statement rows (see FindingListModel.h).
#include "app/models/office/FindingListModel.h"

#include "app/models/office/OfficeText.h"

#include <algorithm>

namespace office = maqa::core::office;

FindingListModel::FindingListModel(InBriefing inBriefing, QObject *parent)
    : RowListModel(parent)
    , m_inBriefing(std::move(inBriefing))
{}

void FindingListModel::show(const office::Analysis *analysis)
{
    std::vector<Row> fresh;
    if (analysis) {
        for (const office::FindingStatement &statement : analysis->findings) {
            if (statement.kind != maqa::core::Finding::Worry && statement.kind != maqa::core::Finding::GoodPractice) {
                continue;
            }
            const QString kind = qstr(std::string(office::toString(statement.kind)));
            const QString text = qstr(statement.text).simplified();
            const auto &meta = analysis->latest[statement.source]->meta;
            const QString source = qstr(meta.caseCode) + QStringLiteral(" · ") + agencyLabel(meta.agency);
            auto same = std::find_if(fresh.begin(), fresh.end(),
                                     [&](const Row &r) { return r.kind == kind && r.text == text; });
            if (same == fresh.end()) {
                fresh.push_back({kind, text, 1, {source}, m_inBriefing(kind, text)});
            } else {
                ++same->count;
                if (!same->sources.contains(source)) {
                    same->sources << source;
                }
            }
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const Row &a, const Row &b) { return a.count > b.count; });
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.kind + QLatin1Char('\n') + r.text; });
}

void FindingListModel::refreshInBriefing()
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const bool now = m_inBriefing(m_rows[i].kind, m_rows[i].text);
        if (now != m_rows[i].inBriefing) {
            m_rows[i].inBriefing = now;
            emit dataChanged(index(int(i)), index(int(i)), {InBriefingRole});
        }
    }
}

std::pair<QString, QString> FindingListModel::statement(int row) const
{
    if (row < 0 || row >= int(m_rows.size())) {
        return {};
    }
    return {m_rows[std::size_t(row)].kind, m_rows[std::size_t(row)].text};
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case KindRole:
        return row.kind;
    case KindLabelRole:
        return row.kind == QLatin1String("worry") ? tr("Worry") : tr("Good practice");
    case TextRole:
        return row.text;
    case CountRole:
        return row.count;
    case SourcesRole: {
        QStringList shown = row.sources.mid(0, 3);
        if (row.sources.size() > 3) {
            shown << tr("and %1 more").arg(row.sources.size() - 3);
        }
        return shown.join(QStringLiteral("; "));
    }
    case InBriefingRole:
        return row.inBriefing;
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingListModel::roleNames() const
{
    return {{KindRole, "kind"},   {KindLabelRole, "kindLabel"}, {TextRole, "statement"},
            {CountRole, "count"}, {SourcesRole, "sources"},     {InBriefingRole, "inBriefing"}};
}
