// Section rows (see SectionListModel.h): progress is what the practitioner needs to see to finish, so it counts
// required answers when a section has any, and all shown answers otherwise.
#include "app/models/SectionListModel.h"

namespace {
bool sameCounts(const maqa::core::SectionProgress &a, const maqa::core::SectionProgress &b)
{
    return a.relevant == b.relevant && a.relevantQuestions == b.relevantQuestions && a.answered == b.answered &&
           a.required == b.required && a.requiredAnswered == b.requiredAnswered && a.invalid == b.invalid;
}
} // namespace

SectionListModel::SectionListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SectionListModel::reset(const std::vector<maqa::core::SectionProgress> &sections, int current)
{
    beginResetModel();
    m_sections = sections;
    m_current = current;
    endResetModel();
    emit countChanged();
}

void SectionListModel::refresh(const std::vector<maqa::core::SectionProgress> &sections)
{
    if (sections.size() != m_sections.size()) {
        reset(sections, m_current);
        return;
    }
    for (int i = 0; i < int(sections.size()); ++i) {
        if (!sameCounts(sections[i], m_sections[i])) {
            m_sections[i] = sections[i];
            emit dataChanged(index(i), index(i));
        }
    }
}

void SectionListModel::setCurrent(int current)
{
    if (current == m_current) {
        return;
    }
    const int previous = m_current;
    m_current = current;
    if (previous >= 0 && previous < rowCount()) {
        emit dataChanged(index(previous), index(previous), {CurrentRole});
    }
    if (current >= 0 && current < rowCount()) {
        emit dataChanged(index(current), index(current), {CurrentRole});
    }
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_sections.size())) {
        return {};
    }
    const auto &s = m_sections[index.row()];
    switch (role) {
    case TitleRole:
        return QString::fromStdString(s.title);
    case NameRole:
        return QString::fromStdString(s.name);
    case RelevantRole:
        return s.relevant;
    case AnsweredRole:
        return s.answered;
    case QuestionCountRole:
        return s.relevantQuestions;
    case RequiredCountRole:
        return s.required;
    case RequiredAnsweredRole:
        return s.requiredAnswered;
    case InvalidRole:
        return s.invalid;
    case CompleteRole:
        return s.complete();
    case ProgressRole:
        if (s.required > 0) {
            return double(s.requiredAnswered) / s.required;
        }
        return s.relevantQuestions > 0 ? double(s.answered) / s.relevantQuestions : 1.0;
    case CurrentRole:
        return index.row() == m_current;
    default:
        return {};
    }
}

QHash<int, QByteArray> SectionListModel::roleNames() const
{
    return {{TitleRole, "title"},
            {NameRole, "name"},
            {RelevantRole, "relevant"},
            {AnsweredRole, "answered"},
            {QuestionCountRole, "questionCount"},
            {RequiredCountRole, "requiredCount"},
            {RequiredAnsweredRole, "requiredAnswered"},
            {InvalidRole, "invalid"},
            {CompleteRole, "complete"},
            {ProgressRole, "progress"},
            {CurrentRole, "current"}};
}
