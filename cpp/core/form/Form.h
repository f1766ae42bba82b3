// One answer set bound to one template: validated writes, relevance, required-ness, constraints, calculations,
// repeat entries, progress and export. The app's FormController and maqa-cli's draft commands sit on this class.
#pragma once

#include "core/expr/Clock.h"
#include "core/form/AnswerRows.h"
#include "core/form/FormReports.h"
#include "core/template/Template.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::core {

namespace form {
class State;
}

/** One path whose state changed because of a write. */
struct FormChange
{
    std::string path;        //!< "name" or "group/<entryId>/name" (or "group" when entries changed)
    bool value = false;      //!< the answer, a calculated value or the entry list changed
    bool relevance = false;  //!< shown ↔ hidden
    bool required = false;   //!< required ↔ optional
    bool validation = false; //!< the validation message changed
};
/** Every path a write affected, sorted by path. */
using FormChanges = std::vector<FormChange>;

/** The result of addEntry(): the new entry's id and what changed. */
struct EntryAdded
{
    std::string id;      //!< the new entry's stable "_id"
    FormChanges changes; //!< the group and the new entry's paths
};

/**
 * Answers of one return, kept consistent with the template's expressions. Every write validates the value first
 * (Error(Invalid), nothing changed) and re-evaluates only what depends on it. Hidden answers are kept (a practitioner
 * who flips a yes/no back finds their text again) but ignored in validation, progress and export.
 */
class Form
{
public:
    /** An empty form. @p clock feeds today()/now(); null means the system clock. */
    explicit Form(std::shared_ptr<const Template> templ, std::shared_ptr<const expr::Clock> clock = nullptr);
    /** A form holding @p answers (docs/architecture.md "Answers"); throws Error(Invalid) naming a bad answer. */
    static Form fromJson(std::shared_ptr<const Template> templ, const nlohmann::json &answers,
                         std::shared_ptr<const expr::Clock> clock = nullptr);
    /** A form from the store's rows (see AnswerRows.h); throws Error(Invalid) on a bad row. */
    static Form fromRows(std::shared_ptr<const Template> templ, const std::vector<AnswerRow> &rows,
                         std::shared_ptr<const expr::Clock> clock = nullptr);
    /** Forms move (a controller hands one on) but are not copied: one form, one answer set. */
    Form(Form &&) noexcept;
    /** Move assignment. */
    Form &operator=(Form &&) noexcept;
    ~Form(); //!< out of line, where form::State is complete

    /** The template this form follows. */
    const Template &templ() const;
    /** The template, shared. */
    std::shared_ptr<const Template> sharedTemplate() const;
    /** The clock behind today() and now(). */
    const expr::Clock &clock() const;

    /** Sets the answer at @p path (null clears). Throws Error(NotFound) for an unknown path, Error(Invalid) for a bad
     * value. */
    FormChanges set(std::string_view path, const nlohmann::json &value);
    /** Clears the answer at @p path. */
    FormChanges clear(std::string_view path);
    /** Appends an entry to repeat @p group; Error(Refused) when it already has max_entries. */
    EntryAdded addEntry(std::string_view group);
    /** Removes entry @p id of @p group with its answers. */
    FormChanges removeEntry(std::string_view group, std::string_view id);
    /** Moves entry @p id of @p group to position @p index (0-based). */
    FormChanges moveEntry(std::string_view group, std::string_view id, int index);
    /** The entry ids of @p group, in order. */
    std::vector<std::string> entryIds(std::string_view group) const;

    /** The answer (or calculated value, or entry ids of a group) at @p path; null when there is none. */
    nlohmann::json value(std::string_view path) const;
    /** True when the question at @p path is shown. */
    bool isRelevant(std::string_view path) const;
    /** True when the question at @p path is shown and must be answered. */
    bool isRequired(std::string_view path) const;
    /** The message to show under the question ("" when fine or hidden). */
    std::string validationMessage(std::string_view path) const;
    /** True when section @p section (index) is shown. */
    bool isSectionRelevant(int section) const;

    /** Every shown question with a message, in document order. */
    std::vector<ValidationIssue> validationIssues() const;
    /** Every shown, required, unanswered question: what submit refuses over. */
    std::vector<MissingAnswer> missingRequired() const;
    /** Counts per section. */
    std::vector<SectionProgress> progress() const;
    /** Required answers given / required answers (1 when nothing is required). */
    double completeness() const;
    /** True when nothing required is missing and no answer breaks a constraint. */
    bool isComplete() const;

    /** The stored answers, hidden ones included (what a draft saves). */
    nlohmann::json toJson() const;
    /** Shown answers plus calculated values (what the office reads and the CSV exports). */
    nlohmann::json exportJson() const;
    /** The store's rows for toJson(). */
    std::vector<AnswerRow> toRows() const;
    /** The one row to persist after a change at @p path (null value: delete the row). */
    AnswerRow row(std::string_view path) const;

    /** Re-evaluates everything, e.g. when a draft reopens on a later day and today() has moved. */
    FormChanges reevaluate();
    /** How many question/section evaluations ran since construction (tests prove only dependants run). */
    std::uint64_t evaluationCount() const;

private:
    Form(std::shared_ptr<const Template> templ, std::shared_ptr<const expr::Clock> clock,
         const nlohmann::json *answers);
    std::unique_ptr<form::State> m_state;
};

} // namespace maqa::core
