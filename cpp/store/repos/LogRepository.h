// The local append-only log: who did what to which record, and when (submissions, deletions, openings).
// Never holds answer content; the database refuses UPDATE and DELETE on it by trigger.
#pragma once

#include "store/repos/Records.h"

#include <vector>

namespace maqa::store {

class Database;

/** Appends a log line inside the caller's transaction, so the record and its log commit together. */
void appendLog(Database &db, core::Millis at, const std::string &actor, const std::string &action,
               const std::string &subject, const std::string &detail);

/** Reads and appends the local log. */
class LogRepository
{
public:
    LogRepository(Database &db, core::Clock clock);
    /** Appends one line now, in its own transaction. */
    void append(const std::string &actor, const std::string &action, const std::string &subject,
                const std::string &detail = {});
    /** The newest @p limit lines, newest first. */
    std::vector<LogEntry> recent(int limit);

private:
    Database &m_db;
    core::Clock m_clock;
};

} // namespace maqa::store
