// Assignments and their case samples in SQLCipher (see AssignmentRepository.h).
// Cases keep the office's order (position), which is the order practitioners see.
#include "store/repos/AssignmentRepository.h"

#include "store/db/Database.h"
#include "store/db/Statement.h"

namespace maqa::store {

namespace {
constexpr const char *kColumns =
    "audit_id, title, theme, period, due_date, agency, template_id, template_version, body FROM assignments";

AssignmentRecord readAssignment(const Statement &s)
{
    AssignmentRecord a;
    a.auditId = s.text(0);
    a.title = s.text(1);
    a.theme = s.text(2);
    a.period = s.text(3);
    a.dueDate = s.text(4);
    a.agency = s.text(5);
    a.templateId = s.text(6);
    a.templateVersion = static_cast<int>(s.integer(7));
    a.body = s.text(8);
    return a;
}
} // namespace

AssignmentRepository::AssignmentRepository(Database &db, StoreNotifier &notifier, core::Clock clock)
    : m_db(db)
    , m_notifier(notifier)
    , m_clock(std::move(clock))
{}

void AssignmentRepository::replaceAll(const std::vector<AssignmentRecord> &assignments)
{
    const core::Millis now = m_clock();
    Transaction tx(m_db);
    m_db.exec("DELETE FROM assignments");
    Statement insert = m_db.prepare("INSERT INTO assignments(audit_id, title, theme, period, due_date, agency, "
                                    "template_id, template_version, body, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)");
    Statement insertCase =
        m_db.prepare("INSERT INTO assignment_cases(audit_id, case_code, age_band, needs, position) VALUES(?,?,?,?,?)");
    for (const AssignmentRecord &a : assignments) {
        insert.bind(1, a.auditId)
            .bind(2, a.title)
            .bind(3, a.theme)
            .bind(4, a.period)
            .bind(5, a.dueDate)
            .bind(6, a.agency)
            .bind(7, a.templateId)
            .bind(8, a.templateVersion)
            .bind(9, a.body)
            .bind(10, now)
            .run();
        int position = 0;
        for (const AssignmentCase &c : a.cases) {
            insertCase.bind(1, a.auditId).bind(2, c.code).bind(3, c.ageBand).bind(4, c.needs).bind(5, position++).run();
        }
    }
    tx.commit();
    m_notifier.notify([](StoreObserver &o) { o.assignmentsChanged(); });
}

std::vector<AssignmentRecord> AssignmentRepository::list()
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns + " ORDER BY due_date, title");
    std::vector<AssignmentRecord> out;
    while (s.step()) {
        out.push_back(readAssignment(s));
    }
    for (AssignmentRecord &a : out) {
        a.cases = casesOf(a.auditId);
    }
    return out;
}

std::optional<AssignmentRecord> AssignmentRepository::find(const std::string &auditId)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kColumns + " WHERE audit_id=?");
    s.bind(1, auditId);
    if (!s.step()) {
        return std::nullopt;
    }
    AssignmentRecord a = readAssignment(s);
    a.cases = casesOf(a.auditId);
    return a;
}

std::vector<AssignmentCase> AssignmentRepository::casesOf(const std::string &auditId)
{
    Statement s =
        m_db.prepare("SELECT case_code, age_band, needs FROM assignment_cases WHERE audit_id=? ORDER BY position");
    s.bind(1, auditId);
    std::vector<AssignmentCase> out;
    while (s.step()) {
        out.push_back({s.text(0), s.text(1), s.text(2)});
    }
    return out;
}

} // namespace maqa::store
