// Returns the office could not accept, each with its reason in plain words: shown in full, never hidden, so the
// office can ask the agency to resend or the server's administrator to check the device.
#pragma once

#include "app/models/office/RowListModel.h"

#include <QString>

class OfficeSession;

/** Quarantined envelopes, oldest first. */
class QuarantineListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CaseCodeRole,   //!< what the envelope claimed (it may be false)
        AgencyNameRole, //!< what the envelope claimed
        ReasonRole,     //!< a short phrase: "signature does not verify"
        MessageRole,    //!< the whole sentence
        WhenRole,       //!< when it was quarantined, as text
    };
    Q_ENUM(Role)

    /** Rows of @p office's quarantine. */
    explicit QuarantineListModel(OfficeSession *office, QObject *parent = nullptr);

    /** Brings the rows in line with the store. */
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString caseCode;
        QString agency;
        QString reason;
        QString message;
        QString when;
        bool operator==(const Row &) const = default;
    };
    OfficeSession *m_office;
    std::vector<Row> m_rows;
};
