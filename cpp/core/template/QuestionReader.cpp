// Reads one question object: its type, the attributes that apply to that type, and a repeat's own questions.
// Attributes that exist but do not fit the type are reported as such, so "max_length on a yes_no" is explained.
#include "core/template/LoadContext.h"

#include <algorithm>
#include <array>
#include <utility>

namespace maqa::core::loader {

using nlohmann::json;

namespace {

bool applies(std::string_view attribute, QuestionType type)
{
    const bool answerable = isAnswerable(type);
    const bool text = type == QuestionType::Text || type == QuestionType::LongText;
    if (attribute == "required" || attribute == "required_message") {
        return answerable || type == QuestionType::Repeat;
    }
    if (attribute == "constraint" || attribute == "constraint_message") {
        return answerable;
    }
    if (attribute == "calculation") {
        return type == QuestionType::Calculate;
    }
    if (attribute == "choices") {
        return type == QuestionType::SelectOne || type == QuestionType::SelectMultiple || type == QuestionType::Grade ||
               type == QuestionType::Agencies || type == QuestionType::Themes;
    }
    if (attribute == "shared") {
        return answerable || type == QuestionType::Calculate;
    }
    if (attribute == "finding" || attribute == "max_length") {
        return text;
    }
    if (attribute == "live_risk") {
        return type == QuestionType::YesNo;
    }
    if (attribute == "min_entries" || attribute == "max_entries" || attribute == "questions") {
        return type == QuestionType::Repeat;
    }
    return true; // type, name, label, hint, relevant, appearance
}

const std::vector<std::string> kAttributes{
    "type",        "name",        "label",
    "hint",        "required",    "required_message",
    "relevant",    "constraint",  "constraint_message",
    "calculation", "choices",     "appearance",
    "shared",      "finding",     "live_risk",
    "max_length",  "min_entries", "max_entries",
    "questions",
};

bool appearanceFits(std::string_view appearance, QuestionType type)
{
    if (appearance == "timeline" || appearance == "quotes") {
        return type == QuestionType::Repeat;
    }
    if (appearance == "segmented") {
        return type == QuestionType::YesNo || type == QuestionType::Grade || type == QuestionType::SelectOne;
    }
    if (appearance == "minimal") {
        return isSingleChoice(type) || isMultiChoice(type);
    }
    return appearance == "multiline" && type == QuestionType::Text;
}

std::unique_ptr<expr::Expression> readExpression(const json &node, const char *key, const std::string &path,
                                                 LoadContext &ctx)
{
    if (!node.contains(key)) {
        return nullptr;
    }
    const std::string source = readText(node, key, path, true, ctx);
    if (source.empty()) {
        return nullptr;
    }
    auto e = std::make_unique<expr::Expression>();
    e->source = source;
    return e;
}

std::optional<int> readCount(const json &node, const char *key, int low, int high, const std::string &path,
                             LoadContext &ctx)
{
    const auto it = node.find(key);
    if (it == node.end()) {
        return std::nullopt;
    }
    if (!it->is_number_integer() || it->get<long long>() < low || it->get<long long>() > high) {
        ctx.problem(path, std::string(key) + ": must be a whole number from " + std::to_string(low) + " to " +
                              std::to_string(high) + ", not " + it->dump());
        return std::nullopt;
    }
    return it->get<int>();
}

std::optional<bool> readFlag(const json &node, const char *key, const std::string &path, LoadContext &ctx)
{
    const auto it = node.find(key);
    if (it == node.end()) {
        return std::nullopt;
    }
    if (!it->is_boolean()) {
        ctx.problem(path, std::string(key) + ": must be true or false, not " + jsonTypeName(*it));
        return std::nullopt;
    }
    return it->get<bool>();
}

void readChoiceList(const json &node, Question &q, Template &t, const std::string &path, LoadContext &ctx)
{
    std::string listName;
    if (q.type == QuestionType::YesNo) {
        listName = "yes_no";
    } else if (node.contains("choices")) {
        listName = readText(node, "choices", path, true, ctx);
        if (listName.empty()) {
            return;
        }
    } else if (q.type == QuestionType::SelectOne || q.type == QuestionType::SelectMultiple) {
        ctx.problem(path, "choices: missing (a " + std::string(questionTypeName(q.type)) +
                              " question names the choice list it offers)");
        return;
    } else {
        listName = q.type == QuestionType::Grade ? "ofsted" : q.type == QuestionType::Agencies ? "agencies" : "themes";
    }
    int index = t.choiceListIndex(listName);
    if (index < 0) {
        if (const ChoiceList *builtIn = builtInChoiceList(listName)) {
            t.choiceLists.push_back(*builtIn);
            index = static_cast<int>(t.choiceLists.size()) - 1;
        }
    }
    if (index < 0) {
        std::vector<std::string> names;
        for (const ChoiceList &list : t.choiceLists) {
            names.push_back(list.name);
        }
        ctx.problem(path, "choices: missing choice list '" + listName + "'" + suggestion(listName, names));
        return;
    }
    q.choiceList = index;
}

void checkRepeatShape(const Question &group, const Template &t, const std::string &path, LoadContext &ctx)
{
    using Needs = std::pair<std::string_view, std::vector<QuestionType>>;
    static const std::vector<Needs> timeline{
        {"time", {QuestionType::Time}},
        {"block", {QuestionType::SelectOne}},
        {"what", {QuestionType::Text, QuestionType::LongText}},
        {"who", {QuestionType::Text, QuestionType::LongText}},
        {"experience", {QuestionType::Text, QuestionType::LongText}},
        {"source", {QuestionType::SelectOne, QuestionType::SelectMultiple}},
        {"rating", {QuestionType::SelectOne}},
    };
    static const std::vector<Needs> quotes{
        {"words", {QuestionType::Text, QuestionType::LongText}},
        {"time", {QuestionType::Time}},
        {"context", {QuestionType::Text, QuestionType::LongText}},
    };
    const std::vector<Needs> *needs = group.appearance == "timeline" ? &timeline
                                      : group.appearance == "quotes" ? &quotes
                                                                     : nullptr;
    if (!needs) {
        return;
    }
    for (const auto &[name, types] : *needs) {
        const Question *field = t.findField(group, name);
        if (!field) {
            ctx.problem(path, "appearance: a " + group.appearance + " repeat needs a question named '" +
                                  std::string(name) + "'");
        } else if (std::find(types.begin(), types.end(), field->type) == types.end()) {
            ctx.problem(path, "appearance: the " + group.appearance + "'s '" + std::string(name) + "' must be a " +
                                  std::string(questionTypeName(types.front())) + " question, not " +
                                  std::string(questionTypeName(field->type)));
        }
    }
}

void readAttributes(const json &node, Question &q, Template &t, const std::string &path, LoadContext &ctx)
{
    const TemplateLimits &limits = ctx.limits();
    q.label = readText(node, "label", path, q.type != QuestionType::Calculate, ctx);
    q.hint = readText(node, "hint", path, false, ctx);
    q.relevant = readExpression(node, "relevant", path, ctx);
    if (const auto it = node.find("required"); it != node.end() && applies("required", q.type)) {
        if (it->is_boolean()) {
            q.requiredAlways = it->get<bool>();
        } else if (it->is_string()) {
            q.required = readExpression(node, "required", path, ctx);
        } else {
            ctx.problem(path, "required: must be true, false or an expression, not " + jsonTypeName(*it));
        }
    }
    q.requiredMessage = readText(node, "required_message", path, false, ctx);
    if (applies("constraint", q.type)) {
        q.constraint = readExpression(node, "constraint", path, ctx);
    }
    q.constraintMessage = readText(node, "constraint_message", path, false, ctx);
    if (q.constraintMessage.empty()) {
        q.constraintMessage = "This answer is not allowed here.";
    }
    if (q.type == QuestionType::Calculate) {
        q.calculation = readExpression(node, "calculation", path, ctx);
        if (!node.contains("calculation")) {
            ctx.problem(path, "calculation: missing (a calculate question needs one)");
        }
    }
    if (isSingleChoice(q.type) || isMultiChoice(q.type)) {
        readChoiceList(node, q, t, path, ctx);
    }
    q.appearance = readText(node, "appearance", path, false, ctx);
    if (!q.appearance.empty() && !appearanceFits(q.appearance, q.type)) {
        static const std::vector<std::string> known{"timeline", "quotes", "segmented", "minimal", "multiline"};
        const bool isKnown = std::find(known.begin(), known.end(), q.appearance) != known.end();
        ctx.problem(path, isKnown ? "appearance: '" + q.appearance + "' does not apply to a " +
                                        std::string(questionTypeName(q.type)) + " question"
                                  : "appearance: unknown appearance '" + q.appearance + "'" +
                                        suggestion(q.appearance, known));
    }
    if (applies("shared", q.type)) {
        q.shared = readFlag(node, "shared", path, ctx).value_or(false);
    }
    if (applies("live_risk", q.type)) {
        q.liveRisk = readFlag(node, "live_risk", path, ctx).value_or(false);
        if (q.liveRisk && q.inRepeat()) {
            ctx.problem(path, "live_risk: the live-risk question must be outside repeat groups");
        }
    }
    if (applies("finding", q.type) && node.contains("finding")) {
        const std::string finding = readText(node, "finding", path, true, ctx);
        if (finding == "worry") {
            q.finding = Finding::Worry;
        } else if (finding == "good_practice") {
            q.finding = Finding::GoodPractice;
        } else if (finding == "learning") {
            q.finding = Finding::Learning;
        } else if (!finding.empty()) {
            ctx.problem(path, "finding: must be 'worry', 'good_practice' or 'learning', not '" + finding + "'");
        }
    }
    if (applies("max_length", q.type)) {
        q.maxLength = readCount(node, "max_length", 1, limits.maxLengthCeiling, path, ctx)
                          .value_or(q.type == QuestionType::Text ? 500 : 5000);
    }
    if (q.type == QuestionType::Repeat) {
        q.minEntries = readCount(node, "min_entries", 0, limits.maxEntriesCeiling, path, ctx).value_or(0);
        q.maxEntries = readCount(node, "max_entries", 1, limits.maxEntriesCeiling, path, ctx).value_or(50);
        if (q.minEntries > q.maxEntries) {
            ctx.problem(path, "min_entries: " + std::to_string(q.minEntries) + " is more than max_entries (" +
                                  std::to_string(q.maxEntries) + ")");
        }
    }
    if (q.requiredMessage.empty()) {
        q.requiredMessage = q.type != QuestionType::Repeat ? "This question needs an answer."
                            : q.minEntries > 1 ? "Add at least " + std::to_string(q.minEntries) + " entries."
                                               : "Add at least one entry.";
    }
}

void readFields(const json &node, int index, Template &t, LoadContext &ctx)
{
    const std::string path = questionPath(t.questions[static_cast<std::size_t>(index)]);
    const auto fields = node.find("questions");
    if (fields == node.end() || !fields->is_array() || fields->empty()) {
        ctx.problem(path, fields == node.end() ? "questions: missing (a repeat holds its own questions)"
                                               : "questions: must be a non-empty list of questions");
        return;
    }
    const std::string location = t.questions[static_cast<std::size_t>(index)].location;
    for (std::size_t i = 0; i < fields->size(); ++i) {
        const std::size_t before = t.questions.size();
        readQuestion((*fields)[i], location + ".questions[" + std::to_string(i) + "]",
                     t.questions[static_cast<std::size_t>(index)].section, index, t, ctx);
        if (t.questions.size() > before) {
            Question &group = t.questions[static_cast<std::size_t>(index)];
            t.questions[before].fieldIndex = static_cast<int>(group.fields.size());
            group.fields.push_back(static_cast<int>(before));
        }
    }
    checkRepeatShape(t.questions[static_cast<std::size_t>(index)], t, path, ctx);
}

} // namespace

void readQuestion(const json &node, const std::string &location, int section, int group, Template &t, LoadContext &ctx)
{
    if (static_cast<int>(t.questions.size()) >= ctx.limits().maxQuestions) {
        if (!ctx.questionLimitReported) {
            ctx.problem(location,
                        "the template has more than " + std::to_string(ctx.limits().maxQuestions) + " questions");
            ctx.questionLimitReported = true;
        }
        return;
    }
    const int index = static_cast<int>(t.questions.size());
    t.questions.emplace_back();
    Question *q = &t.questions.back();
    q->index = index;
    q->section = section;
    q->group = group;
    q->location = location;
    if (!node.is_object()) {
        ctx.problem(location, "must be a question object, not " + jsonTypeName(node));
        return;
    }
    const std::string rawName = readText(node, "name", location, true, ctx);
    if (!rawName.empty() && !isIdentifier(rawName)) {
        ctx.problem(location, "name: '" + rawName +
                                  "' is not a valid name (letters, digits and _, starting with "
                                  "a letter, at most 64)");
    } else {
        q->name = rawName;
    }
    const std::string path = questionPath(*q);
    const std::string typeName = readText(node, "type", path, true, ctx);
    const auto type = questionTypeFromName(typeName);
    if (!type) {
        if (!typeName.empty()) {
            std::vector<std::string> names;
            for (int i = 0; i <= static_cast<int>(QuestionType::Repeat); ++i) {
                names.emplace_back(questionTypeName(static_cast<QuestionType>(i)));
            }
            ctx.problem(path, "type: unknown question type '" + typeName + "'" + suggestion(typeName, names));
        }
        checkKeys(node, kAttributes, path, ctx);
        return;
    }
    q->type = *type;
    if (q->type == QuestionType::Repeat && group >= 0) {
        ctx.problem(path, "type: a repeat cannot contain another repeat (one level only)");
        return;
    }
    checkKeys(node, kAttributes, path, ctx);
    for (const auto &[key, value] : node.items()) {
        if (std::find(kAttributes.begin(), kAttributes.end(), key) != kAttributes.end() && !applies(key, q->type)) {
            ctx.problem(path, "'" + key + "' does not apply to a " + typeName + " question");
        }
    }
    readAttributes(node, *q, t, path, ctx);
    if (q->type == QuestionType::Repeat) {
        readFields(node, index, t, ctx); // appends to t.questions: q may dangle after this
    }
}

} // namespace maqa::core::loader
