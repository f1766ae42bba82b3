// Drafting the briefing (see DraftBriefing.h). Statements are ranked by how many returns made them, comparing text
// case-blind with spacing and final stops ignored, so the same sentence from two agencies counts twice.
#include "core/office/DraftBriefing.h"

#include "core/domain/Agencies.h"
#include "core/office/ThemeGuidance.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

namespace maqa::core::office {

namespace {

std::string comparisonKey(const std::string &text)
{
    std::string key;
    bool space = false;
    for (unsigned char c : text) {
        if (std::isspace(c)) {
            space = !key.empty();
            continue;
        }
        if (space) {
            key += ' ';
            space = false;
        }
        key += static_cast<char>(std::tolower(c));
    }
    while (!key.empty() && (key.back() == '.' || key.back() == ' ')) {
        key.pop_back();
    }
    return key;
}

/**
 * The distinct statements of @p kind (only from the returns flagged in @p fromReturns, when given), most frequent
 * first. Texts are
 * tallied as they are first (no copies), then merged by comparisonKey(), which is computed once per distinct text.
 */
std::vector<std::string> rankedStatements(const std::vector<FindingStatement> &findings, Finding kind,
                                          const std::vector<bool> *fromReturns = nullptr)
{
    struct Tally
    {
        int count = 0;
        std::size_t first = 0;
        std::string_view text;
    };
    std::unordered_map<std::string_view, Tally> exact;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const FindingStatement &f = findings[i];
        if (f.kind != kind || (fromReturns && !(*fromReturns)[f.source])) {
            continue;
        }
        Tally &t = exact[f.text];
        if (t.count++ == 0) {
            t.first = i;
            t.text = f.text;
        }
    }
    std::unordered_map<std::string, Tally> merged;
    for (const auto &[text, tally] : exact) {
        Tally &m = merged[comparisonKey(std::string(text))];
        if (m.count == 0 || tally.first < m.first) {
            m.first = tally.first;
            m.text = tally.text;
        }
        m.count += tally.count;
    }
    std::vector<const Tally *> order;
    for (const auto &[key, tally] : merged) {
        order.push_back(&tally);
    }
    std::sort(order.begin(), order.end(), [](const Tally *a, const Tally *b) {
        return a->count != b->count ? a->count > b->count : a->first < b->first;
    });
    std::vector<std::string> out;
    for (const Tally *t : order) {
        out.emplace_back(t->text);
    }
    return out;
}

/** Flags the returns of @p latest that name theme @p tag in any themes question. */
std::vector<bool> returnsNaming(const Template &templ, std::span<const OpenedReturn *const> latest,
                                const std::string &tag)
{
    std::vector<bool> naming(latest.size(), false);
    for (const Question &q : templ.questions) {
        if (q.type != QuestionType::Themes || q.inRepeat()) {
            continue;
        }
        for (std::size_t i = 0; i < latest.size(); ++i) {
            const auto answer = latest[i]->answers.find(q.name);
            if (answer != latest[i]->answers.end() && answer->is_array() &&
                std::find(answer->begin(), answer->end(), tag) != answer->end()) {
                naming[i] = true;
            }
        }
    }
    return naming;
}

std::vector<std::string> pick(const std::vector<std::string> &ranked, const BriefingLimits &limits)
{
    std::vector<std::string> out;
    for (const std::string &s : ranked) {
        if (static_cast<int>(out.size()) == limits.statements) {
            break;
        }
        out.push_back(clipStatement(s, limits.statementChars));
    }
    return out;
}

std::string joinNames(const std::vector<std::string> &items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    }
    return out;
}

std::string plural(int n, const std::string &one, const std::string &many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

/** "Police: No; Children's Social Care: Yes": the two sides of the discrepancy's strongest conflict. */
std::string sidesText(const Discrepancy &d)
{
    for (const Conflict &c : d.conflicts) {
        if (c.strength == d.strength) {
            const DiscrepancySide &a = d.sides[c.first];
            const DiscrepancySide &b = d.sides[c.second];
            return std::string(agencyName(a.agency)) + ": " + a.answer + "; " + std::string(agencyName(b.agency)) +
                   ": " + b.answer;
        }
    }
    return {};
}

/** "What we found" about information sharing from the agencies' contradictions. */
/** The lower-case stems (first five letters) of the telling words of a theme's label: "Escalation" → "escal". */
std::vector<std::string> labelStems(const std::string &label)
{
    static const std::set<std::string> common = {"and", "the", "of", "for", "child", "children", "young", "people"};
    std::vector<std::string> stems;
    std::string word;
    for (std::size_t i = 0; i <= label.size(); ++i) {
        const char c = i < label.size() ? label[i] : ' ';
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            if (word.size() >= 4 && !common.contains(word)) {
                stems.push_back(word.substr(0, 5));
            }
            word.clear();
        }
    }
    return stems;
}

