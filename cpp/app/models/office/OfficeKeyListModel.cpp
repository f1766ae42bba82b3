// Office key rows (see OfficeKeyListModel.h), refreshed on every key change.
#include "app/models/office/OfficeKeyListModel.h"

#include "app/controllers/office/OfficeSession.h"
#include "app/controllers/office/OfficeSignals.h"
#include "store/office/OfficeKeyRepository.h"
#include "store/office/OfficeStore.h"

#include <QDateTime>
#include <QLocale>

OfficeKeyListModel::OfficeKeyListModel(OfficeSession *office, QObject *parent)
    : RowListModel(parent)
    , m_office(office)
{
    connect(office, &OfficeSession::availabilityChanged, this, &OfficeKeyListModel::refresh);
    connect(office->officeSignals(), &OfficeSignals::keysWereChanged, this, &OfficeKeyListModel::refresh);
}

void OfficeKeyListModel::refresh()
{
    std::vector<Row> fresh;
    if (auto *store = m_office->office()) {
        for (const auto &key : store->keys().keys()) {
            fresh.push_back({QString::fromStdString(key.keyId),
                             QLocale().toString(QDateTime::fromMSecsSinceEpoch(key.createdAt), QLocale::ShortFormat),
                             key.active, key.registeredAt.has_value()});
        }
    }
    syncRows(m_rows, std::move(fresh), [](const Row &r) { return r.keyId; });
}

int OfficeKeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OfficeKeyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case KeyIdRole:
        return row.keyId;
    case CreatedRole:
        return row.created;
    case ActiveRole:
        return row.active;
    case RegisteredRole:
        return row.registered;
    default:
        return {};
    }
}

QHash<int, QByteArray> OfficeKeyListModel::roleNames() const
{
    return {{KeyIdRole, "keyId"}, {CreatedRole, "created"}, {ActiveRole, "active"}, {RegisteredRole, "registered"}};
}
