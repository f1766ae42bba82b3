// Counting across returns: grade distributions per graded part and per agency (the agency's own grade, the panel's
// agreed grade, and the final one), theme tag counts, and the live-risk flags raised.
#pragma once

#include "core/office/AnswerIndex.h"
#include "core/office/Records.h"
#include "core/template/Template.h"

#include <span>
#include <string>
#include <vector>

namespace maqa::core::office {

/** Counts per grade choice, indexed like GradeTable::grades. */
struct GradeCounts
{
    std::vector<int> own;    //!< the agencies' own grades
    std::vector<int> agreed; //!< the panel's agreed grades, where the panel moderated
    std::vector<int> final;  //!< the agreed grade where there is one, else the agency's own
    int notGraded = 0;       //!< returns without a grade for this part (section missing, hidden or unanswered)
    int moderated = 0;       //!< returns with a panel grade for this part
    int changed = 0;         //!< of those, where the panel disagreed with the agency
};

/** The distribution of one grade question: one graded part of the template. */
struct GradeTable
{
    std::string question;                //!< the grade question's name
    std::string label;                   //!< its label
    std::string section;                 //!< its section's title
    std::vector<Choice> grades;          //!< the scale, best first as the template lists it
    GradeCounts total;                   //!< across all agencies
    std::vector<std::string> agencies;   //!< agencies with returns, in the audit's order then any others
    std::vector<GradeCounts> byAgency;   //!< parallel to agencies
    std::vector<std::string> mostCommon; //!< the most frequent final grade(s): several when tied, none when empty
};

/** How many returns named one theme. */
struct ThemeCount
{
    std::string name;  //!< the theme's choice name
    std::string label; //!< its label
    int count = 0;     //!< returns naming it
};

/** A return that flags a child at risk now. */
struct LiveRiskFlag
{
    ReturnRef ref;
    std::string caseCode;
    std::string agency;
};

/**
 * One table per grade question of @p templ, in template order, over @p latest. @p panel holds the panel's grades;
 * only those for the revisions in @p latest count. @p agencyOrder orders the per-agency columns.
 */
std::vector<GradeTable> gradeDistributions(const Template &templ, std::span<const OpenedReturn *const> latest,
                                           std::span<const PanelGrade> panel,
                                           std::span<const std::string> agencyOrder = {});
/** gradeDistributions() over an AnswerIndex of @p latest already built. */
std::vector<GradeTable> gradeDistributions(const Template &templ, std::span<const OpenedReturn *const> latest,
                                           const AnswerIndex &index, std::span<const PanelGrade> panel,
                                           std::span<const std::string> agencyOrder = {});

/** Counts of every theme of every themes question, in the template's choice order (zero counts included). */
std::vector<ThemeCount> themeCounts(const Template &templ, std::span<const OpenedReturn *const> latest);
/** themeCounts() over an AnswerIndex of the returns already built. */
std::vector<ThemeCount> themeCounts(const Template &templ, const AnswerIndex &index);

/** Every return whose live-risk question is answered yes, in @p latest's order. */
std::vector<LiveRiskFlag> liveRiskFlags(const Template &templ, std::span<const OpenedReturn *const> latest);
/** liveRiskFlags() over an AnswerIndex of @p latest already built. */
std::vector<LiveRiskFlag> liveRiskFlags(const Template &templ, std::span<const OpenedReturn *const> latest,
                                        const AnswerIndex &index);

/**
 * Throws Error(Invalid) with a sentence unless @p grade names a top-level grade question of @p templ and one of its
 * scale's choices (an empty grade, which clears the panel's grade, is accepted). The app checks before storing.
 */
void validatePanelGrade(const Template &templ, const PanelGrade &grade);

/** The grade question whose distribution sums up an agency's return: "overall_grade" if present, else the last. */
const GradeTable *overallGrade(const std::vector<GradeTable> &tables);

} // namespace maqa::core::office
