// Quarantine rows (see QuarantineListModel.h).
#include "app/models/office/QuarantineListModel.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "app/models/office/OfficeText.h"
#include "store/office/OfficeStore.h"
#include "store/office/QuarantineRepository.h"

#include <QDateTime>
#include <QLocale>

QuarantineListModel::QuarantineListModel(OfficeSession *office, QObject *parent)
    : RowListModel(parent)
    , m_office(office)
{
    connect(office, &OfficeSession::availabilityChanged, this, &QuarantineListModel::refresh);
    connect(office->officeSignals(), &OfficeSignals::quarantineWasChanged, this, &QuarantineListModel::refresh);
}

void QuarantineListModel::refresh()
{
    std::vector<Row> fresh;
    if (auto *store = m_office->office()) {
        for (const auto &record : store->quarantine().list()) {
            const std::string_view reason = maqa::core::office::describe(record.reason);
            fresh.push_back(
                {record.id, qstr(record.claimed.caseCode), agencyLabel(record.claimed.agency),
                 QString::fromUtf8(reason.data(), qsizetype(reason.size())), qstr(record.message),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.quarantinedAt), QLocale::ShortFormat)});
        }
    }
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.id; });
}

int QuarantineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuarantineListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case CaseCodeRole:
        return row.caseCode;
    case AgencyNameRole:
        return row.agency;
    case ReasonRole:
        return row.reason;
    case MessageRole:
        return row.message;
    case WhenRole:
        return row.when;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuarantineListModel::roleNames() const
{
    return {{IdRole, "quarantineId"}, {CaseCodeRole, "caseCode"}, {AgencyNameRole, "agencyName"},
            {ReasonRole, "reason"},   {MessageRole, "message"},   {WhenRole, "when"}};
}
