// Issued enrolment codes (see EnrolCodeListModel.h); the QR image is drawn once, as a PNG in a data: URL.
#include "app/models/office/EnrolCodeListModel.h"

#include "app/models/office/OfficeText.h"
#include "app/qr/EnrolmentQr.h"

#include <QBuffer>

void EnrolCodeListModel::prepend(const QString &serverUrl, const QString &agency, const QString &code,
                                 const QString &expiresAt)
{
    Row row;
    row.code = code;
    row.agencyName = agencyLabel(agency.toStdString());
    row.expires = readableTime(expiresAt.toStdString());
    row.payload = enrolmentPayload(serverUrl, code);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    qrCodeImage(row.payload, 6).save(&buffer, "PNG");
    row.qrSource = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    auto rows = m_rows;
    rows.insert(rows.begin(), std::move(row));
    syncRows(m_rows, std::move(rows), [](const Row &r) { return r.code; });
}

void EnrolCodeListModel::clear()
{
    syncRows(m_rows, {}, [](const Row &r) { return r.code; });
}

QImage EnrolCodeListModel::qrImage(int row) const
{
    if (row < 0 || row >= int(m_rows.size())) {
        return {};
    }
    return qrCodeImage(m_rows[std::size_t(row)].payload, 10);
}

int EnrolCodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EnrolCodeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case CodeRole:
        return row.code;
    case AgencyNameRole:
        return row.agencyName;
    case ExpiresRole:
        return row.expires;
    case PayloadRole:
        return row.payload;
    case QrSourceRole:
        return row.qrSource;
    default:
        return {};
    }
}

QHash<int, QByteArray> EnrolCodeListModel::roleNames() const
{
    return {{CodeRole, "code"},
            {AgencyNameRole, "agencyName"},
            {ExpiresRole, "expires"},
            {PayloadRole, "payload"},
            {QrSourceRole, "qrSource"}};
}
