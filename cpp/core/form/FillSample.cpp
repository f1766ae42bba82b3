// fillSample(): per-type candidate answers tried in turn until one passes the question's constraint.
// Candidates start with a seeded random pick so samples vary, then fall back to values that satisfy common rules.
#include "core/form/FillSample.h"

#include "core/expr/Dates.h"
#include "core/form/Form.h"

#include <algorithm>
#include <random>

namespace maqa::core {

using nlohmann::json;

namespace {

constexpr const char *kSentences[] = {
    "Recorded in the case notes; the chronology shows the detail.",
    "Discussed with the designated safeguarding lead the same week.",
    "The health visitor shared the assessment with every agency within two days.",
    "Strategy discussion minutes reached police but not the school.",
    "The plan was reviewed on time and the child's views were written in their own words.",
    "No evidence on file that the referrer was told the outcome.",
};

class Sampler
{
public:
    Sampler(Form &form, const SampleOptions &options)
        : m_form(form)
        , m_options(options)
        , m_random(options.seed)
        , m_today(expr::floorDiv(form.clock().nowMinutes(), 1440))
    {}

    int run()
    {
        int total = 0;
        for (int round = 0; round < 10; ++round) {
            const int filled = pass();
            total += filled;
            if (filled == 0) {
                break; // relevance has settled: nothing new appeared
            }
        }
        return total;
    }

private:
    int pass()
    {
        int filled = 0;
        const Template &t = m_form.templ();
        for (const Section &section : t.sections) {
            for (int index : section.questions) {
                const Question &q = t.questions[static_cast<std::size_t>(index)];
                if (q.type != QuestionType::Repeat) {
                    filled += fill(q, q.name);
                    continue;
                }
                if (!m_form.isRelevant(q.name)) {
                    continue;
                }
                const int wanted = std::clamp(m_options.entriesPerRepeat, std::max(q.minEntries, 1), q.maxEntries);
                for (auto ids = m_form.entryIds(q.name); static_cast<int>(ids.size()) < wanted; ids.push_back("")) {
                    m_form.addEntry(q.name);
                    ++filled;
                }
                for (const std::string &id : m_form.entryIds(q.name)) {
                    for (int field : q.fields) {
                        const Question &f = t.questions[static_cast<std::size_t>(field)];
                        filled += fill(f, q.name + "/" + id + "/" + f.name);
                    }
                }
            }
        }
        return filled;
    }

    int fill(const Question &q, const std::string &path)
    {
        if (!isAnswerable(q.type) || !m_form.value(path).is_null() || !m_form.isRelevant(path)) {
            return 0;
        }
        for (const json &candidate : candidates(q)) {
            m_form.set(path, candidate);
            if (m_form.validationMessage(path).empty()) {
                return 1;
            }
        }
        m_form.clear(path); // no candidate satisfies the constraint: leave it for a person
        return 0;
    }

    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    std::vector<json> choiceCandidates(const Question &q)
    {
        const ChoiceList *list = m_form.templ().choicesOf(q);
        std::vector<json> out;
        if (q.liveRisk) {
            out.push_back("no"); // a sample never raises a live-risk alarm
        } else if (q.type == QuestionType::YesNo) {
            const int roll = pick(0, 9);
            out.push_back(roll < 5 ? "yes" : roll < 7 ? "partly" : roll < 9 ? "no" : "na");
        } else {
            out.push_back(list->names[static_cast<std::size_t>(pick(0, static_cast<int>(list->names.size()) - 1))]);
        }
        for (const std::string &name : list->names) {
            out.push_back(name);
        }
        return out;
    }

    std::vector<json> multiCandidates(const Question &q)
    {
        const ChoiceList *list = m_form.templ().choicesOf(q);
        std::vector<std::string> names = list->names;
        std::shuffle(names.begin(), names.end(), m_random);
        const int size = pick(1, std::min(3, static_cast<int>(names.size())));
        std::vector<json> out{json(std::vector<std::string>(names.begin(), names.begin() + size))};
        for (const std::string &name : list->names) {
            out.push_back(json::array({name}));
        }
        out.push_back(list->names); // everything, for "at least n" constraints
        return out;
    }

    std::vector<std::int64_t> dayCandidates()
    {
        return {m_today - pick(1, 90), m_today,     m_today - 7, m_today - 30, m_today - 180,
                m_today - 365,         m_today + 1, m_today + 7, m_today + 30};
    }

    std::vector<std::string> timeCandidates()
    {
        const int quarter = pick(28, 87); // 07:00 to 21:45
        return {expr::formatTime(quarter * 15), "09:00", "12:00", "17:30", "20:00", "00:00", "23:59"};
    }

    std::vector<json> textCandidates(const Question &q)
    {
        std::vector<json> out;
        const auto clip = [&](std::string s) {
            if (static_cast<int>(s.size()) > q.maxLength) {
                s.resize(static_cast<std::size_t>(q.maxLength));
            }
            return json(s);
        };
        const int count = static_cast<int>(std::size(kSentences));
        if (q.maxLength <= 40) {
            out.push_back("S-" + std::to_string(pick(1000, 9999))); // a code-like answer for short fields
        }
        out.push_back(clip(kSentences[pick(0, count - 1)]));
        out.push_back(clip("Yes."));
        std::string longer;
        while (longer.size() < 400) {
            longer += std::string(kSentences[longer.size() % count]) + " ";
        }
        out.push_back(clip(longer));
        return out;
    }

    std::vector<json> candidates(const Question &q)
    {
        std::vector<json> out;
        switch (q.type) {
        case QuestionType::YesNo:
        case QuestionType::Grade:
        case QuestionType::SelectOne:
            return choiceCandidates(q);
        case QuestionType::SelectMultiple:
        case QuestionType::Agencies:
        case QuestionType::Themes:
            return multiCandidates(q);
        case QuestionType::Date:
            for (std::int64_t d : dayCandidates()) {
                out.push_back(expr::formatDate(d));
            }
            return out;
        case QuestionType::Time:
            for (const std::string &t : timeCandidates()) {
                out.push_back(t);
            }
            return out;
        case QuestionType::DateTime: {
            const auto days = dayCandidates();
            const auto times = timeCandidates();
            for (std::size_t i = 0; i < days.size(); ++i) {
                out.push_back(expr::formatDate(days[i]) + "T" + times[i % times.size()]);
            }
            return out;
        }
        case QuestionType::Integer:
            out.push_back(pick(1, 12));
            for (int n : {0, 1, 2, 3, 5, 10, 20, 50, 100, 365, 1000, -1}) {
                out.push_back(n);
            }
            return out;
        case QuestionType::Decimal:
            out.push_back(pick(10, 1000) / 10.0);
            for (double n : {0.5, 1.0, 2.5, 10.0, 0.0, 100.0}) {
                out.push_back(n);
            }
            return out;
        default:
            return textCandidates(q);
        }
    }

    Form &m_form;
    const SampleOptions &m_options;
    std::mt19937 m_random;
    std::int64_t m_today;
};

} // namespace

int fillSample(Form &form, const SampleOptions &options)
{
    return Sampler(form, options).run();
}

} // namespace maqa::core
