// What stops a submit: every shown required question without an answer and every answer that breaks its
// constraint, in document order, so the practitioner can tap one and go there.
#pragma once

#include <QAbstractListModel>

#include <vector>

/** The submit refusal's list. */
class IssueListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of issues.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { PathRole = Qt::UserRole + 1, LabelRole, SectionRole, SectionIndexRole, MessageRole };
    Q_ENUM(Role)

    /** One row. */
    struct Issue
    {
        QString path;
        QString label;
        QString section;
        int sectionIndex = 0;
        QString message;
    };

    explicit IssueListModel(QObject *parent = nullptr);

    /** Replaces the list. */
    void setIssues(std::vector<Issue> issues);
    /** The issues, for the CLI and tests. */
    const std::vector<Issue> &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<Issue> m_issues;
};
