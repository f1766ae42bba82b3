// The office's key pairs as a list (never their secrets): which is active (new returns are sealed to it), when each
// was made, and whether the server has it. Older keys stay so returns sealed to them still open.
#pragma once

#include "app/models/office/RowListModel.h"

#include <QString>

class OfficeSession;

/** Key pairs, newest first. */
class OfficeKeyListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyIdRole = Qt::UserRole + 1, //!< 16 hex digits
        CreatedRole,                  //!< when it was made, as text
        ActiveRole,                   //!< the key devices seal new returns to
        RegisteredRole,               //!< the server accepted it
    };
    Q_ENUM(Role)

    /** Keys of @p office's store. */
    explicit OfficeKeyListModel(OfficeSession *office, QObject *parent = nullptr);

    /** Brings the rows in line with the store. */
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString keyId;
        QString created;
        bool active = false;
        bool registered = false;
        bool operator==(const Row &) const = default;
    };
    OfficeSession *m_office;
    std::vector<Row> m_rows;
};
