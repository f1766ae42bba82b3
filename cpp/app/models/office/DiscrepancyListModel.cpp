// Discrepancy rows (see DiscrepancyListModel.h).
#include "app/models/office/DiscrepancyListModel.h"

#include "app/models/office/OfficeText.h"

#include <QVariantMap>

#include <algorithm>

namespace office = maqa::core::office;

void DiscrepancyListModel::show(const std::vector<office::Discrepancy> &found)
{
    std::vector<Row> fresh;
    for (const office::Discrepancy &d : found) {
        Row row{qstr(d.caseCode),
                qstr(d.question),
                qstr(d.label),
                qstr(d.section),
                qstr(std::string(office::toString(d.strength))),
                {}};
        for (const office::DiscrepancySide &side : d.sides) {
            row.sides.append(QVariantMap{{QStringLiteral("agency"), agencyLabel(side.agency)},
                                         {QStringLiteral("answer"), qstr(side.answer)},
                                         {QStringLiteral("evidence"), qstr(side.evidence)}});
        }
        fresh.push_back(std::move(row));
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const Row &a, const Row &b) {
        return a.strength == QLatin1String("contradiction") && b.strength != QLatin1String("contradiction");
    });
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.caseCode + QLatin1Char('/') + r.question; });
}

int DiscrepancyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DiscrepancyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case CaseCodeRole:
        return row.caseCode;
    case QuestionRole:
        return row.question;
    case LabelRole:
        return row.label;
    case SectionRole:
        return row.section;
    case StrengthRole:
        return row.strength;
    case StrengthLabelRole:
        return row.strength == QLatin1String("contradiction") ? tr("Contradiction") : tr("Partly different");
    case SidesRole:
        return row.sides;
    default:
        return {};
    }
}

QHash<int, QByteArray> DiscrepancyListModel::roleNames() const
{
    return {{CaseCodeRole, "caseCode"}, {QuestionRole, "question"}, {LabelRole, "label"},
            {SectionRole, "section"},   {StrengthRole, "strength"}, {StrengthLabelRole, "strengthLabel"},
            {SidesRole, "sides"}};
}
