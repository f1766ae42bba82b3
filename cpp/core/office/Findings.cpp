// Collecting findings (see Findings.h): top-level finding questions and finding fields of repeat entries, each
// statement trimmed and pointing back at its return by index.
#include "core/office/Findings.h"

namespace maqa::core::office {

namespace {

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

} // namespace

std::string_view toString(Finding kind)
{
    switch (kind) {
    case Finding::Worry:
        return "worry";
    case Finding::GoodPractice:
        return "good_practice";
    case Finding::Learning:
        return "learning";
    case Finding::None:
        break;
    }
    return "";
}

std::vector<FindingStatement> findings(const Template &templ, std::span<const OpenedReturn *const> latest)
{
    return findings(templ, latest, AnswerIndex(templ, latest, 1));
}

std::vector<FindingStatement> findings(const Template &templ, std::span<const OpenedReturn *const> latest,
                                       const AnswerIndex &index)
{
    std::vector<const Question *> tagged;
    for (const Question &q : templ.questions) {
        if (q.finding != Finding::None) {
            tagged.push_back(&q);
        }
    }
    std::vector<FindingStatement> out;
    for (std::size_t source = 0; source < latest.size(); ++source) {
        const auto add = [&](const Question &q, const nlohmann::json &value, std::string path) {
            std::string text = value.is_string() ? trimmed(value.get_ref<const std::string &>()) : std::string();
            if (!text.empty()) {
                out.push_back({q.finding, std::move(text), source, q.index, std::move(path)});
            }
        };
        for (const Question *q : tagged) {
            if (!q->inRepeat()) {
                if (const nlohmann::json *answer = index.at(source, q->index)) {
                    add(*q, *answer, q->name);
                }
                continue;
            }
            const Question &group = templ.questions[static_cast<std::size_t>(q->group)];
            const nlohmann::json *entries = index.at(source, group.index);
            if (!entries || !entries->is_array()) {
                continue;
            }
            for (const nlohmann::json &entry : *entries) {
                if (!entry.is_object()) {
                    continue;
                }
                const auto field = entry.find(q->name);
                const auto id = entry.find("_id");
                if (field != entry.end() && id != entry.end() && id->is_string()) {
                    add(*q, *field, group.name + "/" + id->get<std::string>() + "/" + q->name);
                }
            }
        }
    }
    return out;
}

} // namespace maqa::core::office
