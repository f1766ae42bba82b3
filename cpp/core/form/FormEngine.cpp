// The evaluation engine behind Form: a priority queue keyed by dependency rank re-evaluates exactly the dependants
// of a change, each once, after all of its inputs; checks (required, constraint) run last because nothing reads them.
#include "core/expr/Evaluator.h"
#include "core/form/AnswerValues.h"
#include "core/form/FormState.h"
#include "core/util/Error.h"

#include <algorithm>

namespace maqa::core::form {

using expr::Value;

namespace {

// What one expression sees: answers in scope (the entry's own fields first), aggregates, `.` and the clock.
class FormEnvironment : public expr::Environment
{
public:
    FormEnvironment(const State &state, const Question *question, const Entry *entry, const Value *self)
        : m_state(state)
        , m_question(question)
        , m_entry(entry)
        , m_self(self)
    {}

    Value self() const override { return m_self ? *m_self : Value(); }

    Value reference(int target) const override
    {
        const Question &t = m_state.templ->questions[static_cast<std::size_t>(target)];
        if (t.inRepeat()) {
            const bool sameEntry = m_entry && m_question && m_question->group == t.group;
            return sameEntry ? m_entry->cells[static_cast<std::size_t>(t.fieldIndex)].value : Value();
        }
        return m_state.top[static_cast<std::size_t>(target)].value;
    }

    void collect(int target, expr::RefKind kind, std::vector<Value> &out) const override
    {
        const Question &t = m_state.templ->questions[static_cast<std::size_t>(target)];
        const int group = kind == expr::RefKind::Group ? target : t.group;
        if (!m_state.top[static_cast<std::size_t>(group)].relevant) {
            return; // a hidden repeat counts as no entries
        }
        for (const Entry &e : m_state.groups[static_cast<std::size_t>(group)]) {
            out.push_back(kind == expr::RefKind::Group ? Value::boolean(true)
                                                       : e.cells[static_cast<std::size_t>(t.fieldIndex)].value);
        }
    }

    std::int64_t nowMinutes() const override { return m_state.clock->nowMinutes(); }

private:
    const State &m_state;
    const Question *m_question;
    const Entry *m_entry;
    const Value *m_self;
};

bool holds(const expr::Expression *e, const expr::Environment &env)
{
    return e && e->root && expr::evaluate(*e->root, env).truthy();
}

} // namespace

State::State(std::shared_ptr<const Template> t, std::shared_ptr<const expr::Clock> c)
    : templ(std::move(t))
    , clock(c ? std::move(c) : std::make_shared<expr::SystemClock>())
{
    if (!templ) {
        throw Error(ErrorKind::Internal, "A form needs a template.");
    }
    top.resize(templ->questions.size());
    sectionRelevant.resize(templ->sections.size(), Value::boolean(false));
    groups.resize(templ->questions.size());
    m_pending.resize(static_cast<std::size_t>(templ->graph.nodeCount) + templ->questions.size());
}

Cell &State::cell(const Target &target)
{
    return target.entry ? target.entry->cells[static_cast<std::size_t>(target.question->fieldIndex)]
                        : top[static_cast<std::size_t>(target.question->index)];
}

std::string State::pathOf(const Question &q, const Entry *entry) const
{
    if (!entry) {
        return q.name;
    }
    return templ->questions[static_cast<std::size_t>(q.group)].name + "/" + entry->id + "/" + q.name;
}

const Question &State::groupNamed(std::string_view name) const
{
    const Question *group = templ->find(name);
    if (!group || group->type != QuestionType::Repeat) {
        throw Error(ErrorKind::NotFound, "This form has no repeating group called '" + std::string(name) + "'.");
    }
    return *group;
}

Target State::resolve(std::string_view path)
{
    const std::size_t first = path.find('/');
    if (first == std::string_view::npos) {
        if (const Question *q = templ->find(path)) {
            return {q, nullptr};
        }
        throw Error(ErrorKind::NotFound, "This form has no question '" + std::string(path) + "'.");
    }
    const std::size_t second = path.find('/', first + 1);
    if (second == std::string_view::npos || path.find('/', second + 1) != std::string_view::npos) {
        throw Error(ErrorKind::NotFound,
                    "'" + std::string(path) + "' is not a question path (name or group/entry/name).");
    }
    const Question &group = groupNamed(path.substr(0, first));
    const std::string_view id = path.substr(first + 1, second - first - 1);
    auto &entries = groups[static_cast<std::size_t>(group.index)];
    const auto entry = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.id == id; });
    if (entry == entries.end()) {
        throw Error(ErrorKind::NotFound, "'" + group.name + "' has no entry '" + std::string(id) + "'.");
    }
    const Question *field = templ->findField(group, path.substr(second + 1));
    if (!field) {
        throw Error(ErrorKind::NotFound,
                    "'" + group.name + "' has no question '" + std::string(path.substr(second + 1)) + "'.");
    }
    return {field, &*entry};
}

