// Storing the briefing as JSON (see Briefing.h). Reading is strict about types but tolerant of missing lists, so a
// briefing saved by an earlier version still opens; a wrong type is reported as damage, never guessed.
#include "core/office/Briefing.h"

#include "core/util/Error.h"

namespace maqa::core::office {

using nlohmann::json;

namespace {

constexpr const char *kFormat = "maqa-briefing/1";

[[noreturn]] void damaged(const std::string &why)
{
    throw Error(ErrorKind::Corrupt, "The stored briefing is damaged (" + why + "); edit it again from a new draft.");
}

std::string text(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        return {};
    }
    if (!it->is_string()) {
        damaged(std::string(key) + " is not text");
    }
    return it->get<std::string>();
}

int number(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end()) {
        return 0;
    }
    if (!it->is_number_integer()) {
        damaged(std::string(key) + " is not a whole number");
    }
    return it->get<int>();
}

const json &list(const json &j, const char *key)
{
    static const json empty = json::array();
    const auto it = j.find(key);
    if (it == j.end()) {
        return empty;
    }
    if (!it->is_array()) {
        damaged(std::string(key) + " is not a list");
    }
    return *it;
}

std::vector<std::string> texts(const json &j, const char *key)
{
    std::vector<std::string> out;
    for (const json &item : list(j, key)) {
        if (!item.is_string()) {
            damaged(std::string(key) + " holds something other than text");
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

const json &object(const json &j, const char *key)
{
    static const json empty = json::object();
    const auto it = j.find(key);
    if (it == j.end()) {
        return empty;
    }
    if (!it->is_object()) {
        damaged(std::string(key) + " is not an object");
    }
    return *it;
}

} // namespace

json toJson(const Briefing &b)
{
    json themes = json::array();
    for (const BriefingTheme &t : b.themes) {
        themes.push_back({{"title", t.title},
                          {"tag", t.tag},
                          {"what_we_found", t.whatWeFound},
                          {"what_needs_to_happen", t.whatNeedsToHappen}});
    }
    json links = json::array();
    for (const BriefingLink &l : b.links) {
        links.push_back({{"title", l.title}, {"url", l.url}});
    }
    const BriefingBackground &bg = b.background;
    return {{"format", kFormat},
            {"audit_id", b.auditId},
            {"title", b.title},
            {"subtitle", b.subtitle},
            {"background",
             {{"text", bg.text},
              {"cases", bg.cases},
              {"returns", bg.returns},
              {"age_bands", bg.ageBands},
              {"needs", bg.needs},
              {"agencies", bg.agencies}}},
            {"worries", b.worries},
            {"good_practice", b.goodPractice},
            {"themes", themes},
            {"reflection_questions", b.reflectionQuestions},
            {"links", links}};
}

Briefing briefingFromJson(const json &j)
{
    if (!j.is_object() || text(j, "format") != kFormat) {
        damaged("it is not a maqa-briefing/1 document");
    }
    Briefing b;
    b.auditId = text(j, "audit_id");
    b.title = text(j, "title");
    b.subtitle = text(j, "subtitle");
    const json &bg = object(j, "background");
    b.background.text = text(bg, "text");
    b.background.cases = number(bg, "cases");
    b.background.returns = number(bg, "returns");
    b.background.ageBands = texts(bg, "age_bands");
    b.background.needs = texts(bg, "needs");
    b.background.agencies = texts(bg, "agencies");
    b.worries = texts(j, "worries");
    b.goodPractice = texts(j, "good_practice");
    for (const json &t : list(j, "themes")) {
        if (!t.is_object()) {
            damaged("a theme is not an object");
        }
        b.themes.push_back(
            {text(t, "title"), text(t, "tag"), text(t, "what_we_found"), text(t, "what_needs_to_happen")});
    }
    b.reflectionQuestions = texts(j, "reflection_questions");
    for (const json &l : list(j, "links")) {
        if (!l.is_object()) {
            damaged("a link is not an object");
        }
        b.links.push_back({text(l, "title"), text(l, "url")});
    }
    return b;
}

} // namespace maqa::core::office
