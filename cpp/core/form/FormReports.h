// The read-only summaries a form gives the app and the office: validation issues, missing required answers and
// per-section progress. Plain structs, so controllers map them to QML without knowing the engine.
#pragma once

#include <string>

namespace maqa::core {

/** A shown question whose answer needs attention. */
struct ValidationIssue
{
    std::string path;    //!< where
    std::string message; //!< the constraint message, or the required message
};

/** A shown, required question without an answer. */
struct MissingAnswer
{
    std::string path;     //!< where, for navigation
    std::string label;    //!< the question's label
    std::string section;  //!< the section's title
    int sectionIndex = 0; //!< the section's index
};

/** Counts for one section; hidden questions are not counted. */
struct SectionProgress
{
    int section = 0;           //!< index in Template::sections
    std::string name;          //!< the section's name
    std::string title;         //!< the section's title
    bool relevant = true;      //!< false when the whole section is hidden
    int relevantQuestions = 0; //!< shown questions (each repeat entry's fields counted per entry)
    int answered = 0;          //!< shown questions with an answer
    int required = 0;          //!< shown required questions
    int requiredAnswered = 0;  //!< of those, answered
    int invalid = 0;           //!< shown answers that break their constraint
    /** True when every required answer is there and none breaks a constraint. */
    bool complete() const { return requiredAnswered == required && invalid == 0; }
};

} // namespace maqa::core