void State::queue(int key, int serial)
{
    Pending &p = m_pending[static_cast<std::size_t>(key)];
    if (!p.queued) {
        p.queued = true;
        p.all = false;
        p.serials.clear();
        m_queue.push(key);
    }
    if (serial < 0) {
        p.all = true;
    } else if (!p.all && std::find(p.serials.begin(), p.serials.end(), serial) == p.serials.end()) {
        p.serials.push_back(serial);
    }
}

void State::queueValue(int node, int serial)
{
    queue(templ->graph.rank[static_cast<std::size_t>(node)], serial);
}

void State::queueCheck(int q, int serial)
{
    queue(templ->graph.nodeCount + q, serial);
}

void State::queueEverything()
{
    for (int node = 0; node < templ->graph.nodeCount; ++node) {
        queueValue(node, -1);
    }
    for (int q = 0; q < templ->graph.questionCount; ++q) {
        queueCheck(q, -1);
    }
}

void State::queueEntry(const Question &group, int serial)
{
    queueValue(group.index, -1);
    for (int field : group.fields) {
        queueValue(field, serial);
        queueCheck(field, serial);
    }
}

void State::run(std::map<std::string, FormChange> *changes)
{
    m_changes = changes;
    while (!m_queue.empty()) {
        const int key = m_queue.top();
        m_queue.pop();
        Pending pending = std::move(m_pending[static_cast<std::size_t>(key)]);
        m_pending[static_cast<std::size_t>(key)] = {};
        const std::vector<int> *serials = pending.all ? nullptr : &pending.serials;
        if (key < templ->graph.nodeCount) {
            evaluateValue(templ->graph.order[static_cast<std::size_t>(key)], serials);
        } else {
            evaluateCheck(key - templ->graph.nodeCount, serials);
        }
    }
    m_changes = nullptr;
}

FormChanges State::collect(std::map<std::string, FormChange> &recorded)
{
    FormChanges out;
    out.reserve(recorded.size());
    for (auto &[path, change] : recorded) {
        out.push_back(std::move(change));
    }
    return out;
}

FormChange &State::record(const Question &q, const Entry *entry)
{
    static thread_local FormChange discarded;
    if (!m_changes) {
        return discarded;
    }
    const std::string path = pathOf(q, entry);
    FormChange &change = (*m_changes)[path];
    change.path = path;
    return change;
}

Entry *State::entryBySerial(int group, int serial)
{
    for (Entry &e : groups[static_cast<std::size_t>(group)]) {
        if (e.serial == serial) {
            return &e;
        }
    }
    return nullptr; // removed after it was queued
}

void State::evaluateValue(int node, const std::vector<int> *serials)
{
    const DependencyGraph &g = templ->graph;
    if (g.isSection(node)) {
        const std::size_t s = static_cast<std::size_t>(node - g.questionCount);
        ++evaluations;
        const expr::Expression *relevant = templ->sections[s].relevant.get();
        FormEnvironment env(*this, nullptr, nullptr, nullptr);
        const Value now = Value::boolean(!relevant || holds(relevant, env));
        if (!(now == sectionRelevant[s])) {
            sectionRelevant[s] = now;
            for (int child : g.children[static_cast<std::size_t>(node)]) {
                queueValue(child, -1);
            }
        }
        return;
    }
    const Question &q = templ->questions[static_cast<std::size_t>(node)];
    if (!q.inRepeat()) {
        return valueOf(q, nullptr, top[static_cast<std::size_t>(node)]);
    }
    if (!serials) {
        for (Entry &e : groups[static_cast<std::size_t>(q.group)]) {
            valueOf(q, &e, e.cells[static_cast<std::size_t>(q.fieldIndex)]);
        }
        return;
    }
    for (int serial : *serials) {
        if (Entry *e = entryBySerial(q.group, serial)) {
            valueOf(q, e, e->cells[static_cast<std::size_t>(q.fieldIndex)]);
        }
    }
}

