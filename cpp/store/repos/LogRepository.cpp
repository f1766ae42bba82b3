// The local append-only log (see LogRepository.h).
// Appends go through one INSERT; reads are newest first for the app's activity view.
#include "store/repos/LogRepository.h"

#include "store/db/Database.h"
#include "store/db/Statement.h"

namespace maqa::store {

void appendLog(Database &db, core::Millis at, const std::string &actor, const std::string &action,
               const std::string &subject, const std::string &detail)
{
    db.prepare("INSERT INTO log(at, actor, action, subject, detail) VALUES(?,?,?,?,?)")
        .bind(1, at)
        .bind(2, actor)
        .bind(3, action)
        .bind(4, subject)
        .bind(5, detail)
        .run();
}

LogRepository::LogRepository(Database &db, core::Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

void LogRepository::append(const std::string &actor, const std::string &action, const std::string &subject,
                           const std::string &detail)
{
    appendLog(m_db, m_clock(), actor, action, subject, detail);
}

std::vector<LogEntry> LogRepository::recent(int limit)
{
    Statement s = m_db.prepare("SELECT id, at, actor, action, subject, detail FROM log ORDER BY id DESC LIMIT ?");
    s.bind(1, limit);
    std::vector<LogEntry> out;
    while (s.step()) {
        out.push_back({s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.text(5)});
    }
    return out;
}

} // namespace maqa::store
