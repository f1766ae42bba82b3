// Building the completeness table (see CompletenessModel.h) from the analysis' matrix.
#include "app/models/office/CompletenessModel.h"

#include "app/models/office/OfficeReturnListModel.h"
#include "app/models/office/OfficeText.h"

namespace office = maqa::core::office;

namespace {

QString totalText(const office::CompletenessTotals &t)
{
    return QStringLiteral("%1/%2").arg(t.returned).arg(t.expected);
}

QString totalDetail(const office::CompletenessTotals &t)
{
    QStringList parts;
    if (t.overdue > 0) {
        parts << QObject::tr("%1 overdue").arg(t.overdue);
    }
    if (t.drafting > 0) {
        parts << QObject::tr("%1 drafting").arg(t.drafting);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

void CompletenessModel::show(const office::Completeness &matrix, const std::vector<std::string> &ageBands)
{
    std::vector<std::vector<Cell>> cells;
    const std::size_t agencies = matrix.agencies.size();
    if (!matrix.cases.empty() && agencies > 0) {
        std::vector<Cell> header{{QStringLiteral("corner"), tr("Case"), tr("age band"), {}, 0, tr("Cases by agency")}};
        for (const std::string &agency : matrix.agencies) {
            header.push_back({QStringLiteral("agency"), agencyShortLabel(agency), {}, {}, 0, agencyLabel(agency)});
        }
        header.push_back({QStringLiteral("corner"), tr("Returned"), {}, {}, 0, tr("Returned per case")});
        cells.push_back(std::move(header));
        for (std::size_t c = 0; c < matrix.cases.size(); ++c) {
            const QString code = qstr(matrix.cases[c]);
            const QString band = c < ageBands.size() ? qstr(ageBands[c]) : QString();
            std::vector<Cell> row{{QStringLiteral("case"), code, band, {}, 0, tr("Case %1, age %2").arg(code, band)}};
            for (std::size_t a = 0; a < agencies; ++a) {
                const office::CompletenessCell &cell = matrix.cells[c][a];
                Cell out{QStringLiteral("cell"), {}, {}, qstr(std::string(office::toString(cell.state))), 0, {}};
                switch (cell.state) {
                case office::CellState::Returned:
                    out.text = tr("Returned");
                    out.detail = OfficeReturnListModel::reviewLabel(
                        cell.review ? qstr(std::string(office::toString(*cell.review))) : QString());
                    if (cell.latest && cell.latest->revision > 1) {
                        out.detail = tr("rev. %1 · %2").arg(cell.latest->revision).arg(out.detail);
                    }
                    break;
                case office::CellState::Drafting:
                    out.text = tr("Drafting");
                    out.detail = tr("%1 of %2").arg(cell.answered).arg(cell.total);
                    out.progress = cell.total > 0 ? double(cell.answered) / cell.total : 0;
                    break;
                case office::CellState::Overdue:
                    out.text = tr("Overdue");
                    out.detail = cell.total > 0 ? tr("draft %1 of %2").arg(cell.answered).arg(cell.total) : QString();
                    out.progress = cell.total > 0 ? double(cell.answered) / cell.total : 0;
                    break;
                case office::CellState::NotStarted:
                    out.text = tr("Not started");
                    break;
                }
                out.accessible = tr("%1, %2: %3 %4").arg(code, agencyLabel(matrix.agencies[a]), out.text, out.detail);
                row.push_back(std::move(out));
            }
            const office::CompletenessTotals &t = matrix.perCase[c];
            row.push_back({QStringLiteral("total"),
                           totalText(t),
                           totalDetail(t),
                           {},
                           0,
                           tr("%1: %2 of %3 returned").arg(code).arg(t.returned).arg(t.expected)});
            cells.push_back(std::move(row));
        }
        std::vector<Cell> totals{{QStringLiteral("corner"), tr("Returned"), {}, {}, 0, tr("Returned per agency")}};
        for (std::size_t a = 0; a < agencies; ++a) {
            const office::CompletenessTotals &t = matrix.perAgency[a];
            totals.push_back(
                {QStringLiteral("total"),
                 totalText(t),
                 totalDetail(t),
                 {},
                 0,
                 tr("%1: %2 of %3 returned").arg(agencyLabel(matrix.agencies[a])).arg(t.returned).arg(t.expected)});
        }
        totals.push_back({QStringLiteral("total"),
                          totalText(matrix.overall),
                          totalDetail(matrix.overall),
                          {},
                          0,
                          tr("In all: %1 of %2 returned").arg(matrix.overall.returned).arg(matrix.overall.expected)});
        cells.push_back(std::move(totals));
    }
    const int columns = cells.empty() ? 0 : int(agencies) + 2;
    if (cells.size() != m_cells.size() || columns != m_columns) {
        beginResetModel();
        m_cells = std::move(cells);
        m_columns = columns;
        endResetModel();
    } else {
        for (std::size_t r = 0; r < cells.size(); ++r) {
            for (std::size_t c = 0; c < cells[r].size(); ++c) {
                if (!(cells[r][c] == m_cells[r][c])) {
                    m_cells[r][c] = std::move(cells[r][c]);
                    emit dataChanged(index(int(r), int(c)), index(int(r), int(c)));
                }
            }
        }
    }
    const office::CompletenessTotals &t = matrix.overall;
    const QString summary = m_cells.empty()
                                ? QString()
                                : tr("%1 of %2 expected returns are in · %3 drafting · %4 overdue · %5 not started")
                                      .arg(t.returned)
                                      .arg(t.expected)
                                      .arg(t.drafting)
                                      .arg(t.overdue)
                                      .arg(t.notStarted);
    if (summary != m_summary) {
        m_summary = summary;
        emit summaryChanged();
    }
}

int CompletenessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int CompletenessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CompletenessModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_cells.size()) || index.column() >= m_columns) {
        return {};
    }
    const Cell &cell = m_cells[std::size_t(index.row())][std::size_t(index.column())];
    switch (role) {
    case KindRole:
        return cell.kind;
    case Qt::DisplayRole:
    case TextRole:
        return cell.text;
    case DetailRole:
        return cell.detail;
    case StateRole:
        return cell.state;
    case ProgressRole:
        return cell.progress;
    case AccessibleRole:
        return cell.accessible;
    default:
        return {};
    }
}

QHash<int, QByteArray> CompletenessModel::roleNames() const
{
    return {{KindRole, "kind"},       {TextRole, "text"},         {DetailRole, "detail"},
            {StateRole, "cellState"}, {ProgressRole, "progress"}, {AccessibleRole, "accessibleText"}};
}
