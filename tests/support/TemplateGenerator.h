// A generator of realistic templates of any size (sections, mixed types, chained relevance and calculations,
// repeats), for tests and for the 500-question benchmarks of the template engine, the app and the store.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace maqa::test {

/** What to generate. */
struct GeneratedTemplateOptions
{
    int questions = 500;          //!< exact number of questions (fields, notes and calculations included)
    int questionsPerSection = 25; //!< roughly; each section also ends with a grade and a running score
    unsigned seed = 1;            //!< same seed, same template
    std::string id = "generated"; //!< the template id
};

/**
 * A template like the shipped audit but of any size: yes/no questions with evidence shown on "no" or "partly",
 * date pairs with a timeliness calculation, bounded numbers, choices with "other" details, agency selections,
 * one repeat group per few sections with a count, and a score calculation chained through every section.
 */
nlohmann::json generateTemplate(const GeneratedTemplateOptions &options = {});

/** generateTemplate() as JSON text. */
std::string generateTemplateText(const GeneratedTemplateOptions &options = {});

} // namespace maqa::test
