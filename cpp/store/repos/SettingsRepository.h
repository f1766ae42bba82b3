// Device settings kept inside the encrypted store: enrolment, the device's keys, the server, the office policy,
// and small UI state. String values; JSON where a setting is structured.
#pragma once

#include "store/StoreObserver.h"

#include <optional>
#include <string>

namespace maqa::store {

class Database;

/** Key/value settings. Owned by the Store. */
class SettingsRepository
{
public:
    SettingsRepository(Database &db, StoreNotifier &notifier);
    /** The value of @p key, if set. */
    std::optional<std::string> get(const std::string &key);
    /** The value of @p key, or @p fallback. */
    std::string value(const std::string &key, const std::string &fallback = {});
    /** Sets @p key (committed at once). */
    void set(const std::string &key, const std::string &value);
    /** Removes @p key. */
    void remove(const std::string &key);

private:
    Database &m_db;
    StoreNotifier &m_notifier;
};

} // namespace maqa::store
