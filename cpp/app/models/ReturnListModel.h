// Recent returns that are not a case of an assignment: Day-in-the-Life observations and practice audits, newest
// first. A new draft is one inserted row, a change one updated row, a discarded draft one removed row.
#pragma once

#include "store/repos/Records.h"

#include <QAbstractListModel>

#include <functional>
#include <vector>

class SessionController;

/** The home page's "recent" list. */
class ReturnListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of rows.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        RevisionRole,
        KindRole,
        TitleRole, //!< the template's title
        CaseCodeRole,
        StateRole,
        StateLabelRole,
        ProgressRole,
        UpdatedRole, //!< "26 Nov 2026 14:30"
        ReviewCommentRole,
    };
    Q_ENUM(Role)

    /** Rows over @p session's store; @p titleOf names a template id. */
    ReturnListModel(SessionController *session, std::function<QString(const QString &)> titleOf,
                    QObject *parent = nullptr);

    /** Re-reads the list. */
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    bool belongsHere(const maqa::store::ReturnRecord &record);
    int rowOf(const QString &uuid) const;
    void added(const QString &uuid);
    void changed(const QString &uuid);
    void removed(const QString &uuid);

    SessionController *m_session;
    std::function<QString(const QString &)> m_titleOf;
    std::vector<maqa::store::ReturnRecord> m_rows;
};
