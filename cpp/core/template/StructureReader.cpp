// Reads a template document's top level, choice lists and sections, and checks names once everything is read.
// Each problem names the JSON path, so "version: must be a whole number of 1 or more" points at the field.
#include "core/domain/Agencies.h"
#include "core/template/LoadContext.h"

#include <algorithm>
#include <map>

namespace maqa::core::loader {

using nlohmann::json;

std::string jsonTypeName(const json &value)
{
    switch (value.type()) {
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    case json::value_t::string:
        return "text";
    case json::value_t::boolean:
        return "true/false";
    case json::value_t::null:
        return "null";
    default:
        return "a number";
    }
}

void checkKeys(const json &object, const std::vector<std::string> &allowed, const std::string &path, LoadContext &ctx)
{
    for (const auto &[key, value] : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            ctx.problem(path, "unknown attribute '" + key + "'" + suggestion(key, allowed));
        }
    }
}

std::string readText(const json &object, const char *key, const std::string &path, bool required, LoadContext &ctx)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required) {
            ctx.problem(path, std::string(key) + ": missing");
        }
        return {};
    }
    if (!it->is_string()) {
        ctx.problem(path, std::string(key) + ": must be text, not " + jsonTypeName(*it));
        return {};
    }
    std::string text = it->get<std::string>();
    if (text.size() > ctx.limits().maxTextLength) {
        ctx.problem(path, std::string(key) + ": is longer than " + std::to_string(ctx.limits().maxTextLength) +
                              " characters");
        return {};
    }
    if (required && text.empty()) {
        ctx.problem(path, std::string(key) + ": must not be empty");
    }
    return text;
}

const ChoiceList *builtInChoiceList(std::string_view name)
{
    static const std::vector<ChoiceList> lists = [] {
        const auto make = [](std::string listName, std::vector<Choice> choices) {
            ChoiceList list{std::move(listName), std::move(choices), {}, true};
            for (const Choice &c : list.choices) {
                list.names.push_back(c.name);
            }
            return list;
        };
        std::vector<Choice> agencies;
        for (const Agency &a : defaultAgencies()) {
            agencies.push_back({std::string(a.slug), std::string(a.name)});
        }
        return std::vector<ChoiceList>{
            make("yes_no", {{"yes", "Yes"}, {"no", "No"}, {"partly", "Partly"}, {"na", "Not applicable"}}),
            make("ofsted", {{"outstanding", "Outstanding"},
                            {"good", "Good"},
                            {"requires_improvement", "Requires improvement"},
                            {"inadequate", "Inadequate"}}),
            make("agencies", std::move(agencies)),
            make("themes", {{"voice_of_child", "Voice of the child"},
                            {"information_sharing", "Information sharing"},
                            {"thresholds", "Thresholds"},
                            {"consent", "Consent"},
                            {"step_up_down", "Step up / step down"},
                            {"escalation", "Escalation"},
                            {"oversight", "Management oversight"},
                            {"siblings", "Siblings"},
                            {"drift", "Drift"},
                            {"health_access", "Access to health services"},
                            {"transition", "Transition to adulthood"}}),
        };
    }();
    for (const ChoiceList &list : lists) {
        if (list.name == name) {
            return &list;
        }
    }
    return nullptr;
}

