// Drafting a first briefing from an audit's analysis: the most common worries and good practice, the top themes
// with their learning, agencies' contradictions as information-sharing learning, reflection questions and links.
// Short by construction (limits below), so it fits one or two pages; the office then edits it.
#pragma once

#include "core/office/ActionPlan.h"
#include "core/office/Analysis.h"
#include "core/office/Briefing.h"

#include <cstddef>
#include <string>
#include <vector>

namespace maqa::core::office {

/** How much a draft may hold. */
struct BriefingLimits
{
    int statements = 4;               //!< worries, and good practice, each
    int themes = 3;                   //!< themes for learning
    int reflection = 4;               //!< reflection questions
    std::size_t statementChars = 220; //!< longer statements are cut at a word and end with "…"
};

/**
 * Proposes a briefing for @p audit. Worries and good practice are the finding statements named most often (ties:
 * first seen); themes are the tags named most often (ties: template order); when agencies contradict each other,
 * information sharing is always among the themes and "what we found" cites the contradictions.
 */
Briefing draftBriefing(const AuditInfo &audit, const Template &templ, const Analysis &analysis,
                       const BriefingLimits &limits = {});

/** One proposed action per theme of @p briefing, red, owner to be agreed. */
std::vector<ActionItem> proposeActions(const Briefing &briefing);

/** @p text cut to at most @p maxChars characters (UTF-8 code points) at a word boundary, with "…" when cut. */
std::string clipStatement(const std::string &text, std::size_t maxChars);

} // namespace maqa::core::office
