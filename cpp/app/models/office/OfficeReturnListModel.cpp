// Rows of the office's returns (see OfficeReturnListModel.h): the store lists every revision; the newest of each
// return is the row, and a review change updates that row alone.
#include "app/models/office/OfficeReturnListModel.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "app/models/office/OfficeText.h"
#include "store/office/OfficeReturnRepository.h"
#include "store/office/OfficeStore.h"
#include "store/office/ReviewRepository.h"

#include <algorithm>

OfficeReturnListModel::OfficeReturnListModel(OfficeSession *office, QObject *parent)
    : RowListModel(parent)
    , m_office(office)
{
    connect(office, &OfficeSession::currentAuditChanged, this, &OfficeReturnListModel::refresh);
    connect(office->officeSignals(), &OfficeSignals::returnsWereOpened, this, &OfficeReturnListModel::refresh);
    connect(office->officeSignals(), &OfficeSignals::reviewWasChanged, this, &OfficeReturnListModel::refresh);
}

QString OfficeReturnListModel::reviewLabel(const QString &state)
{
    if (state == QLatin1String("received")) {
        return tr("Received");
    }
    if (state == QLatin1String("has_issues")) {
        return tr("Has issues — sent back");
    }
    if (state == QLatin1String("approved")) {
        return tr("Approved");
    }
    return tr("Not reviewed");
}

void OfficeReturnListModel::refresh()
{
    std::vector<Row> fresh;
    auto *store = m_office->office();
    if (store && !m_office->currentAuditId().isEmpty()) {
        const std::string auditId = m_office->currentAuditId().toStdString();
        for (const auto &record : store->returns().list(auditId)) {
            const auto &meta = record.meta;
            const QString uuid = QString::fromStdString(meta.ref.uuid);
            auto same = std::find_if(fresh.begin(), fresh.end(), [&](const Row &r) { return r.uuid == uuid; });
            if (same != fresh.end() && same->revision >= meta.ref.revision) {
                continue;
            }
            Row row{uuid,
                    meta.ref.revision,
                    QString::fromStdString(meta.caseCode),
                    QString::fromStdString(meta.agency),
                    readableTime(meta.submittedAt),
                    QStringLiteral("not_reviewed"),
                    {},
                    false};
            if (const auto review = store->reviews().review(meta.ref)) {
                row.reviewState = QString::fromStdString(std::string(toString(review->review.state)));
                row.comment = QString::fromStdString(review->review.comment);
                row.toSend = review->toSend;
            }
            if (same != fresh.end()) {
                *same = std::move(row);
            } else {
                fresh.push_back(std::move(row));
            }
        }
    }
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.uuid; });
}

int OfficeReturnListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OfficeReturnListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case UuidRole:
        return row.uuid;
    case RevisionRole:
        return row.revision;
    case CaseCodeRole:
        return row.caseCode;
    case AgencyRole:
        return row.agency;
    case AgencyNameRole:
        return agencyLabel(row.agency.toStdString());
    case SubmittedRole:
        return row.submitted;
    case ReviewStateRole:
        return row.reviewState;
    case ReviewLabelRole:
        return reviewLabel(row.reviewState);
    case CommentRole:
        return row.comment;
    case ToSendRole:
        return row.toSend;
    default:
        return {};
    }
}

QHash<int, QByteArray> OfficeReturnListModel::roleNames() const
{
    return {{UuidRole, "uuid"},
            {RevisionRole, "revision"},
            {CaseCodeRole, "caseCode"},
            {AgencyRole, "agency"},
            {AgencyNameRole, "agencyName"},
            {SubmittedRole, "submitted"},
            {ReviewStateRole, "reviewState"},
            {ReviewLabelRole, "reviewLabel"},
            {CommentRole, "comment"},
            {ToSendRole, "toSend"}};
}
