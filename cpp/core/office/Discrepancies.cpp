// Finding discrepancies (see Discrepancies.h for the rule). Returns are grouped by case once; each shared question
// is then compared pairwise within each case, which stays small (a case has about one return per agency), and the
// sides' texts are written only when a pair disagrees.
#include "core/office/Discrepancies.h"

#include "core/office/AnswerText.h"

#include <algorithm>
#include <map>
#include <set>

namespace maqa::core::office {

namespace {

bool comparable(const nlohmann::json &value)
{
    if (value.is_null() || (value.is_string() && (value.get_ref<const std::string &>().empty() || value == "na"))) {
        return false;
    }
    return !(value.is_array() && value.empty());
}

std::set<std::string> asSet(const nlohmann::json &value)
{
    std::set<std::string> out;
    for (const nlohmann::json &item : value) {
        if (item.is_string()) {
            out.insert(item.get<std::string>());
        }
    }
    return out;
}

} // namespace

std::string_view toString(Disagreement strength)
{
    return strength == Disagreement::Contradiction ? "contradiction" : "partial";
}

std::optional<Disagreement> compareAnswers(const Question &q, const nlohmann::json &a, const std::string &agencyA,
                                           const nlohmann::json &b, const std::string &agencyB)
{
    if (!comparable(a) || !comparable(b)) {
        return std::nullopt;
    }
    switch (q.type) {
    case QuestionType::YesNo: {
        if (a == b) {
            return std::nullopt;
        }
        return a == "partly" || b == "partly" ? Disagreement::Partial : Disagreement::Contradiction;
    }
    case QuestionType::Grade:
    case QuestionType::SelectOne:
        return a == b ? std::nullopt : std::optional<Disagreement>(Disagreement::Contradiction);
    case QuestionType::Agencies: {
        if (!a.is_array() || !b.is_array()) {
            return std::nullopt;
        }
        const std::set<std::string> setA = asSet(a), setB = asSet(b);
        if (setA == setB) {
            return std::nullopt;
        }
        const bool aDeniedByB = setA.count(agencyB) && !setB.count(agencyB);
        const bool bDeniedByA = setB.count(agencyA) && !setA.count(agencyA);
        return aDeniedByB || bDeniedByA ? Disagreement::Contradiction : Disagreement::Partial;
    }
    case QuestionType::SelectMultiple:
    case QuestionType::Themes:
        if (!a.is_array() || !b.is_array()) {
            return std::nullopt;
        }
        return asSet(a) == asSet(b) ? std::nullopt : std::optional<Disagreement>(Disagreement::Partial);
    case QuestionType::Text:
    case QuestionType::LongText:
    case QuestionType::Note:
    case QuestionType::Repeat:
        return std::nullopt;
    default:
        break;
    }
    // Numbers, dates, times and calculations: a different value is worth a look, not a contradiction.
    if (a.is_number() && b.is_number()) {
        return a.get<double>() == b.get<double>() ? std::nullopt : std::optional<Disagreement>(Disagreement::Partial);
    }
    if (a.is_string() && b.is_string()) {
        return a == b ? std::nullopt : std::optional<Disagreement>(Disagreement::Partial);
    }
    return std::nullopt;
}

std::vector<Discrepancy> discrepancies(const Template &templ, std::span<const OpenedReturn *const> latest)
{
    return discrepancies(templ, latest, AnswerIndex(templ, latest, 1));
}

std::vector<Discrepancy> discrepancies(const Template &templ, std::span<const OpenedReturn *const> latest,
                                       const AnswerIndex &index)
{
    std::map<std::string_view, std::vector<std::size_t>> byCase; // rows of each case
    for (std::size_t row = 0; row < latest.size(); ++row) {
        byCase[latest[row]->meta.caseCode].push_back(row);
    }
    struct Shared
    {
        const Question *question;
        const Question *evidence; //!< "<name>_evidence", or null
    };
    std::vector<Shared> shared;
    for (const Question &q : templ.questions) {
        if (q.shared && !q.inRepeat()) {
            shared.push_back({&q, templ.find(q.name + "_evidence")});
        }
    }
    std::vector<Discrepancy> out;
    std::vector<std::size_t> rows;
    for (const auto &[caseCode, caseRows] : byCase) {
        if (caseRows.size() < 2) {
            continue;
        }
        for (const Shared &s : shared) {
            const Question &q = *s.question;
            rows.clear();
            for (std::size_t row : caseRows) {
                const nlohmann::json *answer = index.at(row, q.index);
                if (answer && comparable(*answer)) {
                    rows.push_back(row);
                }
            }
            Discrepancy d;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                for (std::size_t j = i + 1; j < rows.size(); ++j) {
                    const std::string &agencyA = latest[rows[i]]->meta.agency;
                    const std::string &agencyB = latest[rows[j]]->meta.agency;
                    if (agencyA == agencyB) {
                        continue;
                    }
                    const auto strength =
                        compareAnswers(q, *index.at(rows[i], q.index), agencyA, *index.at(rows[j], q.index), agencyB);
                    if (strength) {
                        d.conflicts.push_back({i, j, *strength});
                        d.strength = std::max(d.strength, *strength);
                    }
                }
            }
            if (d.conflicts.empty()) {
                continue; // sides are only written out for a real disagreement
            }
            for (std::size_t row : rows) {
                const OpenedReturn &r = *latest[row];
                const nlohmann::json *evidence = s.evidence ? index.at(row, s.evidence->index) : nullptr;
                d.sides.push_back({r.meta.agency, r.meta.ref, answerText(templ, q, *index.at(row, q.index)),
                                   evidence && evidence->is_string() ? evidence->get<std::string>() : std::string()});
            }
            d.caseCode = std::string(caseCode);
            d.question = q.name;
            d.label = q.label;
            d.section = templ.sections[static_cast<std::size_t>(q.section)].title;
            out.push_back(std::move(d));
        }
    }
    return out;
}

} // namespace maqa::core::office