namespace {

bool isChoiceName(std::string_view name)
{
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

void readChoices(const json &doc, Template &t, LoadContext &ctx)
{
    const auto it = doc.find("choices");
    if (it == doc.end()) {
        return;
    }
    if (!it->is_object()) {
        ctx.problem("(document)", "choices: must be an object of named choice lists, not " + jsonTypeName(*it));
        return;
    }
    if (static_cast<int>(it->size()) > ctx.limits().maxChoiceLists) {
        ctx.problem("(document)", "choices: has more than " + std::to_string(ctx.limits().maxChoiceLists) + " lists");
        return;
    }
    for (const auto &[listName, items] : it->items()) {
        const std::string path = "choices." + listName;
        if (!isIdentifier(listName)) {
            ctx.problem(path,
                        "'" + listName + "' is not a valid list name (letters, digits and _, starting with a letter)");
        }
        if (listName == "yes_no") {
            ctx.problem(path, "the yes_no list is fixed (yes, no, partly, na) and cannot be redefined");
            continue;
        }
        if (!items.is_array() || items.empty()) {
            ctx.problem(path, "must be a non-empty list of choices");
            continue;
        }
        if (static_cast<int>(items.size()) > ctx.limits().maxChoices) {
            ctx.problem(path, "has more than " + std::to_string(ctx.limits().maxChoices) + " choices");
            continue;
        }
        ChoiceList list{listName, {}, {}, false};
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string itemPath = path + "[" + std::to_string(i) + "]";
            const json &item = items[i];
            if (!item.is_object()) {
                ctx.problem(itemPath, "must be an object with a name and a label, not " + jsonTypeName(item));
                continue;
            }
            checkKeys(item, {"name", "label"}, itemPath, ctx);
            Choice choice{readText(item, "name", itemPath, true, ctx), readText(item, "label", itemPath, true, ctx)};
            if (!choice.name.empty() && !isChoiceName(choice.name)) {
                ctx.problem(itemPath, "name: '" + choice.name +
                                          "' is not a valid choice name (letters, digits, '_' or '-', no spaces)");
            } else if (list.find(choice.name)) {
                ctx.problem(itemPath, "name: duplicate choice '" + choice.name + "' in list '" + listName + "'");
            }
            list.names.push_back(choice.name);
            list.choices.push_back(std::move(choice));
        }
        t.choiceLists.push_back(std::move(list));
    }
}

void readHeader(const json &doc, Template &t, LoadContext &ctx)
{
    t.id = readText(doc, "id", "(document)", true, ctx);
    if (!t.id.empty()) {
        const bool slug =
            t.id.size() <= 64 && t.id[0] >= 'a' && t.id[0] <= 'z' && std::all_of(t.id.begin(), t.id.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            });
        if (!slug) {
            ctx.problem("(document)", "id: '" + t.id +
                                          "' is not a valid template id (lower-case letters, digits and '-', "
                                          "starting with a letter)");
        }
    }
    const auto version = doc.find("version");
    if (version == doc.end()) {
        ctx.problem("(document)", "version: missing");
    } else if (!version->is_number_integer() || version->get<long long>() < 1 || version->get<long long>() > 1000000) {
        ctx.problem("(document)", "version: must be a whole number of 1 or more, not " + version->dump());
    } else {
        t.version = version->get<int>();
    }
    const std::string kind = readText(doc, "kind", "(document)", true, ctx);
    if (kind == "audit") {
        t.kind = TemplateKind::Audit;
    } else if (kind == "observation") {
        t.kind = TemplateKind::Observation;
    } else if (!kind.empty()) {
        ctx.problem("(document)", "kind: must be 'audit' or 'observation', not '" + kind + "'");
    }
    t.title = readText(doc, "title", "(document)", true, ctx);
    t.description = readText(doc, "description", "(document)", false, ctx);
}

