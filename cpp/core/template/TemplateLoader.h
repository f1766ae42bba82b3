// Loading a template from JSON text: every problem is listed (file, question path, what is wrong), never just the
// first; limits keep hostile input cheap. The app, the CLI (`maqa-cli template check`), the office and the server use
// it.
#pragma once

#include "core/template/Template.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::core {

/** One thing wrong with a template. */
struct TemplateProblem
{
    std::string source;  //!< the file or name the text came from
    std::string path;    //!< where: "sections[2].questions[4] (escalation_used)", "version", "(document)"
    std::string message; //!< what: "relevant: unknown reference ${disagreemnt}"
    /** "FILE: path: problem", the one-line form the CLI prints. */
    std::string line() const { return source + ": " + path + ": " + message; }
};

/** Bounds on what a template may contain (docs/templates.md, "Limits"). */
struct TemplateLimits
{
    std::size_t maxBytes = 1024 * 1024;     //!< size of the JSON text
    int maxJsonDepth = 16;                  //!< nesting of JSON objects and arrays
    int maxQuestions = 2000;                //!< questions, notes, calculations and repeat fields together
    int maxSections = 100;                  //!< sections
    int maxChoiceLists = 100;               //!< the template's own choice lists
    int maxChoices = 500;                   //!< choices in one list
    std::size_t maxTextLength = 4000;       //!< labels, hints, messages, titles
    std::size_t maxExpressionLength = 2000; //!< characters of one expression
    int maxExpressionDepth = 48;            //!< nesting inside one expression
    int maxEntriesCeiling = 200;            //!< the largest max_entries a repeat may declare
    int maxLengthCeiling = 20000;           //!< the largest max_length a text may declare
    std::size_t maxProblems = 500;          //!< problems listed before the loader stops
};

/** A template, or why there is none. */
struct TemplateLoadResult
{
    std::shared_ptr<const Template> templ; //!< set only when problems is empty
    std::vector<TemplateProblem> problems; //!< in document order, as found
    /** True when the template loaded. */
    bool ok() const { return templ != nullptr; }
};

/** Parses, checks and binds @p jsonText; @p sourceName prefixes every problem. Never throws for bad input. */
TemplateLoadResult loadTemplate(std::string_view jsonText, std::string_view sourceName,
                                const TemplateLimits &limits = {});

/** loadTemplate(), throwing Error(Invalid) with the first problems when the template is not sound. */
std::shared_ptr<const Template> loadTemplateOrThrow(std::string_view jsonText, std::string_view sourceName);

} // namespace maqa::core
