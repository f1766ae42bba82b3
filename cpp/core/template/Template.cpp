// Lookups on a loaded template (see Template.h).
// Names are resolved once at load; these are for callers that hold a name (paths, the CLI, the office).
#include "core/template/Template.h"

namespace maqa::core {

const Choice *ChoiceList::find(std::string_view name) const
{
    for (const Choice &c : choices) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

const Question *Template::find(std::string_view name) const
{
    const auto it = topLevelNames.find(std::string(name));
    return it == topLevelNames.end() ? nullptr : &questions[static_cast<std::size_t>(it->second)];
}

const Question *Template::findField(const Question &group, std::string_view name) const
{
    for (int field : group.fields) {
        if (questions[static_cast<std::size_t>(field)].name == name) {
            return &questions[static_cast<std::size_t>(field)];
        }
    }
    return nullptr;
}

const ChoiceList *Template::choicesOf(const Question &question) const
{
    return question.choiceList < 0 ? nullptr : &choiceLists[static_cast<std::size_t>(question.choiceList)];
}

const Question *Template::liveRiskQuestion() const
{
    for (const Question &q : questions) {
        if (q.liveRisk) {
            return &q;
        }
    }
    return nullptr;
}

int Template::choiceListIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < choiceLists.size(); ++i) {
        if (choiceLists[i].name == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace maqa::core
