// The enrolment codes issued in this session, each as text and as a QR image to show or print. A code is shown
// once: the server keeps only its hash, and the office keeps it only in memory until Maqa locks.
#pragma once

#include "app/models/office/RowListModel.h"

#include <QImage>
#include <QString>

/** Issued codes, newest first. */
class EnrolCodeListModel : public RowListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1, //!< "ABCD-EFGH-JKMN-PQRS"
        AgencyNameRole,              //!< the agency it enrols a device for
        ExpiresRole,                 //!< when it stops working, as text
        PayloadRole,                 //!< the QR text ("maqa-enrol:<server>#<code>")
        QrSourceRole,                //!< the QR image as a data: URL for an Image
    };
    Q_ENUM(Role)

    using RowListModel::RowListModel;

    /** Adds an issued code at the top; throws Error(Invalid) when the server or code cannot make a QR code. */
    void prepend(const QString &serverUrl, const QString &agency, const QString &code, const QString &expiresAt);
    /** Forgets every code (on lock). */
    void clear();
    /** The QR image of row @p row (null when out of range), for saving as a file. */
    QImage qrImage(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString code;
        QString agencyName;
        QString expires;
        QString payload;
        QString qrSource;
        bool operator==(const Row &) const = default;
    };
    std::vector<Row> m_rows;
};
