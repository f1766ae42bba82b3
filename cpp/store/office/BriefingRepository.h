// Each audit's briefing (structured sections as JSON) and its action plan. Every RAG status an action takes is
// appended to a dated history the database refuses to rewrite, so the subgroup can see progress over time.
#pragma once

#include "core/office/ActionPlan.h"
#include "core/office/Briefing.h"
#include "store/office/OfficeObserver.h"

#include <optional>
#include <string>
#include <vector>

namespace maqa::store {
class Store;
}

namespace maqa::store::office {

/** Reads and writes briefings and action plans. Owned by the OfficeStore. */
class BriefingRepository
{
public:
    BriefingRepository(Store &store, OfficeNotifier &notifier);

    /** Saves @p briefing as its audit's briefing (replacing the previous one). Logged "briefing.saved". */
    void saveBriefing(const core::office::Briefing &briefing, const std::string &actor);
    /** The briefing of @p auditId, if one was saved. */
    std::optional<core::office::Briefing> briefing(const std::string &auditId);

    /**
     * Adds @p item at the end of its audit's plan, giving it a new id; its first RAG status opens the history.
     * Throws Error(Invalid) as validateAction() does. Returns the stored item.
     */
    core::office::ActionItem addAction(core::office::ActionItem item, const std::string &actor);
    /**
     * Updates an action (matched by id); a changed RAG status is appended to the history with @p note.
     * Throws Error(NotFound) for an unknown id, Error(Invalid) as validateAction() does.
     */
    void updateAction(const core::office::ActionItem &item, const std::string &actor, const std::string &note = {});
    /** Removes an action from the plan (its RAG history stays). */
    void removeAction(const std::string &actionId, const std::string &actor);
    /** The plan of @p auditId, in order. */
    std::vector<core::office::ActionItem> actions(const std::string &auditId);
    /** Every RAG status action @p actionId has had, oldest first. */
    std::vector<core::office::RagChange> ragHistory(const std::string &actionId);

private:
    Store &m_store;
    OfficeNotifier &m_notifier;
};

} // namespace maqa::store::office
