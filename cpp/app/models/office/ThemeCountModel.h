// How many returns named each theme tag (voice of the child, information sharing, ...), most named first, drawn as
// bars by QML.
#pragma once

#include "app/models/office/RowListModel.h"

#include "core/office/Distributions.h"

#include <QString>

/** Theme counts, most named first (template order on ties). */
class ThemeCountModel : public RowListModel
{
    Q_OBJECT
    //! The largest count (at least 1), so every bar shares one scale.
    Q_PROPERTY(int maxCount READ maxCount NOTIFY maxCountChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, //!< the theme's choice name
        LabelRole,                   //!< its label
        CountRole,                   //!< returns naming it
        FractionRole,                //!< the count as a share of the largest (0..1), for drawing
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    /** Shows @p counts (themes no return named are left out). */
    void show(const std::vector<maqa::core::office::ThemeCount> &counts);
    int maxCount() const { return m_maxCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void maxCountChanged();

private:
    struct Row
    {
        QString name;
        QString label;
        int count = 0;
        double fraction = 0;
        bool operator==(const Row &) const = default;
    };
    std::vector<Row> m_rows;
    int m_maxCount = 1;
};
