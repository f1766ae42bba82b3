// A loaded template: sections, questions, choice lists and the dependency graph, immutable once loaded and shared
// (std::shared_ptr<const Template>) by every form, controller and office view that uses it.
#pragma once

#include "core/expr/Ast.h"
#include "core/template/DependencyGraph.h"
#include "core/template/QuestionType.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace maqa::core {

/** What a template records. */
enum class TemplateKind { Audit, Observation };
/** Which briefing heading a free-text answer may feed. */
enum class Finding { None, Worry, GoodPractice, Learning };

/** One choice: a stable name (stored) and the label people read. */
struct Choice
{
    std::string name;  //!< stored in answers
    std::string label; //!< shown
};

/** A named list of choices. */
struct ChoiceList
{
    std::string name;               //!< the list's name, referred to by questions' `choices`
    std::vector<Choice> choices;    //!< in display order
    std::vector<std::string> names; //!< the choices' names, for lookups and messages
    bool builtIn = false;           //!< true for yes_no, ofsted, agencies and themes unless the template overrides
    /** The choice called @p name, or null. */
    const Choice *find(std::string_view name) const;
};

/** One question (or note, calculation, repeat group) of a template. */
struct Question
{
    int index = -1; //!< position in Template::questions (document order, repeat fields after their group)
    QuestionType type = QuestionType::Text;     //!< what kind of question
    std::string name;                           //!< unique at top level, unique within its repeat group
    std::string label;                          //!< shown to the practitioner
    std::string hint;                           //!< shown under the label
    int section = -1;                           //!< index in Template::sections
    int group = -1;                             //!< index of the enclosing repeat group, or -1 at top level
    int fieldIndex = -1;                        //!< position among the group's fields (repeat fields only)
    std::string location;                       //!< "sections[2].questions[4]": where it sits in the JSON, for messages
    int choiceList = -1;                        //!< index in Template::choiceLists for choice types
    bool requiredAlways = false;                //!< `required: true`
    std::unique_ptr<expr::Expression> required; //!< `required` as an expression, or null
    std::unique_ptr<expr::Expression> relevant; //!< shown only when true; null: always
    std::unique_ptr<expr::Expression> constraint;  //!< must be true of a non-empty answer; null: none
    std::unique_ptr<expr::Expression> calculation; //!< calculate questions' value
    std::string requiredMessage;                   //!< shown when a required answer is missing
    std::string constraintMessage;                 //!< shown when the constraint fails
    std::string appearance;                 //!< XLSForm's appearance: timeline, quotes, segmented, multiline, minimal
    bool shared = false;                    //!< the office compares this answer across agencies on one case
    bool liveRisk = false;                  //!< the yes_no that flags a child at risk now
    Finding finding = Finding::None;        //!< free text the briefing may quote
    int maxLength = 0;                      //!< text and long_text: most characters (Unicode code points) accepted
    int minEntries = 0;                     //!< repeat: fewest entries for the group to be complete
    int maxEntries = 0;                     //!< repeat: most entries addEntry() accepts
    std::vector<int> fields;                //!< repeat: indices of its questions
    expr::Type valueType = expr::Type::Any; //!< what expressions see when they read this question

    /** True when the question is inside a repeat group. */
    bool inRepeat() const { return group >= 0; }
};

/** A titled part of a template. */
struct Section
{
    std::string name;                           //!< unique among sections
    std::string title;                          //!< shown as the section's heading
    std::string description;                    //!< optional guidance under the heading
    std::unique_ptr<expr::Expression> relevant; //!< the whole section is shown only when true; null: always
    std::vector<int> questions;                 //!< indices of its top-level questions, in order
    std::string location;                       //!< "sections[2]"
};

/** A loaded, valid template. Build one with loadTemplate() (TemplateLoader.h). */
class Template
{
public:
    std::string id;                          //!< slug, e.g. "early-help-audit"
    int version = 1;                         //!< a return records id and version; drafts stay bound to theirs
    TemplateKind kind = TemplateKind::Audit; //!< audit or observation
    std::string title;                       //!< shown in lists
    std::string description;                 //!< optional
    std::vector<ChoiceList> choiceLists;     //!< the template's lists plus the built-in ones it uses
    std::vector<Section> sections;           //!< in order
    std::vector<Question> questions;         //!< every question, in document order
    DependencyGraph graph;                   //!< who reads whom, and the evaluation order

    /** The top-level question called @p name, or null. */
    const Question *find(std::string_view name) const;
    /** The field called @p name of repeat @p group, or null. */
    const Question *findField(const Question &group, std::string_view name) const;
    /** The choice list of a choice question, or null for other types. */
    const ChoiceList *choicesOf(const Question &question) const;
    /** The live-risk question, or null when the template has none. */
    const Question *liveRiskQuestion() const;
    /** The index of the template's built-in-or-own choice list called @p name, or -1. */
    int choiceListIndex(std::string_view name) const;

    std::unordered_map<std::string, int> topLevelNames; //!< name → question index, filled by the loader
};

} // namespace maqa::core
