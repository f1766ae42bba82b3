// The action plan that follows a briefing: each action with its linked finding, owning agency, lead, due date,
// RAG status, evidence and re-audit date. RAG changes are kept as a dated history so progress can be tracked.
#pragma once

#include "core/util/Clock.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::core::office {

/** Red / amber / green, and complete (blue in most partnership plans). */
enum class Rag { Red, Amber, Green, Complete };

/** "red", "amber", "green", "complete". */
std::string_view toString(Rag rag);
/** The status called @p text, if it is one. */
std::optional<Rag> ragFrom(std::string_view text);
/** "Red", "Amber", "Green", "Complete". */
std::string_view ragLabel(Rag rag);

/** One action. */
struct ActionItem
{
    std::string id;          //!< UUID, made when the action is created
    std::string auditId;     //!< the audit whose briefing it follows
    std::string action;      //!< what will be done
    std::string finding;     //!< the finding or theme it answers
    std::string owner;       //!< owning agency (slug or name)
    std::string lead;        //!< the lead, as a role
    std::string dueDate;     //!< "YYYY-MM-DD" or empty
    Rag rag = Rag::Red;      //!< current status
    std::string evidence;    //!< what shows progress
    std::string reauditDate; //!< "YYYY-MM-DD" or empty
    bool operator==(const ActionItem &) const = default;
};

/** One change of an action's RAG status. */
struct RagChange
{
    std::string actionId;
    Rag rag = Rag::Red;
    Millis at = 0;    //!< when it changed
    std::string by;   //!< who changed it
    std::string note; //!< why, optional
};

/** Throws Error(Invalid) with a sentence when @p item cannot be saved (no action text, a malformed date). */
void validateAction(const ActionItem &item);

/** True for "YYYY-MM-DD" with a real month and day. */
bool isIsoDate(std::string_view text);

} // namespace maqa::core::office
