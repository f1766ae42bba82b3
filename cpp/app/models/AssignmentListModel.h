// The audits assigned to this agency, one row per case code (grouped by audit through the auditTitle section
// role), each with the state of its latest return. Fed by the store's signals: a return's change updates one row.
#pragma once

#include "store/repos/Records.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

class SessionController;

/** Case rows of every assignment. */
class AssignmentListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of case rows.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        AuditIdRole = Qt::UserRole + 1,
        AuditTitleRole,
        AuditDetailRole,  //!< theme, period and due date in one line
        AuditHeadingRole, //!< title and detail, one per line: the list's section key
        DueDateRole,
        CaseCodeRole,
        AgeBandRole,
        NeedsRole,
        TemplateIdRole,
        StateRole, //!< returnStateName()
        StateLabelRole,
        ProgressRole,
        ReturnUuidRole, //!< empty when not started
        RevisionRole,
        ReviewCommentRole,
    };
    Q_ENUM(Role)

    explicit AssignmentListModel(SessionController *session, QObject *parent = nullptr);

    /** Re-reads every assignment and return (store opened, assignments pulled). */
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row
    {
        const maqa::store::AssignmentRecord *audit = nullptr;
        const maqa::store::AssignmentCase *item = nullptr;
        std::optional<maqa::store::ReturnRecord> latest;
    };
    void returnTouched(const QString &uuid);

    SessionController *m_session;
    std::vector<maqa::store::AssignmentRecord> m_audits;
    std::vector<Row> m_rows;
};
