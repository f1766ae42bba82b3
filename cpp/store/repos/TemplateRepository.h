// Template versions kept on the device: shipped ones and those pulled from the office's manifest.
// Old versions stay, so a draft made with version n still opens after version n+1 arrives.
#pragma once

#include "store/repos/Records.h"

#include <optional>
#include <vector>

namespace maqa::store {

class Database;

/** Reads and adds templates. Owned by the Store. */
class TemplateRepository
{
public:
    TemplateRepository(Database &db, StoreNotifier &notifier, core::Clock clock);
    /**
     * Adds a template version. Adding the same id+version with the same sha256 again does nothing; with a different
     * sha256 it throws Error(Refused): a published version never changes.
     */
    void put(const TemplateRecord &record);
    /** One version. */
    std::optional<TemplateRecord> find(const std::string &id, int version);
    /** The highest version of @p id. */
    std::optional<TemplateRecord> latest(const std::string &id);
    /** Every stored version, without bodies (id, version, kind, title, sha256). */
    std::vector<TemplateRecord> list();

private:
    Database &m_db;
    StoreNotifier &m_notifier;
    core::Clock m_clock;
};

} // namespace maqa::store
