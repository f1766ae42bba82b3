// One editable list of the briefing: statements (worries, good practice, reflection questions), themes for learning
// (title, what we found, what needs to happen) or links (title, address). Edits change one row; loading another
// briefing resets the list.
#pragma once

#include <QAbstractListModel>
#include <QString>

#include <vector>

/** Rows of up to three texts; which roles matter depends on the list. */
class BriefingListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of rows.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TextRole = Qt::UserRole + 1, //!< a statement; a theme's or a link's title
        SecondRole,                  //!< a theme's "what we found"; a link's address
        ThirdRole,                   //!< a theme's "what needs to happen"
    };
    Q_ENUM(Role)

    /** One row's texts. */
    struct Row
    {
        QString text;
        QString second;
        QString third;
        bool operator==(const Row &) const = default;
    };

    using QAbstractListModel::QAbstractListModel;

    /** Replaces every row (another briefing, or a fresh draft). */
    void reset(std::vector<Row> rows);
    /** Changes field @p field (0..2) of row @p row; false when out of range or unchanged. */
    bool setField(int row, int field, const QString &text);
    /** Appends @p row. */
    void append(const Row &row);
    /** Removes row @p row; false when out of range. */
    bool remove(int row);
    /** The rows. */
    const std::vector<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<Row> m_rows;
};
