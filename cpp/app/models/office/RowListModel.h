// The base of the office's list models: rows are replaced by a fresh list read from the store or the analysis, and
// syncRows() turns the difference into row-level signals (removed, moved, inserted, changed), so a list keeps its
// scroll position and its delegates while the data under it moves.
#pragma once

#include <QAbstractListModel>

#include <algorithm>
#include <vector>

/** A list model whose subclasses keep their rows in a std::vector and update them with syncRows(). */
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of rows.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

signals:
    void countChanged();

protected:
    /**
     * Makes @p rows equal to @p fresh with row-level signals. Rows are matched by @p keyOf (unique within a list);
     * a matched row whose value differs (operator==) is replaced and reported by dataChanged.
     */
    template<typename Row, typename KeyOf>
    void syncRows(std::vector<Row> &rows, std::vector<Row> fresh, KeyOf keyOf)
    {
        const int before = int(rows.size());
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            const bool kept = std::any_of(fresh.begin(), fresh.end(),
                                          [&](const Row &f) { return keyOf(f) == keyOf(rows[std::size_t(i)]); });
            if (!kept) {
                beginRemoveRows({}, i, i);
                rows.erase(rows.begin() + i);
                endRemoveRows();
            }
        }
        for (int i = 0; i < int(fresh.size()); ++i) {
            Row &want = fresh[std::size_t(i)];
            const auto found = std::find_if(rows.begin() + std::min<std::ptrdiff_t>(i, std::ptrdiff_t(rows.size())),
                                            rows.end(), [&](const Row &r) { return keyOf(r) == keyOf(want); });
            if (found == rows.end()) {
                beginInsertRows({}, i, i);
                rows.insert(rows.begin() + i, std::move(want));
                endInsertRows();
                continue;
            }
            const int at = int(found - rows.begin());
            if (at != i) {
                beginMoveRows({}, at, at, {}, i);
                Row moving = std::move(rows[std::size_t(at)]);
                rows.erase(rows.begin() + at);
                rows.insert(rows.begin() + i, std::move(moving));
                endMoveRows();
            }
            if (!(rows[std::size_t(i)] == want)) {
                rows[std::size_t(i)] = std::move(want);
                emit dataChanged(index(i), index(i));
            }
        }
        if (int(rows.size()) != before) {
            emit countChanged();
        }
    }
};
