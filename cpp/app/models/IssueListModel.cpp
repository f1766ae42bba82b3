// The submit refusal's rows (see IssueListModel.h); replaced whole, because the list is short and read at once.
#include "app/models/IssueListModel.h"

IssueListModel::IssueListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void IssueListModel::setIssues(std::vector<Issue> issues)
{
    beginResetModel();
    const bool countMoved = issues.size() != m_issues.size();
    m_issues = std::move(issues);
    endResetModel();
    if (countMoved) {
        emit countChanged();
    }
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_issues.size())) {
        return {};
    }
    const Issue &i = m_issues[index.row()];
    switch (role) {
    case PathRole:
        return i.path;
    case LabelRole:
        return i.label;
    case SectionRole:
        return i.section;
    case SectionIndexRole:
        return i.sectionIndex;
    case MessageRole:
        return i.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> IssueListModel::roleNames() const
{
    return {{PathRole, "path"},
            {LabelRole, "label"},
            {SectionRole, "section"},
            {SectionIndexRole, "sectionIndex"},
            {MessageRole, "message"}};
}
