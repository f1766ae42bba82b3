// Outbox rows (see OutboxListModel.h): removals, updates and appends are signalled row by row, so the page keeps
// its scroll position while the sync engine works through the queue.
#include "app/models/OutboxListModel.h"

#include "app/controllers/SessionController.h"
#include "app/controllers/StoreSignals.h"
#include "store/Store.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

OutboxListModel::OutboxListModel(SessionController *session, std::function<QString(const QString &)> titleOf,
                                 QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_titleOf(std::move(titleOf))
{
    connect(session, &SessionController::storeOpened, this, &OutboxListModel::sync);
    connect(session->storeSignals(), &StoreSignals::storeAvailabilityChanged, this, &OutboxListModel::sync);
    connect(session->storeSignals(), &StoreSignals::outboxWasChanged, this, &OutboxListModel::sync);
}

void OutboxListModel::sync()
{
    std::vector<maqa::store::OutboxItem> fresh;
    if (m_session->store()) {
        fresh = m_session->store()->outbox().all();
    }
    auto sameKey = [](const maqa::store::OutboxItem &a, const maqa::store::OutboxItem &b) { return a.key == b.key; };
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const bool kept =
            std::any_of(fresh.begin(), fresh.end(), [&](const auto &f) { return sameKey(f, m_rows[i].item); });
        if (!kept) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    for (const auto &item : fresh) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return sameKey(r.item, item); });
        if (it != m_rows.end()) {
            const bool moved = it->item.state != item.state || it->item.attempts != item.attempts ||
                               it->item.lastError != item.lastError;
            it->item = item;
            if (moved) {
                const int row = int(it - m_rows.begin());
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        Row row{item, {}, {}};
        if (const auto record = m_session->store()->returns().find(item.key)) {
            row.caseCode = QString::fromStdString(record->caseCode);
            row.templateId = QString::fromStdString(record->templateId);
        }
        beginInsertRows({}, rowCount(), rowCount());
        m_rows.push_back(std::move(row));
        endInsertRows();
    }
    emit countChanged();
}

int OutboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OutboxListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[index.row()];
    const auto &item = row.item;
    switch (role) {
    case UuidRole:
        return QString::fromStdString(item.key.uuid);
    case RevisionRole:
        return item.key.revision;
    case CaseCodeRole:
        return row.caseCode;
    case TitleRole:
        return m_titleOf(row.templateId);
    case StateRole:
        return QString::fromStdString(maqa::store::toString(item.state));
    case StateLabelRole:
        switch (item.state) {
        case maqa::store::OutboxState::Queued:
            return tr("Waiting to be sealed and sent");
        case maqa::store::OutboxState::Sealed:
            return tr("Sealed, waiting to be sent");
        case maqa::store::OutboxState::Delivered:
            return tr("Delivered to the office");
        case maqa::store::OutboxState::Failed:
            return tr("Refused — needs attention");
        }
        return {};
    case AttemptsRole:
        return item.attempts;
    case LastErrorRole:
        return item.lastError ? QString::fromStdString(*item.lastError) : QString();
    case QueuedRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.queuedAt), QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxListModel::roleNames() const
{
    return {{UuidRole, "uuid"},         {RevisionRole, "revision"},   {CaseCodeRole, "caseCode"},
            {TitleRole, "title"},       {StateRole, "state"},         {StateLabelRole, "stateLabel"},
            {AttemptsRole, "attempts"}, {LastErrorRole, "lastError"}, {QueuedRole, "queued"}};
}
