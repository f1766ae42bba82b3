// Form's summaries and (de)serialisation: issues, missing answers, progress, toJson/exportJson, rows, and loading
// a saved answers object. Hidden questions are skipped everywhere except toJson(), which keeps them for the draft.
#include "core/form/AnswerValues.h"
#include "core/form/Form.h"
#include "core/form/FormState.h"
#include "core/util/Error.h"

#include <algorithm>
#include <set>

namespace maqa::core {

using form::Cell;
using form::Entry;
using nlohmann::json;

namespace {

// Visits every question instance in document order: top-level questions, then each entry's fields after its group.
template<typename Visit>
void forEachInstance(const form::State &s, Visit &&visit)
{
    for (const Section &section : s.templ->sections) {
        for (int index : section.questions) {
            const Question &q = s.templ->questions[static_cast<std::size_t>(index)];
            visit(q, static_cast<const Entry *>(nullptr), s.top[static_cast<std::size_t>(index)]);
            if (q.type != QuestionType::Repeat) {
                continue;
            }
            for (const Entry &e : s.groups[static_cast<std::size_t>(index)]) {
                for (int field : q.fields) {
                    const Question &f = s.templ->questions[static_cast<std::size_t>(field)];
                    visit(f, &e, e.cells[static_cast<std::size_t>(f.fieldIndex)]);
                }
            }
        }
    }
}

bool counts(const Question &q)
{
    return isAnswerable(q.type) || q.type == QuestionType::Repeat;
}

bool answered(const form::State &s, const Question &q, const Cell &cell)
{
    return q.type == QuestionType::Repeat ? !s.groups[static_cast<std::size_t>(q.index)].empty()
                                          : !cell.answer.is_null();
}

json entryObject(const form::State &s, const Question &group, const Entry &e, bool exported)
{
    json object = {{"_id", e.id}};
    for (int field : group.fields) {
        const Question &f = s.templ->questions[static_cast<std::size_t>(field)];
        const Cell &cell = e.cells[static_cast<std::size_t>(f.fieldIndex)];
        if (exported && !cell.relevant) {
            continue;
        }
        json value = f.type == QuestionType::Calculate ? (exported ? valueToJson(cell.value) : json()) : cell.answer;
        if (!value.is_null()) {
            object[f.name] = std::move(value);
        }
    }
    return object;
}

json answersObject(const form::State &s, bool exported)
{
    json out = json::object();
    for (const Question &q : s.templ->questions) {
        if (q.inRepeat()) {
            continue;
        }
        const Cell &cell = s.top[static_cast<std::size_t>(q.index)];
        if (exported && !cell.relevant) {
            continue;
        }
        if (q.type == QuestionType::Repeat) {
            json entries = json::array();
            for (const Entry &e : s.groups[static_cast<std::size_t>(q.index)]) {
                entries.push_back(entryObject(s, q, e, exported));
            }
            if (!entries.empty()) {
                out[q.name] = std::move(entries);
            }
        } else if (q.type == QuestionType::Calculate) {
            if (exported && !cell.value.isEmpty()) {
                out[q.name] = valueToJson(cell.value);
            }
        } else if (!cell.answer.is_null()) {
            out[q.name] = cell.answer;
        }
    }
    return out;
}

[[noreturn]] void badSave(const std::string &what)
{
    throw Error(ErrorKind::Invalid, "The saved answers cannot be opened: " + what);
}

} // namespace

namespace form {

void loadAnswers(State &s, const json &answers)
{
    if (!answers.is_object()) {
        badSave("they are not a JSON object.");
    }
    const Template &t = *s.templ;
    const std::string which = "template " + t.id + " version " + std::to_string(t.version);
    for (const auto &[key, value] : answers.items()) {
        const Question *q = t.find(key);
        if (!q) {
            badSave("they answer '" + key + "', which " + which + " does not ask.");
        }
        if (value.is_null() || q->type == QuestionType::Calculate) {
            continue; // calculated values are recomputed, never trusted from a file
        }
        if (q->type != QuestionType::Repeat) {
            s.top[static_cast<std::size_t>(q->index)].answer = normalizeAnswer(t, *q, value);
            continue;
        }
        if (!value.is_array() || static_cast<int>(value.size()) > q->maxEntries) {
            badSave("'" + key + "' must be a list of at most " + std::to_string(q->maxEntries) + " entries.");
        }
        auto &entries = s.groups[static_cast<std::size_t>(q->index)];
        for (const json &object : value) {
            const auto id = object.is_object() ? object.find("_id") : object.end();
            if (!object.is_object() || id == object.end() || !id->is_string() || !isEntryId(id->get<std::string>()) ||
                std::any_of(entries.begin(), entries.end(), [&](const Entry &e) { return e.id == *id; })) {
                badSave("each entry of '" + key + "' needs its own \"_id\".");
            }
            Entry entry{id->get<std::string>(), s.nextSerial++, std::vector<Cell>(q->fields.size())};
            for (const auto &[fieldName, fieldValue] : object.items()) {
                if (fieldName == "_id") {
                    continue;
                }
                const Question *field = t.findField(*q, fieldName);
                if (!field) {
                    badSave("they answer '" + key + "/" + fieldName + "', which " + which + " does not ask.");
                }
                if (field->type != QuestionType::Calculate) {
                    entry.cells[static_cast<std::size_t>(field->fieldIndex)].answer =
                        normalizeAnswer(t, *field, fieldValue);
                }
            }
            entries.push_back(std::move(entry));
        }
    }
}

} // namespace form

std::vector<ValidationIssue> Form::validationIssues() const
{
    std::vector<ValidationIssue> issues;
    forEachInstance(*m_state, [&](const Question &q, const Entry *e, const Cell &cell) {
        if (cell.relevant && !cell.message.empty()) {
            issues.push_back({m_state->pathOf(q, e), cell.message});
        }
    });
    return issues;
}

std::vector<MissingAnswer> Form::missingRequired() const
{
    std::vector<MissingAnswer> missing;
    forEachInstance(*m_state, [&](const Question &q, const Entry *e, const Cell &cell) {
        const bool lacking = q.type == QuestionType::Repeat ? !cell.message.empty() : cell.answer.is_null();
        if (cell.relevant && cell.required && lacking) {
            const Section &section = templ().sections[static_cast<std::size_t>(q.section)];
            missing.push_back({m_state->pathOf(q, e), q.label, section.title, q.section});
        }
    });
    return missing;
}

std::vector<SectionProgress> Form::progress() const
{
    std::vector<SectionProgress> out;
    for (std::size_t i = 0; i < templ().sections.size(); ++i) {
        const Section &s = templ().sections[i];
        out.push_back({static_cast<int>(i), s.name, s.title, m_state->sectionRelevant[i].truthy(), 0, 0, 0, 0, 0});
    }
    forEachInstance(*m_state, [&](const Question &q, const Entry *, const Cell &cell) {
        if (!cell.relevant || !counts(q)) {
            return;
        }
        SectionProgress &p = out[static_cast<std::size_t>(q.section)];
        const bool has = answered(*m_state, q, cell);
        ++p.relevantQuestions;
        p.answered += has;
        p.required += cell.required;
        p.requiredAnswered += cell.required && has && (q.type != QuestionType::Repeat || cell.message.empty());
        p.invalid += has && q.type != QuestionType::Repeat && !cell.message.empty();
    });
    return out;
}

double Form::completeness() const
{
    int required = 0, given = 0;
    for (const SectionProgress &p : progress()) {
        required += p.required;
        given += p.requiredAnswered;
    }
    return required == 0 ? 1.0 : static_cast<double>(given) / required;
}

bool Form::isComplete() const
{
    return validationIssues().empty();
}

json Form::toJson() const
{
    return answersObject(*m_state, false);
}

json Form::exportJson() const
{
    return answersObject(*m_state, true);
}

std::vector<AnswerRow> Form::toRows() const
{
    return answersToRows(toJson());
}

AnswerRow Form::row(std::string_view path) const
{
    const form::Target target = m_state->resolve(path);
    if (!isAnswerable(target.question->type) && target.question->type != QuestionType::Repeat) {
        throw Error(ErrorKind::Invalid, "'" + std::string(path) + "' is not stored: it has no answer of its own.");
    }
    return {std::string(path), value(path)};
}

} // namespace maqa::core
