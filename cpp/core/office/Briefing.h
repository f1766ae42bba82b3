// The learning briefing as structured data: background and sample, worries, good practice, themes for learning
// (what we found, what needs to happen), reflection questions and links. Drafted from findings, edited by the office,
// stored as JSON (format "maqa-briefing/1") and rendered to HTML and PDF.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace maqa::core::office {

/** One theme for learning. */
struct BriefingTheme
{
    std::string title;             //!< e.g. "Information sharing"
    std::string tag;               //!< the theme's choice name when drafted from one, else ""
    std::string whatWeFound;       //!< a short paragraph
    std::string whatNeedsToHappen; //!< a short paragraph
    bool operator==(const BriefingTheme &) const = default;
};

/** A policy or tool practitioners should know. */
struct BriefingLink
{
    std::string title; //!< what it is
    std::string url;   //!< where; may be empty while the office finds it
    bool operator==(const BriefingLink &) const = default;
};

/** Background and what was looked at. */
struct BriefingBackground
{
    std::string text;                  //!< a short paragraph the office may rewrite
    int cases = 0;                     //!< children in the sample
    int returns = 0;                   //!< returns counted (latest revisions)
    std::vector<std::string> ageBands; //!< e.g. "0-1 (2)"
    std::vector<std::string> needs;    //!< the range of needs
    std::vector<std::string> agencies; //!< names of the agencies taking part
    bool operator==(const BriefingBackground &) const = default;
};

/** The briefing of one audit. */
struct Briefing
{
    std::string auditId;
    std::string title;    //!< e.g. "Early Help: 7-minute briefing"
    std::string subtitle; //!< e.g. the period and the month published
    BriefingBackground background;
    std::vector<std::string> worries;
    std::vector<std::string> goodPractice;
    std::vector<BriefingTheme> themes;
    std::vector<std::string> reflectionQuestions;
    std::vector<BriefingLink> links;
    bool operator==(const Briefing &) const = default;
};

/** The briefing as stored ({"format": "maqa-briefing/1", ...}). */
nlohmann::json toJson(const Briefing &briefing);
/** Reads a stored briefing; throws Error(Corrupt) naming what is wrong. */
Briefing briefingFromJson(const nlohmann::json &json);

/** The headings every rendering uses, in order, so HTML, PDF and tests agree. */
namespace headings {
inline constexpr const char *kBackground = "Background and what we looked at";
inline constexpr const char *kWorries = "What we are worried about";
inline constexpr const char *kGoodPractice = "What good practice we saw";
inline constexpr const char *kThemes = "Themes for learning";
inline constexpr const char *kWhatWeFound = "What we found";
inline constexpr const char *kWhatNeedsToHappen = "What needs to happen";
inline constexpr const char *kReflection = "Questions to reflect on";
inline constexpr const char *kLinks = "Policies and tools";
inline constexpr const char *kActionPlan = "Action plan";
} // namespace headings

} // namespace maqa::core::office
