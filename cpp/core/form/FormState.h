// Internal to the form engine: the per-question cells, repeat entries, and the dirty queue that re-evaluates only
// dependants of a change in dependency order. Include Form.h instead; this header may change without notice.
#pragma once

#include "core/expr/Clock.h"
#include "core/expr/Value.h"
#include "core/form/Form.h"
#include "core/template/Template.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <queue>
#include <string>
#include <vector>

namespace maqa::core::form {

/** The state of one question instance (a top-level question, or one field of one repeat entry). */
struct Cell
{
    nlohmann::json answer; //!< the stored answer; null when unanswered
    expr::Value value;     //!< what expressions read: the answer or calculation when shown, empty when hidden
    bool relevant = false; //!< shown
    bool required = false; //!< shown and required
    std::string message;   //!< validation message
};

/** One repeat entry. */
struct Entry
{
    std::string id;          //!< stable "_id"
    int serial = 0;          //!< never reused within a form, so queued work survives other entries' removal
    std::vector<Cell> cells; //!< indexed by Question::fieldIndex
};

/** Where a question instance lives. */
struct Target
{
    const Question *question = nullptr; //!< the question
    Entry *entry = nullptr;             //!< null at top level
};

/** The engine behind Form (see Form.h). */
class State
{
public:
    /** Empty state for @p templ; a null @p clock means the system clock. */
    State(std::shared_ptr<const Template> templ, std::shared_ptr<const expr::Clock> clock);

    std::shared_ptr<const Template> templ;    //!< the template
    std::shared_ptr<const expr::Clock> clock; //!< today() and now()
    std::vector<Cell> top;                    //!< by question index; repeat groups keep relevance and count here
    std::vector<expr::Value> sectionRelevant; //!< by section index (Bool values)
    std::vector<std::vector<Entry>> groups;   //!< by question index; entries of repeat groups
    std::uint64_t evaluations = 0;            //!< see Form::evaluationCount()
    int nextSerial = 1;                       //!< the next entry serial

    /** Resolves "name" or "group/<id>/name"; throws Error(NotFound). */
    Target resolve(std::string_view path);
    /** The group question called @p name; throws Error(NotFound) when it is not a repeat. */
    const Question &groupNamed(std::string_view name) const;
    /** The cell of @p target. */
    Cell &cell(const Target &target);
    /** "name" or "group/<id>/name". */
    std::string pathOf(const Question &q, const Entry *entry) const;

    /** Queues the value evaluation of @p node for the entry with @p serial (-1: every entry / the single instance). */
    void queueValue(int node, int serial);
    /** Queues the check (required, constraint) of question @p q. */
    void queueCheck(int q, int serial);
    /** Queues every node and check for every instance. */
    void queueEverything();
    /** Queues a new entry's fields of @p group. */
    void queueEntry(const Question &group, int serial);
    /** Runs the queue to empty, recording changes when @p changes is not null. */
    void run(std::map<std::string, FormChange> *changes);
    /** Sorted FormChanges from the recorder. */
    static FormChanges collect(std::map<std::string, FormChange> &recorded);

private:
    struct Pending
    {
        bool queued = false;
        bool all = false;
        std::vector<int> serials;
    };
    void queue(int key, int serial);
    void evaluateValue(int node, const std::vector<int> *serials);
    void evaluateCheck(int q, const std::vector<int> *serials);
    void valueOf(const Question &q, Entry *entry, Cell &cell);
    void checkOf(const Question &q, Entry *entry, Cell &cell);
    void notifyReaders(const Question &q, int serial, bool relevanceChanged);
    FormChange &record(const Question &q, const Entry *entry);
    Entry *entryBySerial(int group, int serial);

    std::vector<Pending> m_pending; //!< by key: value ranks first, then nodeCount + question index for checks
    std::priority_queue<int, std::vector<int>, std::greater<int>> m_queue;
    std::map<std::string, FormChange> *m_changes = nullptr;
};

/** Loads an answers object into @p state (validated); throws Error(Invalid). */
void loadAnswers(State &state, const nlohmann::json &answers);
/** A new entry id, unique within @p entries. */
std::string newEntryId(const std::vector<Entry> &entries);

} // namespace maqa::core::form
