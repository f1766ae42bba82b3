// loadTemplate(): limits first (size, JSON depth), then JSON, structure, names, expressions, graph and types,
// each step adding to one problem list so a QA officer sees everything wrong in one pass.
#include "core/template/TemplateLoader.h"

#include "core/template/LoadContext.h"
#include "core/util/Error.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace maqa::core {

namespace loader {

void LoadContext::problem(const std::string &path, const std::string &message)
{
    if (m_stopped) {
        return;
    }
    if (m_problems.size() >= m_limits.maxProblems) {
        m_problems.push_back(
            {m_source, "(document)", "too many problems; stopped after " + std::to_string(m_limits.maxProblems)});
        m_stopped = true;
        return;
    }
    m_problems.push_back({m_source, path, message});
}

std::string questionPath(const Question &q)
{
    return q.name.empty() ? q.location : q.location + " (" + q.name + ")";
}

std::string sectionPath(const Section &s)
{
    return s.name.empty() ? s.location : s.location + " (" + s.name + ")";
}

namespace {
// Edit distance capped at 3: only the diagonal band |i - j| <= 2 is computed, so a hostile template with
// thousands of long names costs a few hundred steps per comparison, not thousands.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    constexpr std::size_t cap = 3, band = 2;
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > band) {
        return cap;
    }
    std::vector<std::size_t> previous(b.size() + 1, cap), current(b.size() + 1, cap);
    for (std::size_t j = 0; j <= std::min(b.size(), band); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::fill(current.begin(), current.end(), cap);
        const std::size_t from = i > band ? i - band : 0, to = std::min(b.size(), i + band);
        if (from == 0) {
            current[0] = std::min(i, cap);
        }
        std::size_t rowBest = current[0];
        for (std::size_t j = std::max<std::size_t>(from, 1); j <= to; ++j) {
            current[j] =
                std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), cap});
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest >= cap) {
            return cap; // every path is already too far
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

std::string suggestion(std::string_view word, const std::vector<std::string> &candidates, std::string_view quote,
                       std::string_view closeQuote)
{
    std::size_t best = 3;
    const std::string *found = nullptr;
    for (const std::string &c : candidates) {
        if (c.size() + 2 < word.size() || word.size() + 2 < c.size()) {
            continue;
        }
        const std::size_t d = editDistance(word, c);
        if (d < best) {
            best = d;
            found = &c;
        }
    }
    return found ? " (did you mean " + std::string(quote) + *found + std::string(closeQuote) + "?)" : std::string();
}

bool isIdentifier(std::string_view name)
{
    if (name.empty() || name.size() > 64 ||
        !((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z'))) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

} // namespace loader

namespace {

// Measures JSON nesting without parsing, so a deeply nested hostile document is refused before the parser recurses.
int jsonDepth(std::string_view text)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

// Orders problems as the document reads: top level, choice lists, then sections and questions by index, so a
// question's structural and expression problems sit together. Stable, so each question keeps its own order.
void sortByPosition(std::vector<TemplateProblem> &problems)
{
    const auto key = [](const TemplateProblem &p) {
        std::vector<long> k{p.path.rfind("sections", 0) == 0 ? 2L : p.path.rfind("choices", 0) == 0 ? 1L : 0L};
        if (p.message.rfind("too many problems", 0) == 0) {
            k[0] = 3; // the marker that listing stopped stays last
        }
        for (std::size_t i = 0; k[0] == 2 && i < p.path.size() && p.path[i] != ' '; ++i) {
            if (p.path[i] == '[') {
                k.push_back(std::strtol(p.path.c_str() + i + 1, nullptr, 10));
            }
        }
        return k;
    };
    std::stable_sort(problems.begin(), problems.end(),
                     [&](const TemplateProblem &a, const TemplateProblem &b) { return key(a) < key(b); });
}

std::string jsonErrorText(const std::string &what)
{
    const std::size_t close = what.find("] ");
    return close == std::string::npos ? what : what.substr(close + 2);
}

} // namespace

TemplateLoadResult loadTemplate(std::string_view jsonText, std::string_view sourceName, const TemplateLimits &limits)
{
    using namespace loader;
    LoadContext ctx(sourceName, limits);
    TemplateLoadResult result;
    if (jsonText.size() > limits.maxBytes) {
        ctx.problem("(document)", "is " + std::to_string(jsonText.size()) + " bytes; a template may have at most " +
                                      std::to_string(limits.maxBytes));
    } else if (jsonDepth(jsonText) > limits.maxJsonDepth) {
        ctx.problem("(document)", "is nested more than " + std::to_string(limits.maxJsonDepth) + " levels deep");
    }
    if (!ctx.clean()) {
        result.problems = std::move(ctx.problems());
        return result;
    }

    nlohmann::json doc;
    std::vector<std::set<std::string>> keysPerObject;
    std::set<std::string> duplicates;
    const auto noteDuplicateKeys = [&](int, nlohmann::json::parse_event_t event, nlohmann::json &parsed) {
        if (event == nlohmann::json::parse_event_t::object_start) {
            keysPerObject.emplace_back();
        } else if (event == nlohmann::json::parse_event_t::object_end && !keysPerObject.empty()) {
            keysPerObject.pop_back();
        } else if (event == nlohmann::json::parse_event_t::key && !keysPerObject.empty() &&
                   !keysPerObject.back().insert(parsed.get<std::string>()).second) {
            duplicates.insert(parsed.get<std::string>());
        }
        return true;
    };
    try {
        doc = nlohmann::json::parse(jsonText.begin(), jsonText.end(), noteDuplicateKeys);
    } catch (const nlohmann::json::exception &e) {
        ctx.problem("(document)", "is not valid JSON: " + jsonErrorText(e.what()));
        result.problems = std::move(ctx.problems());
        return result;
    }
    for (const std::string &key : duplicates) {
        ctx.problem("(document)", "the key '" + key + "' appears twice in one object (JSON keeps only the last)");
    }

    auto t = std::make_shared<Template>();
    readStructure(doc, *t, ctx);
    checkNames(*t, ctx);
    bindExpressions(*t, ctx);
    buildGraph(*t, ctx);
    checkExpressionTypes(*t, ctx);

    if (ctx.clean()) {
        result.templ = std::move(t);
    }
    result.problems = std::move(ctx.problems());
    sortByPosition(result.problems);
    return result;
}

std::shared_ptr<const Template> loadTemplateOrThrow(std::string_view jsonText, std::string_view sourceName)
{
    TemplateLoadResult result = loadTemplate(jsonText, sourceName);
    if (!result.ok()) {
        std::string message = "The template " + std::string(sourceName) +
                              " cannot be used: " + result.problems.front().path + ": " +
                              result.problems.front().message;
        if (result.problems.size() > 1) {
            message += " (and " + std::to_string(result.problems.size() - 1) + " more problems)";
        }
        throw Error(ErrorKind::Invalid, message + ".");
    }
    return result.templ;
}

} // namespace maqa::core
