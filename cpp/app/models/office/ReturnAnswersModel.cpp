// Laying out an opened return (see ReturnAnswersModel.h). Answers were normalised when the return was opened, so
// hidden questions are already gone; what is left is shown in the template's order.
#include "app/models/office/ReturnAnswersModel.h"

#include "core/office/AnswerText.h"

namespace {
QString repeatText(const maqa::core::Template &templ, const maqa::core::Question &group, const nlohmann::json &entries)
{
    QStringList lines;
    int n = 0;
    for (const auto &entry : entries) {
        ++n;
        QStringList parts;
        for (int field : group.fields) {
            const maqa::core::Question &q = templ.questions[std::size_t(field)];
            if (entry.is_object() && entry.contains(q.name)) {
                const std::string text = maqa::core::office::answerText(templ, q, entry[q.name]);
                if (!text.empty()) {
                    parts << QString::fromStdString(q.label + ": " + text);
                }
            }
        }
        lines << QStringLiteral("[%1] %2").arg(n).arg(parts.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void ReturnAnswersModel::show(const maqa::core::office::OpenedReturn &opened, const maqa::core::Template &templ)
{
    beginResetModel();
    m_rows.clear();
    for (const maqa::core::Section &section : templ.sections) {
        const QString title = QString::fromStdString(section.title);
        const std::size_t before = m_rows.size();
        for (int index : section.questions) {
            const maqa::core::Question &q = templ.questions[std::size_t(index)];
            if (q.type == maqa::core::QuestionType::Note || !opened.answers.contains(q.name)) {
                continue;
            }
            const nlohmann::json &value = opened.answers[q.name];
            const QString answer = q.type == maqa::core::QuestionType::Repeat && value.is_array()
                                       ? repeatText(templ, q, value)
                                       : QString::fromStdString(maqa::core::office::answerText(templ, q, value));
            if (!answer.isEmpty()) {
                m_rows.push_back({title, QString::fromStdString(q.label), answer, QString::fromStdString(q.name)});
            }
        }
        if (m_rows.size() == before) {
            m_rows.push_back({title, {}, tr("Nothing answered in this section."), {}});
        }
    }
    endResetModel();
    emit countChanged();
}

void ReturnAnswersModel::clear()
{
    if (m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

int ReturnAnswersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReturnAnswersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case SectionRole:
        return row.section;
    case LabelRole:
        return row.label;
    case AnswerRole:
        return row.answer;
    case NameRole:
        return row.name;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReturnAnswersModel::roleNames() const
{
    return {{SectionRole, "section"}, {LabelRole, "label"}, {AnswerRole, "answer"}, {NameRole, "name"}};
}
