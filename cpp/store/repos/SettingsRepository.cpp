// Key/value settings in SQLCipher (see SettingsRepository.h).
// INSERT OR REPLACE stands in for UPSERT, which SQLite 3.15 lacks.
#include "store/repos/SettingsRepository.h"

#include "store/db/Database.h"
#include "store/db/Statement.h"

namespace maqa::store {

SettingsRepository::SettingsRepository(Database &db, StoreNotifier &notifier)
    : m_db(db)
    , m_notifier(notifier)
{}

std::optional<std::string> SettingsRepository::get(const std::string &key)
{
    Statement s = m_db.prepare("SELECT value FROM settings WHERE key=?");
    s.bind(1, key);
    return s.step() ? std::optional<std::string>(s.text(0)) : std::nullopt;
}

std::string SettingsRepository::value(const std::string &key, const std::string &fallback)
{
    return get(key).value_or(fallback);
}

void SettingsRepository::set(const std::string &key, const std::string &value)
{
    m_db.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES(?,?)").bind(1, key).bind(2, value).run();
    m_notifier.notify([&](StoreObserver &o) { o.settingChanged(key); });
}

void SettingsRepository::remove(const std::string &key)
{
    m_db.prepare("DELETE FROM settings WHERE key=?").bind(1, key).run();
    m_notifier.notify([&](StoreObserver &o) { o.settingChanged(key); });
}

} // namespace maqa::store
