// Audits and progress in SQLCipher (see OfficeAuditRepository.h). Cases and agencies keep the office's order
// through a position column, which is the order of the completeness matrix's rows and columns.
#include "store/office/OfficeAuditRepository.h"

#include "core/util/Error.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"

using maqa::core::Error;
using maqa::core::ErrorKind;
using maqa::core::office::AuditInfo;
using maqa::core::office::DraftProgress;

namespace maqa::store::office {

namespace {
constexpr const char *kAuditColumns =
    "audit_id, title, theme, period, due_date, template_id, template_version, created_at FROM office_audits";
}

OfficeAuditRepository::OfficeAuditRepository(Store &store, OfficeNotifier &notifier)
    : m_store(store)
    , m_notifier(notifier)
{}

void OfficeAuditRepository::save(const AuditInfo &a)
{
    if (a.auditId.empty()) {
        throw Error(ErrorKind::Invalid, "An audit needs its id from the server before the office can keep it.");
    }
    Database &db = m_store.database();
    Transaction tx(db);
    db.prepare("DELETE FROM office_audits WHERE audit_id=?").bind(1, a.auditId).run(); // cascades to its lists
    db.prepare("INSERT INTO office_audits(audit_id, title, theme, period, due_date, template_id, template_version, "
               "created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?)")
        .bind(1, a.auditId)
        .bind(2, a.title)
        .bind(3, a.theme)
        .bind(4, a.period)
        .bind(5, a.dueDate)
        .bind(6, a.templateId)
        .bind(7, a.templateVersion)
        .bind(8, a.createdAt)
        .bind(9, m_store.now())
        .run();
    Statement insertCase = db.prepare(
        "INSERT OR IGNORE INTO office_audit_cases(audit_id, case_code, age_band, needs, position) VALUES(?,?,?,?,?)");
    int position = 0;
    for (const core::office::CaseInfo &c : a.cases) {
        insertCase.bind(1, a.auditId).bind(2, c.code).bind(3, c.ageBand).bind(4, c.needs).bind(5, position++).run();
    }
    Statement insertAgency =
        db.prepare("INSERT OR IGNORE INTO office_audit_agencies(audit_id, agency, position) VALUES(?,?,?)");
    position = 0;
    for (const std::string &agency : a.agencies) {
        insertAgency.bind(1, a.auditId).bind(2, agency).bind(3, position++).run();
    }
    tx.commit();
    m_notifier.notify([](OfficeObserver &o) { o.auditsChanged(); });
}

std::vector<AuditInfo> OfficeAuditRepository::list()
{
    Statement s = m_store.database().prepare(std::string("SELECT audit_id FROM office_audits ORDER BY due_date DESC, "
                                                         "title"));
    std::vector<std::string> ids;
    while (s.step()) {
        ids.push_back(s.text(0));
    }
    std::vector<AuditInfo> out;
    for (const std::string &id : ids) {
        if (auto a = find(id)) {
            out.push_back(std::move(*a));
        }
    }
    return out;
}

std::optional<AuditInfo> OfficeAuditRepository::find(const std::string &auditId)
{
    Database &db = m_store.database();
    Statement s = db.prepare(std::string("SELECT ") + kAuditColumns + " WHERE audit_id=?");
    s.bind(1, auditId);
    if (!s.step()) {
        return std::nullopt;
    }
    AuditInfo a;
    a.auditId = s.text(0);
    a.title = s.text(1);
    a.theme = s.text(2);
    a.period = s.text(3);
    a.dueDate = s.text(4);
    a.templateId = s.text(5);
    a.templateVersion = static_cast<int>(s.integer(6));
    a.createdAt = s.text(7);
    Statement cases =
        db.prepare("SELECT case_code, age_band, needs FROM office_audit_cases WHERE audit_id=? ORDER BY position");
    cases.bind(1, auditId);
    while (cases.step()) {
        a.cases.push_back({cases.text(0), cases.text(1), cases.text(2)});
    }
    Statement agencies = db.prepare("SELECT agency FROM office_audit_agencies WHERE audit_id=? ORDER BY position");
    agencies.bind(1, auditId);
    while (agencies.step()) {
        a.agencies.push_back(agencies.text(0));
    }
    return a;
}

void OfficeAuditRepository::replaceProgress(std::span<const DraftProgress> drafts)
{
    Database &db = m_store.database();
    Transaction tx(db);
    db.exec("DELETE FROM office_progress");
    Statement insert = db.prepare("INSERT OR REPLACE INTO office_progress(device_id, return_uuid, audit_id, case_code, "
                                  "agency, device_name, answered, total, updated_at) VALUES(?,?,?,?,?,?,?,?,?)");
    for (const DraftProgress &d : drafts) {
        insert.bind(1, d.deviceId)
            .bind(2, d.returnUuid)
            .bind(3, d.auditId)
            .bind(4, d.caseCode)
            .bind(5, d.agency)
            .bind(6, d.deviceName)
            .bind(7, d.answered)
            .bind(8, d.total)
            .bind(9, d.updatedAt)
            .run();
    }
    tx.commit();
    m_notifier.notify([](OfficeObserver &o) { o.progressChanged(); });
}

std::vector<DraftProgress> OfficeAuditRepository::progress(const std::string &auditId)
{
    Statement s = m_store.database().prepare(
        "SELECT audit_id, case_code, agency, device_id, device_name, return_uuid, answered, total, updated_at "
        "FROM office_progress WHERE audit_id=? ORDER BY case_code, agency, device_id");
    s.bind(1, auditId);
    std::vector<DraftProgress> out;
    while (s.step()) {
        out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), static_cast<int>(s.integer(6)),
                       static_cast<int>(s.integer(7)), s.text(8)});
    }
    return out;
}

} // namespace maqa::store::office
