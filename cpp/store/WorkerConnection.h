// A second connection to an unlocked store's database, for work on one worker thread at a time: the sync engine
// reads, seals and files returns with it off the UI thread. Its repositories announce nothing; the owner does.
#pragma once

#include "core/util/Clock.h"
#include "store/StoreObserver.h"
#include "store/db/Database.h"
#include "store/repos/OutboxRepository.h"
#include "store/repos/ReturnRepository.h"

#include <filesystem>

namespace maqa::store {

/**
 * Opened by Store::openWorkerConnection(). SQLite serialises writers between the two connections (WAL, busy
 * timeout); nothing this connection commits reaches the store's observers, so its owner tells them, on the store's
 * thread, through Store::notifier(). Close it before the store is locked: it holds its own copy of the key.
 */
class WorkerConnection
{
public:
    WorkerConnection(const std::filesystem::path &databaseFile, const core::SecureBytes &key, core::Clock clock);
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    Database &database() { return m_database; }
    ReturnRepository &returns() { return m_returns; }
    OutboxRepository &outbox() { return m_outbox; }

private:
    Database m_database;
    StoreNotifier m_silent; //!< no observers: the connection's owner announces its changes
    ReturnRepository m_returns;
    OutboxRepository m_outbox;
};

} // namespace maqa::store
