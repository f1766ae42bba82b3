// Grade distributions as bars: one row per graded section (or per agency), each with its count of every grade on
// the scale (the panel's agreed grade where it moderated, else the agency's own), drawn as a stacked bar by QML.
#pragma once

#include "app/models/office/RowListModel.h"

#include <QString>
#include <QVariantList>

/** Bars of grade counts; the scale's labels are the legend. */
class GradeChartModel : public RowListModel
{
    Q_OBJECT
    //! The scale, best first ("Outstanding", "Good", ...): the legend and the order of each bar's segments.
    Q_PROPERTY(QStringList gradeLabels READ gradeLabels NOTIFY scaleChanged)
    //! The longest bar's total (at least 1), so every bar shares one scale.
    Q_PROPERTY(int maxTotal READ maxTotal NOTIFY scaleChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, //!< the grade question or agency slug
        TitleRole,                  //!< "Recognition and referral" or "Police"
        DetailRole,                 //!< "12 graded · 3 moderated, 1 changed"
        CountsRole,                 //!< list of ints, parallel to gradeLabels
        TotalRole,                  //!< graded returns in this bar
        FractionsRole,              //!< [{share, count}]: each count and its share of the longest bar (0..1)
        SpokenRole,                 //!< "Outstanding 2, Good 3, …" for screen readers
    };
    Q_ENUM(Role)

    /** One bar. */
    struct Bar
    {
        QString key;
        QString title;
        QString detail;
        QVariantList counts;
        int total = 0;
        QVariantList fractions; //!< filled by show()
        QString spoken;         //!< filled by show()
        bool operator==(const Bar &) const = default;
    };

    using RowListModel::RowListModel;

    /** Shows @p bars on the scale @p labels. */
    void show(const QStringList &labels, std::vector<Bar> bars);
    QStringList gradeLabels() const { return m_labels; }
    int maxTotal() const { return m_maxTotal; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void scaleChanged();

private:
    std::vector<Bar> m_rows;
    QStringList m_labels;
    int m_maxTotal = 1;
};
