// The returns the office holds for the current audit, one row per return at its latest revision, with its review
// state. Reading this list shows metadata only (case, agency, times), so it is not an opening and is not logged.
#pragma once

#include "app/models/office/RowListModel.h"

#include <QString>

class OfficeSession;

/** Returns of the current audit, by case then agency. */
class OfficeReturnListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        RevisionRole,    //!< the latest revision held
        CaseCodeRole,    //!< pseudonymous case code
        AgencyRole,      //!< agency slug
        AgencyNameRole,  //!< agency name
        SubmittedRole,   //!< when the practitioner submitted it, as text
        ReviewStateRole, //!< "not_reviewed", "received", "has_issues", "approved"
        ReviewLabelRole, //!< the state in words
        CommentRole,     //!< the office's comment with has_issues
        ToSendRole,      //!< the review waits to be sent to the server
    };
    Q_ENUM(Role)

    /** Rows over @p office's current audit. */
    explicit OfficeReturnListModel(OfficeSession *office, QObject *parent = nullptr);

    /** Brings the rows in line with the store. */
    void refresh();
    /** The words for review state @p state. */
    static QString reviewLabel(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString uuid;
        int revision = 1;
        QString caseCode;
        QString agency;
        QString submitted;
        QString reviewState;
        QString comment;
        bool toSend = false;
        bool operator==(const Row &) const = default;
    };
    OfficeSession *m_office;
    std::vector<Row> m_rows;
};