/**
 * The learning statement to quote for a theme: from @p ranked (the learning of the returns naming it, most common
 * first), the first that speaks of the theme itself, else the first not quoted for another theme; "" when none.
 * A return often names several themes, so its one learning statement must not become every theme's finding.
 */
std::string learningFor(const std::vector<std::string> &ranked, const std::string &label,
                        const std::set<std::string> &quoted)
{
    const std::vector<std::string> stems = labelStems(label);
    const std::string *unused = nullptr;
    for (const std::string &statement : ranked) {
        if (quoted.contains(statement)) {
            continue;
        }
        std::string lower(statement);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (std::any_of(stems.begin(), stems.end(),
                        [&](const std::string &stem) { return lower.find(stem) != std::string::npos; })) {
            return statement;
        }
        if (!unused) {
            unused = &statement;
        }
    }
    return unused ? *unused : std::string();
}

std::string discrepancyFinding(const Analysis &analysis, const BriefingLimits &limits)
{
    const bool anyContradiction =
        std::any_of(analysis.discrepancies.begin(), analysis.discrepancies.end(),
                    [](const Discrepancy &d) { return d.strength == Disagreement::Contradiction; });
    const Disagreement wanted = anyContradiction ? Disagreement::Contradiction : Disagreement::Partial;
    std::set<std::string> cases;
    std::vector<const Discrepancy *> examples;
    std::set<std::string> exampleQuestions;
    for (const Discrepancy &d : analysis.discrepancies) {
        if (d.strength != wanted) {
            continue;
        }
        cases.insert(d.caseCode);
        if (examples.size() < 2 && exampleQuestions.insert(d.question).second) {
            examples.push_back(&d);
        }
    }
    std::string text = "On " + std::to_string(cases.size()) + " of " + plural(analysis.sample.cases, "case", "cases") +
                       ", agencies' records " + (anyContradiction ? "contradicted" : "differed from") + " each other";
    for (std::size_t i = 0; i < examples.size(); ++i) {
        text +=
            (i == 0 ? ", for example: \"" : "; and \"") + examples[i]->label + "\" (" + sidesText(*examples[i]) + ")";
    }
    return clipStatement(text + ".", limits.statementChars * 2);
}

} // namespace

std::string clipStatement(const std::string &text, std::size_t maxChars)
{
    std::size_t chars = 0, cut = std::string::npos, lastSpace = std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
            continue; // a continuation byte belongs to the character before it
        }
        if (chars == maxChars) {
            cut = i;
            break;
        }
        if (text[i] == ' ') {
            lastSpace = i;
        }
        ++chars;
    }
    if (cut == std::string::npos) {
        return text;
    }
    std::string clipped = text.substr(0, lastSpace != std::string::npos && lastSpace > cut / 2 ? lastSpace : cut);
    while (!clipped.empty() && (clipped.back() == ' ' || clipped.back() == ',' || clipped.back() == ';')) {
        clipped.pop_back();
    }
    return clipped + "\u2026";
}

