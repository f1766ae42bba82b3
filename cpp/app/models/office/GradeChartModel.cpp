// Grade bars (see GradeChartModel.h).
#include "app/models/office/GradeChartModel.h"

#include <QVariantMap>

#include <algorithm>

void GradeChartModel::show(const QStringList &labels, std::vector<Bar> bars)
{
    int maxTotal = 1;
    for (const Bar &bar : bars) {
        maxTotal = std::max(maxTotal, bar.total);
    }
    for (Bar &bar : bars) {
        QStringList spoken;
        bar.fractions.clear();
        for (int i = 0; i < bar.counts.size(); ++i) {
            bar.fractions << QVariantMap{{QStringLiteral("share"), bar.counts[i].toDouble() / maxTotal},
                                         {QStringLiteral("count"), bar.counts[i].toInt()}};
            spoken << QStringLiteral("%1 %2").arg(labels.value(i)).arg(bar.counts[i].toInt());
        }
        bar.spoken = bar.title + QStringLiteral(": ") + spoken.join(QStringLiteral(", "));
    }
    if (labels != m_labels || maxTotal != m_maxTotal) {
        m_labels = labels;
        m_maxTotal = maxTotal;
        emit scaleChanged();
    }
    syncRows(m_rows, std::move(bars), [](const Bar &b) { return b.key; });
}

int GradeChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GradeChartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Bar &bar = m_rows[std::size_t(index.row())];
    switch (role) {
    case KeyRole:
        return bar.key;
    case TitleRole:
        return bar.title;
    case DetailRole:
        return bar.detail;
    case CountsRole:
        return bar.counts;
    case TotalRole:
        return bar.total;
    case FractionsRole:
        return bar.fractions;
    case SpokenRole:
        return bar.spoken;
    default:
        return {};
    }
}

QHash<int, QByteArray> GradeChartModel::roleNames() const
{
    return {{KeyRole, "key"},     {TitleRole, "title"},         {DetailRole, "detail"}, {CountsRole, "counts"},
            {TotalRole, "total"}, {FractionsRole, "fractions"}, {SpokenRole, "spoken"}};
}
