// Conversion between a return's answers (one JSON object) and the store's rows (one per path), so an autosave
// writes one small row. Paths: "name", "group" (the ordered entry ids), "group/<entryId>/name".
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace maqa::core {

class Template;

/** One stored answer. */
struct AnswerRow
{
    std::string path;     //!< "name", "group" or "group/<entryId>/name"
    nlohmann::json value; //!< the answer; for "group" the array of entry ids; null means "delete the row"
};

/** The rows of @p answers (an answers object as in docs/architecture.md). Null answers give no row. */
std::vector<AnswerRow> answersToRows(const nlohmann::json &answers);
/**
 * The answers object of @p rows. Repeat groups are recognised through @p t. Field rows of an entry that is not in
 * its group's row are ignored: removing an entry only has to rewrite the group row. Throws Error(Invalid) on a
 * malformed path.
 */
nlohmann::json rowsToAnswers(const Template &t, const std::vector<AnswerRow> &rows);

} // namespace maqa::core
