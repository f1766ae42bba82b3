// Opened returns in SQLCipher (see OfficeReturnRepository.h). Answers are stored as the JSON text of the normalised
// answers; reading many parses them on every core, since parsing dominates loading an audit's returns.
#include "store/office/OfficeReturnRepository.h"

#include "core/office/Parallel.h"
#include "core/util/Error.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/repos/LogRepository.h"

using maqa::core::Error;
using maqa::core::ErrorKind;
using maqa::core::office::OpenedReturn;
using maqa::core::office::ReturnRef;

namespace maqa::store::office {

namespace {

constexpr const char *kMetaColumns = "uuid, revision, audit_id, case_code, agency, template_id, template_version, "
                                     "kind, device_id, key_id, created_at, submitted_at";

core::office::ReturnMeta readMeta(const Statement &s)
{
    core::office::ReturnMeta m;
    m.ref = {s.text(0), static_cast<int>(s.integer(1))};
    m.auditId = s.text(2);
    m.caseCode = s.text(3);
    m.agency = s.text(4);
    m.templateId = s.text(5);
    m.templateVersion = static_cast<int>(s.integer(6));
    m.kind = s.text(7);
    m.deviceId = s.text(8);
    m.keyId = s.text(9);
    m.createdAt = s.text(10);
    m.submittedAt = s.text(11);
    return m;
}

/** Parses stored answers; a row that does not parse is damage, reported with the revision it belongs to. */
nlohmann::json parseAnswers(const std::string &text, const ReturnRef &ref)
{
    nlohmann::json answers = nlohmann::json::parse(text, nullptr, false);
    if (!answers.is_object()) {
        throw Error(ErrorKind::Corrupt, "The stored answers of return " + ref.text() + " are damaged.");
    }
    return answers;
}

} // namespace

OfficeReturnRepository::OfficeReturnRepository(Store &store, OfficeNotifier &notifier)
    : m_store(store)
    , m_notifier(notifier)
{}

std::vector<ReturnRef> OfficeReturnRepository::addOpened(std::span<const OpenedReturn> opened, const std::string &actor)
{
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    std::vector<ReturnRef> added;
    Transaction tx(db);
    Statement insert = db.prepare(std::string("INSERT OR IGNORE INTO office_returns(") + kMetaColumns +
                                  ", answers, note, opened_at, opened_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const OpenedReturn &r : opened) {
        const core::office::ReturnMeta &m = r.meta;
        insert.bind(1, m.ref.uuid)
            .bind(2, m.ref.revision)
            .bind(3, m.auditId)
            .bind(4, m.caseCode)
            .bind(5, m.agency)
            .bind(6, m.templateId)
            .bind(7, m.templateVersion)
            .bind(8, m.kind)
            .bind(9, m.deviceId)
            .bind(10, m.keyId)
            .bind(11, m.createdAt)
            .bind(12, m.submittedAt)
            .bind(13, r.answers.dump())
            .bind(14, r.note)
            .bind(15, now)
            .bind(16, actor)
            .run();
        if (db.changes() == 1) {
            appendLog(db, now, actor, "return.opened", m.ref.text(), m.auditId);
            added.push_back(m.ref);
        }
    }
    tx.commit();
    if (!added.empty()) {
        m_notifier.notify([&](OfficeObserver &o) { o.returnsOpened(added); });
    }
    return added;
}

std::vector<OpenedRecord> OfficeReturnRepository::list(const std::string &auditId)
{
    Statement s = m_store.database().prepare(std::string("SELECT ") + kMetaColumns +
                                             ", opened_at, opened_by FROM office_returns WHERE audit_id=? "
                                             "ORDER BY case_code, agency, submitted_at, uuid, revision");
    s.bind(1, auditId);
    std::vector<OpenedRecord> out;
    while (s.step()) {
        out.push_back({readMeta(s), s.integer(12), s.text(13)});
    }
    return out;
}

std::vector<OpenedReturn> OfficeReturnRepository::latestForAudit(const std::string &auditId, const std::string &actor)
{
    Database &db = m_store.database();
    Statement s = db.prepare(std::string("SELECT ") + kMetaColumns +
                             ", answers, note FROM office_returns r WHERE audit_id=? AND revision = "
                             "(SELECT max(revision) FROM office_returns WHERE uuid=r.uuid) "
                             "ORDER BY case_code, agency, submitted_at, uuid");
    s.bind(1, auditId);
    std::vector<OpenedReturn> out;
    std::vector<std::string> texts;
    while (s.step()) {
        out.push_back({readMeta(s), nlohmann::json::object(), s.text(13)});
        texts.push_back(s.text(12));
    }
    core::office::parallelFor(out.size(), 0,
                              [&](std::size_t i) { out[i].answers = parseAnswers(texts[i], out[i].meta.ref); });
    appendLog(db, m_store.now(), actor, "returns.read", auditId, std::to_string(out.size()) + " returns");
    return out;
}

std::optional<OpenedReturn> OfficeReturnRepository::get(const ReturnRef &ref, const std::string &actor)
{
    Database &db = m_store.database();
    Statement s = db.prepare(std::string("SELECT ") + kMetaColumns +
                             ", answers, note FROM office_returns WHERE uuid=? AND revision=?");
    s.bind(1, ref.uuid).bind(2, ref.revision);
    if (!s.step()) {
        return std::nullopt;
    }
    OpenedReturn r{readMeta(s), parseAnswers(s.text(12), ref), s.text(13)};
    appendLog(db, m_store.now(), actor, "return.viewed", ref.text(), r.meta.auditId);
    return r;
}

std::vector<int> OfficeReturnRepository::revisions(const std::string &uuid)
{
    Statement s = m_store.database().prepare("SELECT revision FROM office_returns WHERE uuid=? ORDER BY revision");
    s.bind(1, uuid);
    std::vector<int> out;
    while (s.step()) {
        out.push_back(static_cast<int>(s.integer(0)));
    }
    return out;
}

long long OfficeReturnRepository::count()
{
    return m_store.database().scalarInt("SELECT count(*) FROM office_returns");
}

} // namespace maqa::store::office