void State::evaluateCheck(int index, const std::vector<int> *serials)
{
    const Question &q = templ->questions[static_cast<std::size_t>(index)];
    if (!q.inRepeat()) {
        return checkOf(q, nullptr, top[static_cast<std::size_t>(index)]);
    }
    for (Entry &e : groups[static_cast<std::size_t>(q.group)]) {
        if (!serials || std::find(serials->begin(), serials->end(), e.serial) != serials->end()) {
            checkOf(q, &e, e.cells[static_cast<std::size_t>(q.fieldIndex)]);
        }
    }
}

void State::valueOf(const Question &q, Entry *entry, Cell &cell)
{
    ++evaluations;
    const bool parentRelevant = q.inRepeat() ? top[static_cast<std::size_t>(q.group)].relevant
                                             : sectionRelevant[static_cast<std::size_t>(q.section)].truthy();
    FormEnvironment env(*this, &q, entry, nullptr);
    const bool relevant = parentRelevant && (!q.relevant || holds(q.relevant.get(), env));
    Value value;
    if (relevant) {
        if (q.type == QuestionType::Calculate) {
            value = expr::evaluate(*q.calculation->root, env);
        } else if (q.type == QuestionType::Repeat) {
            value = Value::number(static_cast<double>(groups[static_cast<std::size_t>(q.index)].size()));
        } else if (q.type != QuestionType::Note) {
            value = answerToValue(q, cell.answer);
        }
    }
    const bool relevanceChanged = relevant != cell.relevant;
    const bool valueChanged = !(value == cell.value);
    cell.relevant = relevant;
    cell.value = std::move(value);
    if (relevanceChanged) {
        record(q, entry).relevance = true;
    }
    if (valueChanged && (q.type == QuestionType::Calculate || q.type == QuestionType::Repeat)) {
        record(q, entry).value = true;
    }
    if (relevanceChanged || valueChanged) {
        notifyReaders(q, entry ? entry->serial : -1, relevanceChanged);
    }
}

void State::notifyReaders(const Question &q, int serial, bool relevanceChanged)
{
    const DependencyGraph &g = templ->graph;
    // A reader in the same repeat reads this entry only; any other reader re-reads every instance it has.
    const auto serialFor = [&](int reader) {
        return !g.isSection(reader) && q.inRepeat() &&
                       templ->questions[static_cast<std::size_t>(reader)].group == q.group
                   ? serial
                   : -1;
    };
    for (int reader : g.valueReaders[static_cast<std::size_t>(q.index)]) {
        queueValue(reader, serialFor(reader));
    }
    for (int reader : g.checkReaders[static_cast<std::size_t>(q.index)]) {
        queueCheck(reader, serialFor(reader));
    }
    queueCheck(q.index, serial);
    if (relevanceChanged) {
        for (int child : g.children[static_cast<std::size_t>(q.index)]) {
            queueValue(child, -1);
        }
    }
}

void State::checkOf(const Question &q, Entry *entry, Cell &cell)
{
    ++evaluations;
    bool required = false;
    std::string message;
    if (cell.relevant && (isAnswerable(q.type) || q.type == QuestionType::Repeat)) {
        FormEnvironment env(*this, &q, entry, &cell.value);
        required = q.requiredAlways || holds(q.required.get(), env);
        if (q.type == QuestionType::Repeat) {
            const int fewest = std::max(q.minEntries, required ? 1 : 0);
            required = fewest > 0;
            if (static_cast<int>(groups[static_cast<std::size_t>(q.index)].size()) < fewest) {
                message = q.requiredMessage;
            }
        } else if (cell.answer.is_null()) {
            message = required ? q.requiredMessage : std::string();
        } else if (q.constraint && !holds(q.constraint.get(), env)) {
            message = q.constraintMessage;
        }
    }
    if (required != cell.required) {
        record(q, entry).required = true;
        cell.required = required;
    }
    if (message != cell.message) {
        record(q, entry).validation = true;
        cell.message = std::move(message);
    }
}

} // namespace maqa::core::form
