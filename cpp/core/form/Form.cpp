// Form's public operations (see Form.h): path-addressed writes and queries over the engine in FormState.h.
// Every write validates first and changes nothing when it throws.
#include "core/form/Form.h"

#include "core/crypto/Sodium.h"
#include "core/form/AnswerValues.h"
#include "core/form/FormState.h"
#include "core/util/Error.h"

#include <algorithm>

namespace maqa::core {

using form::Entry;
using form::State;

Form::Form(std::shared_ptr<const Template> templ, std::shared_ptr<const expr::Clock> clock)
    : Form(std::move(templ), std::move(clock), nullptr)
{}

Form::Form(std::shared_ptr<const Template> templ, std::shared_ptr<const expr::Clock> clock,
           const nlohmann::json *answers)
    : m_state(std::make_unique<State>(std::move(templ), std::move(clock)))
{
    if (answers) {
        form::loadAnswers(*m_state, *answers);
    }
    m_state->queueEverything();
    m_state->run(nullptr);
}

Form Form::fromJson(std::shared_ptr<const Template> templ, const nlohmann::json &answers,
                    std::shared_ptr<const expr::Clock> clock)
{
    return Form(std::move(templ), std::move(clock), &answers);
}

Form Form::fromRows(std::shared_ptr<const Template> templ, const std::vector<AnswerRow> &rows,
                    std::shared_ptr<const expr::Clock> clock)
{
    const nlohmann::json answers = rowsToAnswers(*templ, rows);
    return Form(std::move(templ), std::move(clock), &answers);
}

Form::Form(Form &&) noexcept = default;
Form &Form::operator=(Form &&) noexcept = default;
Form::~Form() = default;

const Template &Form::templ() const
{
    return *m_state->templ;
}

std::shared_ptr<const Template> Form::sharedTemplate() const
{
    return m_state->templ;
}

const expr::Clock &Form::clock() const
{
    return *m_state->clock;
}

FormChanges Form::set(std::string_view path, const nlohmann::json &value)
{
    const form::Target target = m_state->resolve(path);
    const Question &q = *target.question;
    if (q.type == QuestionType::Repeat) {
        throw Error(ErrorKind::Invalid, "'" + q.name + "' is a repeating group: add or remove entries instead.");
    }
    nlohmann::json normalized = normalizeAnswer(*m_state->templ, q, value);
    form::Cell &cell = m_state->cell(target);
    if (normalized == cell.answer) {
        return {};
    }
    cell.answer = std::move(normalized);
    std::map<std::string, FormChange> changes;
    const std::string own = m_state->pathOf(q, target.entry);
    changes[own].path = own;
    changes[own].value = true;
    m_state->queueValue(q.index, target.entry ? target.entry->serial : -1);
    m_state->queueCheck(q.index, target.entry ? target.entry->serial : -1);
    m_state->run(&changes);
    return State::collect(changes);
}

FormChanges Form::clear(std::string_view path)
{
    return set(path, nlohmann::json());
}

EntryAdded Form::addEntry(std::string_view groupName)
{
    const Question &group = m_state->groupNamed(groupName);
    auto &entries = m_state->groups[static_cast<std::size_t>(group.index)];
    if (static_cast<int>(entries.size()) >= group.maxEntries) {
        throw Error(ErrorKind::Refused, "\u201c" + group.label + "\u201d already has the most entries it allows (" +
                                            std::to_string(group.maxEntries) + ").");
    }
    Entry entry;
    entry.id = form::newEntryId(entries);
    entry.serial = m_state->nextSerial++;
    entry.cells.resize(group.fields.size());
    entries.push_back(std::move(entry));
    std::map<std::string, FormChange> changes;
    changes[group.name].path = group.name;
    changes[group.name].value = true;
    m_state->queueEntry(group, entries.back().serial);
    const std::string id = entries.back().id;
    m_state->run(&changes);
    return {id, State::collect(changes)};
}

FormChanges Form::removeEntry(std::string_view groupName, std::string_view id)
{
    const Question &group = m_state->groupNamed(groupName);
    auto &entries = m_state->groups[static_cast<std::size_t>(group.index)];
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.id == id; });
    if (it == entries.end()) {
        throw Error(ErrorKind::NotFound, "'" + group.name + "' has no entry '" + std::string(id) + "'.");
    }
    entries.erase(it);
    std::map<std::string, FormChange> changes;
    changes[group.name].path = group.name;
    changes[group.name].value = true;
    // The count changes, and every aggregate over the group's fields also reads the group (the loader makes sure),
    // so re-evaluating the group reaches everything the removed answers fed.
    m_state->queueValue(group.index, -1);
    m_state->run(&changes);
    return State::collect(changes);
}

