// The outbox as a list: each submitted return with its state (waiting, sealed, delivered, failed), attempts and
// last error in plain words. The store says only "the outbox changed", so rows are diffed by key.
#pragma once

#include "store/repos/Records.h"

#include <QAbstractListModel>

#include <functional>
#include <vector>

class SessionController;

/** Outbox items, oldest first. */
class OutboxListModel : public QAbstractListModel
{
    Q_OBJECT
    //! Number of items.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        RevisionRole,
        CaseCodeRole,
        TitleRole,
        StateRole, //!< queued, sealed, delivered, failed
        StateLabelRole,
        AttemptsRole,
        LastErrorRole,
        QueuedRole, //!< when it was submitted, as text
    };
    Q_ENUM(Role)

    /** Items of @p session's store; @p titleOf names a template id. */
    OutboxListModel(SessionController *session, std::function<QString(const QString &)> titleOf,
                    QObject *parent = nullptr);

    /** Brings the rows in line with the store, row by row. */
    void sync();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row
    {
        maqa::store::OutboxItem item;
        QString caseCode;
        QString templateId;
    };
    SessionController *m_session;
    std::function<QString(const QString &)> m_titleOf;
    std::vector<Row> m_rows;
};
