// Answers object ↔ store rows (see AnswerRows.h). The group row carries the entry order, so reordering entries
// rewrites one row and removing an entry leaves only ignorable field rows behind.
#include "core/form/AnswerRows.h"

#include "core/form/AnswerValues.h"
#include "core/template/Template.h"
#include "core/util/Error.h"

#include <map>

namespace maqa::core {

using nlohmann::json;

namespace {
bool isRepeatValue(const json &value)
{
    if (!value.is_array() || value.empty()) {
        return false;
    }
    for (const json &item : value) {
        if (!item.is_object()) {
            return false;
        }
    }
    return true;
}
} // namespace

std::vector<AnswerRow> answersToRows(const json &answers)
{
    std::vector<AnswerRow> rows;
    if (!answers.is_object()) {
        throw Error(ErrorKind::Invalid, "Answers must be a JSON object.");
    }
    for (const auto &[name, value] : answers.items()) {
        if (value.is_null()) {
            continue;
        }
        if (!isRepeatValue(value)) {
            rows.push_back({name, value});
            continue;
        }
        json ids = json::array();
        for (const json &entry : value) {
            const auto id = entry.find("_id");
            if (id == entry.end() || !id->is_string() || !isEntryId(id->get<std::string>())) {
                throw Error(ErrorKind::Invalid, "Each entry of '" + name + "' needs an \"_id\".");
            }
            ids.push_back(*id);
            for (const auto &[field, answer] : entry.items()) {
                if (field != "_id" && !answer.is_null()) {
                    rows.push_back({name + "/" + id->get<std::string>() + "/" + field, answer});
                }
            }
        }
        rows.push_back({name, std::move(ids)});
    }
    return rows;
}

json rowsToAnswers(const Template &t, const std::vector<AnswerRow> &rows)
{
    json answers = json::object();
    std::map<std::string, std::map<std::string, json>> fieldsByEntry; // "group/id" → field → answer
    for (const AnswerRow &row : rows) {
        const std::size_t first = row.path.find('/');
        if (first == std::string::npos) {
            continue;
        }
        const std::size_t second = row.path.find('/', first + 1);
        if (second == std::string::npos || row.path.find('/', second + 1) != std::string::npos) {
            throw Error(ErrorKind::Invalid, "The stored answer path '" + row.path + "' is malformed.");
        }
        fieldsByEntry[row.path.substr(0, second)][row.path.substr(second + 1)] = row.value;
    }
    for (const AnswerRow &row : rows) {
        if (row.path.find('/') != std::string::npos || row.value.is_null()) {
            continue;
        }
        const Question *q = t.find(row.path);
        if (!q || q->type != QuestionType::Repeat) {
            answers[row.path] = row.value;
            continue;
        }
        if (!row.value.is_array()) {
            throw Error(ErrorKind::Invalid, "The stored entry list of '" + row.path + "' is not a list.");
        }
        json entries = json::array();
        for (const json &id : row.value) {
            if (!id.is_string()) {
                throw Error(ErrorKind::Invalid, "The stored entry list of '" + row.path + "' has a bad id.");
            }
            json entry = {{"_id", id}};
            for (const auto &[field, answer] : fieldsByEntry[row.path + "/" + id.get<std::string>()]) {
                entry[field] = answer;
            }
            entries.push_back(std::move(entry));
        }
        if (!entries.empty()) {
            answers[row.path] = std::move(entries);
        }
    }
    return answers;
}

} // namespace maqa::core
