// Audits assigned to this device's agency, with their case samples, as last pulled from the office.
// A pull replaces the whole set in one transaction; drafts refer to audits by id and are never touched.
#pragma once

#include "store/repos/Records.h"

#include <optional>
#include <vector>

namespace maqa::store {

class Database;

/** Reads and replaces assignments. Owned by the Store. */
class AssignmentRepository
{
public:
    AssignmentRepository(Database &db, StoreNotifier &notifier, core::Clock clock);
    /** Replaces every assignment with @p assignments, atomically. */
    void replaceAll(const std::vector<AssignmentRecord> &assignments);
    /** Every assignment with its cases, by due date then title. */
    std::vector<AssignmentRecord> list();
    /** One assignment. */
    std::optional<AssignmentRecord> find(const std::string &auditId);

private:
    std::vector<AssignmentCase> casesOf(const std::string &auditId);
    Database &m_db;
    StoreNotifier &m_notifier;
    core::Clock m_clock;
};

} // namespace maqa::store
