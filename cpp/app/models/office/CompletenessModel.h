// The completeness matrix as a table the office reads on a tablet: a header row of agencies and a header column of
// case codes (with age band), each cell returned / drafting with progress / overdue / not started, and totals in a
// last row and column. When the matrix keeps its shape, only the cells that changed are reported.
#pragma once

#include "core/office/Completeness.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

/** cases+2 rows × agencies+2 columns: headers first, totals last. */
class CompletenessModel : public QAbstractTableModel
{
    Q_OBJECT
    //! "18 of 24 expected returns are in · 3 drafting · 2 overdue · 1 not started".
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    //! Agencies (columns between the headers and the totals).
    Q_PROPERTY(int agencyCount READ agencyCount NOTIFY summaryChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, //!< "corner", "agency", "case", "cell", "total"
        TextRole,                    //!< what the cell shows first
        DetailRole,                  //!< a second line ("revision 2 · approved", "12 of 40 answered")
        StateRole,                   //!< cells: "returned", "drafting", "overdue", "not_started"
        ProgressRole,                //!< drafting: 0..1
        AccessibleRole,              //!< the whole cell in words, for screen readers
    };
    Q_ENUM(Role)

    using QAbstractTableModel::QAbstractTableModel;

    /** Shows @p matrix with @p ageBands (by case code) under the case codes; an empty matrix clears it. */
    void show(const maqa::core::office::Completeness &matrix, const std::vector<std::string> &ageBands);
    QString summary() const { return m_summary; }
    int agencyCount() const { return m_columns > 2 ? m_columns - 2 : 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void summaryChanged();

private:
    struct Cell
    {
        QString kind;
        QString text;
        QString detail;
        QString state;
        double progress = 0;
        QString accessible;
        bool operator==(const Cell &) const = default;
    };
    std::vector<std::vector<Cell>> m_cells; //!< [row][column]
    int m_columns = 0;
    QString m_summary;
};