Briefing draftBriefing(const AuditInfo &audit, const Template &templ, const Analysis &analysis,
                       const BriefingLimits &limits)
{
    Briefing b;
    b.auditId = audit.auditId;
    b.title = (audit.title.empty() ? templ.title : audit.title) + ": learning briefing";
    b.subtitle = audit.period.empty() ? audit.theme : audit.theme + (audit.theme.empty() ? "" : ", ") + audit.period;

    const SampleSummary &s = analysis.sample;
    BriefingBackground &bg = b.background;
    bg.cases = s.cases;
    bg.returns = s.returns;
    std::vector<std::string> bands, needs;
    for (const LabelCount &c : s.ageBands) {
        bands.push_back(c.label);
        bg.ageBands.push_back(c.label + " (" + std::to_string(c.count) + ")");
    }
    for (const LabelCount &c : s.needs) {
        needs.push_back(c.label);
        bg.needs.push_back(c.label);
    }
    for (const std::string &a : s.agenciesTakingPart) {
        bg.agencies.emplace_back(agencyName(a));
    }
    bg.text = "We looked at how agencies worked together for " + plural(s.cases, "child", "children") +
              (bands.empty() ? "" : " aged " + joinNames(bands)) +
              (needs.empty() ? "" : ", with needs ranging across " + joinNames(needs)) + ". " +
              std::to_string(s.agenciesTakingPart.size()) + " of " +
              plural(static_cast<int>(s.agenciesAsked.size()), "agency", "agencies") + " asked returned " +
              plural(s.returns, "audit", "audits") + ".";

    b.worries = pick(rankedStatements(analysis.findings, Finding::Worry), limits);
    b.goodPractice = pick(rankedStatements(analysis.findings, Finding::GoodPractice), limits);

    std::vector<const ThemeCount *> named;
    for (const ThemeCount &t : analysis.themes) {
        if (t.count > 0) {
            named.push_back(&t);
        }
    }
    std::stable_sort(named.begin(), named.end(), [](const ThemeCount *a, const ThemeCount *b) {
        return a->count > b->count; // stable: ties keep the template's order
    });
    const std::size_t room = static_cast<std::size_t>(std::max(limits.themes, 0));
    std::vector<const ThemeCount *> chosen(named.begin(), named.begin() + std::min(room, named.size()));
    const bool sharingLearning = !analysis.discrepancies.empty() && room > 0;
    static const ThemeCount kSharing{"information_sharing", "Information sharing", 0};
    if (sharingLearning && std::none_of(chosen.begin(), chosen.end(),
                                        [](const ThemeCount *t) { return t->name == "information_sharing"; })) {
        const auto tagged = std::find_if(analysis.themes.begin(), analysis.themes.end(),
                                         [](const ThemeCount &t) { return t.name == "information_sharing"; });
        const ThemeCount *sharing = tagged == analysis.themes.end() ? &kSharing : &*tagged;
        if (chosen.size() == room) {
            chosen.back() = sharing; // the contradictions outweigh the least-named theme
        } else {
            chosen.push_back(sharing);
        }
    }
    std::set<std::string> quoted; // learning statements already given to a theme
    for (const ThemeCount *t : chosen) {
        const ThemeGuidance guidance = themeGuidance(t->name);
        BriefingTheme theme{t->label, t->name, {}, guidance.whatNeedsToHappen};
        if (t->count > 0) {
            theme.whatWeFound =
                "Named in " + std::to_string(t->count) + " of " + plural(s.returns, "return", "returns") + ".";
            const std::vector<bool> naming = returnsNaming(templ, analysis.latest, t->name);
            const std::vector<std::string> learning = rankedStatements(analysis.findings, Finding::Learning, &naming);
            if (const std::string quote = learningFor(learning, t->label, quoted); !quote.empty()) {
                quoted.insert(quote);
                theme.whatWeFound += " " + clipStatement(quote, limits.statementChars);
            }
        }
        if (t->name == "information_sharing" && sharingLearning) {
            theme.whatWeFound += (theme.whatWeFound.empty() ? "" : " ") + discrepancyFinding(analysis, limits);
        }
        b.themes.push_back(std::move(theme));
        if (static_cast<int>(b.reflectionQuestions.size()) < limits.reflection) {
            b.reflectionQuestions.push_back(guidance.reflection);
        }
        b.links.push_back({guidance.policy, {}});
    }
    if (static_cast<int>(b.reflectionQuestions.size()) < limits.reflection) {
        b.reflectionQuestions.push_back("What would the child say about the help they had from us?");
    }
    return b;
}

std::vector<ActionItem> proposeActions(const Briefing &briefing)
{
    std::vector<ActionItem> actions;
    for (const BriefingTheme &t : briefing.themes) {
        ActionItem a;
        a.auditId = briefing.auditId;
        a.action = t.whatNeedsToHappen;
        a.finding = t.title;
        a.rag = Rag::Red;
        actions.push_back(std::move(a));
    }
    return actions;
}

} // namespace maqa::core::office
