// The graded sections of the return being read: the agency's own grade beside the grade the moderation panel
// agreed (empty until the panel moderates it), with the scale to choose from.
#pragma once

#include "app/models/office/RowListModel.h"

#include "core/office/Records.h"
#include "core/template/Template.h"

#include <QString>
#include <QStringList>

/** One row per top-level grade question of the return's template. */
class PanelGradeListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        QuestionRole = Qt::UserRole + 1, //!< the grade question's name
        SectionRole,                     //!< its section's title
        LabelRole,                       //!< its label
        AgencyGradeRole,                 //!< the agency's own grade, as a label ("" when not graded)
        PanelGradeRole,                  //!< the panel's grade as a choice name ("" when not moderated)
        PanelLabelRole,                  //!< the panel's grade as a label
        ChoiceNamesRole,                 //!< "" (not moderated), then the scale's choice names, best first
        ChoiceLabelsRole,                //!< "Panel: not moderated", then the scale's labels
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    /** Shows @p opened's grades against @p templ, with the panel's @p panel grades for it. */
    void show(const maqa::core::office::OpenedReturn &opened, const maqa::core::Template &templ,
              const std::vector<maqa::core::office::PanelGrade> &panel);
    /** Empties the list. */
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString question;
        QString section;
        QString label;
        QString agencyGrade;
        QString panelGrade;
        QString panelLabel;
        QStringList names;
        QStringList labels;
        bool operator==(const Row &) const = default;
    };
    std::vector<Row> m_rows;
};
