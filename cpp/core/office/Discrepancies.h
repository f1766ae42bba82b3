// Discrepancies between agencies on the same case: for each question the template marks `shared`, the agencies
// whose answers contradict, listed with both sides (agency, answer, and the `<question>_evidence` text).
//
// The rule, by question type (a side that is unanswered, empty or "na" is never compared):
//  - yes_no: yes against no is a contradiction; partly against yes or no is a partial disagreement.
//  - single choice (select_one, grade): different choices contradict.
//  - agencies: if one agency lists the other but the other's own answer does not list itself, that contradicts
//    ("we shared the minutes with police" / police's record does not show them); other differences are partial.
//  - other multiple choice: different sets are a partial disagreement.
//  - numbers, dates and times (calculations included): different values are a partial disagreement.
//  - text: never compared; free text differs by nature.
// Returns of the same agency are not compared with each other.
#pragma once

#include "core/office/AnswerIndex.h"
#include "core/office/Records.h"
#include "core/template/Template.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace maqa::core::office {

/** How strongly two answers disagree (ordered: a contradiction is stronger). */
enum class Disagreement { Partial, Contradiction };

/** "partial", "contradiction". */
std::string_view toString(Disagreement strength);

/** One agency's side of a discrepancy. */
struct DiscrepancySide
{
    std::string agency;   //!< agency slug
    ReturnRef ref;        //!< the return it comes from
    std::string answer;   //!< the answer as people read it (choice labels)
    std::string evidence; //!< the `<question>_evidence` answer of that return, or ""
};

/** Two sides that disagree: indices into Discrepancy::sides. */
struct Conflict
{
    std::size_t first = 0;
    std::size_t second = 0;
    Disagreement strength = Disagreement::Partial;
};

/** The agencies' disagreement on one shared question of one case. */
struct Discrepancy
{
    std::string caseCode;
    std::string question;                          //!< the question's name
    std::string label;                             //!< its label
    std::string section;                           //!< its section's title
    Disagreement strength = Disagreement::Partial; //!< the strongest conflict
    std::vector<DiscrepancySide> sides;            //!< every agency that gave a comparable answer, in @p latest's order
    std::vector<Conflict> conflicts;               //!< the pairs that disagree
};

/** How @p a and @p b (answers of @p q by agencies @p agencyA and @p agencyB) disagree, if they do. */
std::optional<Disagreement> compareAnswers(const Question &q, const nlohmann::json &a, const std::string &agencyA,
                                           const nlohmann::json &b, const std::string &agencyB);

/** Every discrepancy among @p latest (latest revisions), by case code then template order. */
std::vector<Discrepancy> discrepancies(const Template &templ, std::span<const OpenedReturn *const> latest);
/** discrepancies() over an AnswerIndex of @p latest already built. */
std::vector<Discrepancy> discrepancies(const Template &templ, std::span<const OpenedReturn *const> latest,
                                       const AnswerIndex &index);

} // namespace maqa::core::office