void readSection(const json &node, std::size_t index, Template &t, LoadContext &ctx)
{
    Section section;
    section.location = "sections[" + std::to_string(index) + "]";
    if (!node.is_object()) {
        ctx.problem(section.location, "must be a section object, not " + jsonTypeName(node));
        return;
    }
    const std::string rawName = readText(node, "name", section.location, true, ctx);
    if (!rawName.empty() && !isIdentifier(rawName)) {
        ctx.problem(section.location, "name: '" + rawName +
                                          "' is not a valid name (letters, digits and _, "
                                          "starting with a letter)");
    } else {
        section.name = rawName;
    }
    const std::string path = sectionPath(section);
    checkKeys(node, {"name", "title", "description", "relevant", "questions"}, path, ctx);
    section.title = readText(node, "title", path, true, ctx);
    section.description = readText(node, "description", path, false, ctx);
    if (node.contains("relevant")) {
        const std::string source = readText(node, "relevant", path, true, ctx);
        if (!source.empty()) {
            section.relevant = std::make_unique<expr::Expression>();
            section.relevant->source = source;
        }
    }
    const int sectionIndex = static_cast<int>(t.sections.size());
    t.sections.push_back(std::move(section));
    const auto questions = node.find("questions");
    if (questions == node.end() || !questions->is_array() || questions->empty()) {
        ctx.problem(path, questions == node.end() ? "questions: missing"
                                                  : "questions: must be a non-empty list of questions");
        return;
    }
    for (std::size_t i = 0; i < questions->size(); ++i) {
        const std::size_t before = t.questions.size();
        readQuestion((*questions)[i], t.sections.back().location + ".questions[" + std::to_string(i) + "]",
                     sectionIndex, -1, t, ctx);
        if (t.questions.size() > before) {
            t.sections[static_cast<std::size_t>(sectionIndex)].questions.push_back(static_cast<int>(before));
        }
    }
}

} // namespace

void readStructure(const json &doc, Template &t, LoadContext &ctx)
{
    if (!doc.is_object()) {
        ctx.problem("(document)", "must be a JSON object, not " + jsonTypeName(doc));
        return;
    }
    checkKeys(doc, {"id", "version", "kind", "title", "description", "choices", "sections"}, "(document)", ctx);
    readHeader(doc, t, ctx);
    readChoices(doc, t, ctx);
    const auto sections = doc.find("sections");
    if (sections == doc.end()) {
        ctx.problem("(document)", "sections: missing");
    } else if (!sections->is_array() || sections->empty()) {
        ctx.problem("(document)", "sections: must be a non-empty list of sections");
    } else if (static_cast<int>(sections->size()) > ctx.limits().maxSections) {
        ctx.problem("(document)", "sections: has more than " + std::to_string(ctx.limits().maxSections) + " sections");
    } else {
        for (std::size_t i = 0; i < sections->size(); ++i) {
            readSection((*sections)[i], i, t, ctx);
        }
    }
}

void checkNames(Template &t, LoadContext &ctx)
{
    std::map<std::string, int> sectionNames;
    for (const Section &s : t.sections) {
        if (!s.name.empty() && !sectionNames.emplace(s.name, 0).second) {
            ctx.problem(sectionPath(s), "name: duplicate section name '" + s.name + "'");
        }
    }
    for (const Question &q : t.questions) {
        if (q.group < 0 && !q.name.empty()) {
            const auto [it, fresh] = t.topLevelNames.emplace(q.name, q.index);
            if (!fresh) {
                ctx.problem(questionPath(q), "name: duplicate name '" + q.name + "' (also at " +
                                                 t.questions[static_cast<std::size_t>(it->second)].location + ")");
            }
        }
    }
    const Question *liveRisk = nullptr;
    for (const Question &q : t.questions) {
        if (q.liveRisk) {
            if (liveRisk) {
                ctx.problem(questionPath(q),
                            "live_risk: only one question may flag live risk (also " + questionPath(*liveRisk) + ")");
            }
            liveRisk = &q;
        }
        if (q.type != QuestionType::Repeat) {
            continue;
        }
        std::map<std::string, int> fieldNames;
        for (int f : q.fields) {
            const Question &field = t.questions[static_cast<std::size_t>(f)];
            if (field.name.empty()) {
                continue;
            }
            if (!fieldNames.emplace(field.name, f).second) {
                ctx.problem(questionPath(field),
                            "name: duplicate name '" + field.name + "' in repeat '" + q.name + "'");
            } else if (const auto top = t.topLevelNames.find(field.name); top != t.topLevelNames.end()) {
                ctx.problem(questionPath(field), "name: '" + field.name +
                                                     "' is also a question outside this repeat (at " +
                                                     t.questions[static_cast<std::size_t>(top->second)].location +
                                                     "); a repeat's questions need names of their own");
            }
        }
    }
}

} // namespace maqa::core::loader
