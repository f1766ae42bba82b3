// The statements the briefing is drafted from: free-text answers of questions the template tags as findings
// (worry, good practice, learning), each with where it came from. The briefing never quotes other case text.
#pragma once

#include "core/office/AnswerIndex.h"
#include "core/office/Records.h"
#include "core/template/Template.h"

#include <span>
#include <string>
#include <vector>

namespace maqa::core::office {

/**
 * One curated statement and its source. The source is an index into the returns it was found in (Analysis::latest),
 * whose metadata gives case, agency and revision: thousands of returns make hundreds of thousands of statements,
 * so a statement carries no copies of what its return already holds.
 */
struct FindingStatement
{
    Finding kind = Finding::Learning; //!< worry, good practice or learning
    std::string text;                 //!< the answer, trimmed
    std::size_t source = 0;           //!< index of its return in the returns searched
    int question = -1;                //!< index of its question in Template::questions
    std::string path;                 //!< the answer's path ("name", or "group/<entryId>/name" in a repeat entry)
};

/** "worry", "good_practice", "learning" ("" for None). */
std::string_view toString(Finding kind);

/** Every non-empty finding answer in @p latest, in @p latest's order then template order. */
std::vector<FindingStatement> findings(const Template &templ, std::span<const OpenedReturn *const> latest);
/** findings() over an AnswerIndex of @p latest already built. */
std::vector<FindingStatement> findings(const Template &templ, std::span<const OpenedReturn *const> latest,
                                       const AnswerIndex &index);

} // namespace maqa::core::office
