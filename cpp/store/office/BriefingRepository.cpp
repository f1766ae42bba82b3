// Briefings and action plans in SQLCipher (see BriefingRepository.h). The briefing is one JSON document per audit,
// as the editor saves it whole; actions are rows, so one can change without rewriting the plan.
#include "store/office/BriefingRepository.h"

#include "core/util/Error.h"
#include "core/util/Uuid.h"
#include "store/Store.h"
#include "store/db/Database.h"
#include "store/db/Statement.h"
#include "store/repos/LogRepository.h"

using maqa::core::Error;
using maqa::core::ErrorKind;
using maqa::core::office::ActionItem;
using maqa::core::office::Rag;

namespace maqa::store::office {

namespace {

constexpr const char *kActionColumns =
    "id, audit_id, action, finding, owner, lead, due_date, rag, evidence, reaudit_date FROM office_actions";

Rag ragOf(const std::string &text)
{
    const auto rag = core::office::ragFrom(text);
    if (!rag) {
        throw Error(ErrorKind::Corrupt, "An action has an unknown RAG status; the store is damaged.");
    }
    return *rag;
}

ActionItem readAction(const Statement &s)
{
    ActionItem a;
    a.id = s.text(0);
    a.auditId = s.text(1);
    a.action = s.text(2);
    a.finding = s.text(3);
    a.owner = s.text(4);
    a.lead = s.text(5);
    a.dueDate = s.text(6);
    a.rag = ragOf(s.text(7));
    a.evidence = s.text(8);
    a.reauditDate = s.text(9);
    return a;
}

void appendRag(Database &db, const std::string &actionId, Rag rag, core::Millis at, const std::string &by,
               const std::string &note)
{
    db.prepare("INSERT INTO office_action_rag(action_id, rag, at, changed_by, note) VALUES(?,?,?,?,?)")
        .bind(1, actionId)
        .bind(2, toString(rag))
        .bind(3, at)
        .bind(4, by)
        .bind(5, note)
        .run();
}

} // namespace

BriefingRepository::BriefingRepository(Store &store, OfficeNotifier &notifier)
    : m_store(store)
    , m_notifier(notifier)
{}

void BriefingRepository::saveBriefing(const core::office::Briefing &briefing, const std::string &actor)
{
    if (briefing.auditId.empty()) {
        throw Error(ErrorKind::Invalid, "A briefing must belong to an audit.");
    }
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    Transaction tx(db);
    db.prepare("INSERT OR REPLACE INTO office_briefings(audit_id, body, updated_at, updated_by) VALUES(?,?,?,?)")
        .bind(1, briefing.auditId)
        .bind(2, toJson(briefing).dump())
        .bind(3, now)
        .bind(4, actor)
        .run();
    appendLog(db, now, actor, "briefing.saved", briefing.auditId, "");
    tx.commit();
    m_notifier.notify([&](OfficeObserver &o) { o.briefingChanged(briefing.auditId); });
}

std::optional<core::office::Briefing> BriefingRepository::briefing(const std::string &auditId)
{
    Statement s = m_store.database().prepare("SELECT body FROM office_briefings WHERE audit_id=?");
    s.bind(1, auditId);
    if (!s.step()) {
        return std::nullopt;
    }
    const nlohmann::json body = nlohmann::json::parse(s.text(0), nullptr, false);
    return core::office::briefingFromJson(body);
}

ActionItem BriefingRepository::addAction(ActionItem item, const std::string &actor)
{
    core::office::validateAction(item);
    if (item.auditId.empty()) {
        throw Error(ErrorKind::Invalid, "An action must belong to an audit's plan.");
    }
    item.id = core::newUuid();
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    Transaction tx(db);
    Statement last = db.prepare("SELECT coalesce(max(position), -1) + 1 FROM office_actions WHERE audit_id=?");
    last.bind(1, item.auditId);
    last.step();
    const std::int64_t position = last.integer(0);
    last.reset();
    db.prepare("INSERT INTO office_actions(id, audit_id, position, action, finding, owner, lead, due_date, rag, "
               "evidence, reaudit_date, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, item.id)
        .bind(2, item.auditId)
        .bind(3, position)
        .bind(4, item.action)
        .bind(5, item.finding)
        .bind(6, item.owner)
        .bind(7, item.lead)
        .bind(8, item.dueDate)
        .bind(9, toString(item.rag))
        .bind(10, item.evidence)
        .bind(11, item.reauditDate)
        .bind(12, now)
        .bind(13, now)
        .run();
    appendRag(db, item.id, item.rag, now, actor, "added");
    appendLog(db, now, actor, "action.added", item.id, item.auditId);
    tx.commit();
    m_notifier.notify([&](OfficeObserver &o) { o.actionsChanged(item.auditId); });
    return item;
}

void BriefingRepository::updateAction(const ActionItem &item, const std::string &actor, const std::string &note)
{
    core::office::validateAction(item);
    Database &db = m_store.database();
    const core::Millis now = m_store.now();
    Transaction tx(db);
    Statement current = db.prepare(std::string("SELECT ") + kActionColumns + " WHERE id=?");
    current.bind(1, item.id);
    if (!current.step()) {
        throw Error(ErrorKind::NotFound, "That action is no longer in the plan.");
    }
    const ActionItem before = readAction(current);
    current.reset();
    db.prepare("UPDATE office_actions SET action=?, finding=?, owner=?, lead=?, due_date=?, rag=?, evidence=?, "
               "reaudit_date=?, updated_at=? WHERE id=?")
        .bind(1, item.action)
        .bind(2, item.finding)
        .bind(3, item.owner)
        .bind(4, item.lead)
        .bind(5, item.dueDate)
        .bind(6, toString(item.rag))
        .bind(7, item.evidence)
        .bind(8, item.reauditDate)
        .bind(9, now)
        .bind(10, item.id)
        .run();
    if (before.rag != item.rag) {
        appendRag(db, item.id, item.rag, now, actor, note);
    }
    appendLog(db, now, actor, "action.updated", item.id, std::string(toString(item.rag)));
    tx.commit();
    m_notifier.notify([&](OfficeObserver &o) { o.actionsChanged(before.auditId); });
}

void BriefingRepository::removeAction(const std::string &actionId, const std::string &actor)
{
    Database &db = m_store.database();
    Transaction tx(db);
    Statement current = db.prepare("SELECT audit_id FROM office_actions WHERE id=?");
    current.bind(1, actionId);
    if (!current.step()) {
        throw Error(ErrorKind::NotFound, "That action is no longer in the plan.");
    }
    const std::string auditId = current.text(0);
    current.reset();
    db.prepare("DELETE FROM office_actions WHERE id=?").bind(1, actionId).run();
    appendLog(db, m_store.now(), actor, "action.removed", actionId, auditId);
    tx.commit();
    m_notifier.notify([&](OfficeObserver &o) { o.actionsChanged(auditId); });
}

std::vector<ActionItem> BriefingRepository::actions(const std::string &auditId)
{
    Statement s =
        m_store.database().prepare(std::string("SELECT ") + kActionColumns + " WHERE audit_id=? ORDER BY position");
    s.bind(1, auditId);
    std::vector<ActionItem> out;
    while (s.step()) {
        out.push_back(readAction(s));
    }
    return out;
}

std::vector<core::office::RagChange> BriefingRepository::ragHistory(const std::string &actionId)
{
    Statement s = m_store.database().prepare(
        "SELECT action_id, rag, at, changed_by, note FROM office_action_rag WHERE action_id=? ORDER BY id");
    s.bind(1, actionId);
    std::vector<core::office::RagChange> out;
    while (s.step()) {
        out.push_back({s.text(0), ragOf(s.text(1)), s.integer(2), s.text(3), s.text(4)});
    }
    return out;
}

} // namespace maqa::store::office
