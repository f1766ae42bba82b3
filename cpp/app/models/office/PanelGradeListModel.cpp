// Grade rows of the return being read (see PanelGradeListModel.h): a changed panel grade updates its row alone.
#include "app/models/office/PanelGradeListModel.h"

#include "core/office/AnswerText.h"

void PanelGradeListModel::show(const maqa::core::office::OpenedReturn &opened, const maqa::core::Template &templ,
                               const std::vector<maqa::core::office::PanelGrade> &panel)
{
    std::vector<Row> fresh;
    for (const maqa::core::Question &q : templ.questions) {
        if (q.type != maqa::core::QuestionType::Grade || q.inRepeat()) {
            continue;
        }
        Row row;
        row.question = QString::fromStdString(q.name);
        row.section = q.section >= 0 ? QString::fromStdString(templ.sections[std::size_t(q.section)].title) : QString();
        row.label = QString::fromStdString(q.label);
        if (opened.answers.contains(q.name)) {
            row.agencyGrade = QString::fromStdString(maqa::core::office::answerText(templ, q, opened.answers[q.name]));
        }
        for (const auto &grade : panel) {
            if (grade.ref == opened.meta.ref && grade.question == q.name) {
                row.panelGrade = QString::fromStdString(grade.grade);
                row.panelLabel = QString::fromStdString(maqa::core::office::choiceLabel(templ, q, grade.grade));
            }
        }
        row.names << QString(); // choosing it clears the panel's grade
        row.labels << tr("Panel: not moderated");
        if (const maqa::core::ChoiceList *choices = templ.choicesOf(q)) {
            for (const maqa::core::Choice &choice : choices->choices) {
                row.names << QString::fromStdString(choice.name);
                row.labels << QString::fromStdString(choice.label);
            }
        }
        fresh.push_back(std::move(row));
    }
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.question; });
}

void PanelGradeListModel::clear()
{
    syncRows(m_rows, {}, [](const Row &r) { return r.question; });
}

int PanelGradeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PanelGradeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case QuestionRole:
        return row.question;
    case SectionRole:
        return row.section;
    case LabelRole:
        return row.label;
    case AgencyGradeRole:
        return row.agencyGrade;
    case PanelGradeRole:
        return row.panelGrade;
    case PanelLabelRole:
        return row.panelLabel;
    case ChoiceNamesRole:
        return row.names;
    case ChoiceLabelsRole:
        return row.labels;
    default:
        return {};
    }
}

QHash<int, QByteArray> PanelGradeListModel::roleNames() const
{
    return {{QuestionRole, "question"},       {SectionRole, "section"},          {LabelRole, "label"},
            {AgencyGradeRole, "agencyGrade"}, {PanelGradeRole, "panelGrade"},    {PanelLabelRole, "panelLabel"},
            {ChoiceNamesRole, "choiceNames"}, {ChoiceLabelsRole, "choiceLabels"}};
}
