// A second connection to the store's database (see WorkerConnection.h): the same file, key and hardened settings.
#include "store/WorkerConnection.h"

namespace maqa::store {

WorkerConnection::WorkerConnection(const std::filesystem::path &databaseFile, const core::SecureBytes &key,
                                   core::Clock clock)
    : m_database(databaseFile, key, false)
    , m_returns(m_database, m_silent, clock)
    , m_outbox(m_database, m_silent, clock)
{}

} // namespace maqa::store