FormChanges Form::moveEntry(std::string_view groupName, std::string_view id, int index)
{
    const Question &group = m_state->groupNamed(groupName);
    auto &entries = m_state->groups[static_cast<std::size_t>(group.index)];
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.id == id; });
    if (it == entries.end()) {
        throw Error(ErrorKind::NotFound, "'" + group.name + "' has no entry '" + std::string(id) + "'.");
    }
    if (index < 0 || index >= static_cast<int>(entries.size())) {
        throw Error(ErrorKind::Invalid, "An entry of '" + group.name + "' can move to positions 1 to " +
                                            std::to_string(entries.size()) + " only.");
    }
    const auto from = static_cast<std::size_t>(it - entries.begin());
    const auto to = static_cast<std::size_t>(index);
    if (from == to) {
        return {};
    }
    Entry moving = std::move(entries[from]);
    entries.erase(entries.begin() + static_cast<long>(from));
    entries.insert(entries.begin() + static_cast<long>(to), std::move(moving));
    FormChange change;
    change.path = group.name;
    change.value = true; // only the order changed: no expression reads the order
    return {change};
}

std::vector<std::string> Form::entryIds(std::string_view groupName) const
{
    const Question &group = m_state->groupNamed(groupName);
    std::vector<std::string> ids;
    for (const Entry &e : m_state->groups[static_cast<std::size_t>(group.index)]) {
        ids.push_back(e.id);
    }
    return ids;
}

nlohmann::json Form::value(std::string_view path) const
{
    const form::Target target = m_state->resolve(path);
    const Question &q = *target.question;
    if (q.type == QuestionType::Repeat) {
        return entryIds(q.name);
    }
    const form::Cell &cell = m_state->cell(target);
    return q.type == QuestionType::Calculate ? valueToJson(cell.value) : cell.answer;
}

bool Form::isRelevant(std::string_view path) const
{
    return m_state->cell(m_state->resolve(path)).relevant;
}

bool Form::isRequired(std::string_view path) const
{
    return m_state->cell(m_state->resolve(path)).required;
}

std::string Form::validationMessage(std::string_view path) const
{
    return m_state->cell(m_state->resolve(path)).message;
}

bool Form::isSectionRelevant(int section) const
{
    if (section < 0 || section >= static_cast<int>(m_state->sectionRelevant.size())) {
        throw Error(ErrorKind::NotFound, "This form has no section " + std::to_string(section + 1) + ".");
    }
    return m_state->sectionRelevant[static_cast<std::size_t>(section)].truthy();
}

FormChanges Form::reevaluate()
{
    std::map<std::string, FormChange> changes;
    m_state->queueEverything();
    m_state->run(&changes);
    return State::collect(changes);
}

std::uint64_t Form::evaluationCount() const
{
    return m_state->evaluations;
}

namespace form {

std::string newEntryId(const std::vector<Entry> &entries)
{
    // 8 characters from a 32-letter alphabet without look-alikes: 40 bits, plenty within one group.
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    for (;;) {
        const Bytes random = randomBytes(8);
        std::string id;
        for (std::uint8_t b : random) {
            id += alphabet[b % 32];
        }
        if (std::none_of(entries.begin(), entries.end(), [&](const Entry &e) { return e.id == id; })) {
            return id;
        }
    }
}

} // namespace form

} // namespace maqa::core
