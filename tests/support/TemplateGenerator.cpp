// Builds generated templates unit by unit (see TemplateGenerator.h), topping up with plain text questions so the
// count is exact. Every unit mirrors a pattern of the shipped Early Help audit.
#include "TemplateGenerator.h"

#include <random>

namespace maqa::test {

using nlohmann::json;

namespace {

class Builder
{
public:
    explicit Builder(const GeneratedTemplateOptions &options)
        : m_options(options)
        , m_random(options.seed)
    {}

    json build()
    {
        json sections = json::array();
        int section = 0;
        while (m_count < m_options.questions) {
            sections.push_back(buildSection(section++));
        }
        return {
            {"id", m_options.id},
            {"version", 1},
            {"kind", "audit"},
            {"title", "Generated audit (" + std::to_string(m_options.questions) + " questions)"},
            {"choices",
             {{"need", json::array({{{"name", "universal"}, {"label", "Universal"}},
                                    {{"name", "targeted"}, {"label", "Targeted"}},
                                    {{"name", "specialist"}, {"label", "Specialist"}},
                                    {{"name", "other"}, {"label", "Other"}}})},
              {"blocks", json::array({{{"name", "morning"}, {"label", "Morning"}},
                                      {{"name", "afternoon"}, {"label", "Afternoon"}},
                                      {{"name", "evening"}, {"label", "Evening"}}})}}},
            {"sections", sections},
        };
    }

private:
    int remaining() const { return m_options.questions - m_count; }

    json question(const std::string &type, const std::string &name, json extra = json::object())
    {
        ++m_count;
        json q = {{"type", type}, {"name", name}};
        if (type != "calculate") {
            q["label"] = "Question " + name;
        }
        q.update(extra);
        return q;
    }

    json buildSection(int s)
    {
        const std::string p = "s" + std::to_string(s) + "_";
        json questions = json::array();
        std::vector<std::string> yesNos;
        const int budget = std::min(remaining(), m_options.questionsPerSection);
        const int stop = m_count + budget;
        if (budget < 3) {
            while (m_count < stop) {
                questions.push_back(question("text", p + "filler" + std::to_string(m_count)));
            }
            return {{"name", "section" + std::to_string(s)},
                    {"title", "Section " + std::to_string(s + 1)},
                    {"questions", questions}};
        }
        std::uniform_int_distribution<int> pick(0, 5);
        static constexpr int unitSize[] = {2, 2, 3, 2, 4, 5};
        int unit = 0;
        while (stop - 2 - m_count >= 2) { // keep room for the grade and the running score
            const std::string u = p + std::to_string(unit++);
            int kind = pick(m_random);
            if (unitSize[kind] > stop - 2 - m_count) {
                kind = 0;
            }
            if (kind <= 1) {
                questions.push_back(question("yes_no", u + "_yn", {{"required", true}}));
                questions.push_back(question("long_text", u + "_evidence",
                                             {{"relevant", "${" + u + "_yn} = 'no' or ${" + u + "_yn} = 'partly'"},
                                              {"required", true},
                                              {"finding", "learning"}}));
                yesNos.push_back(u + "_yn");
            } else if (kind == 2) {
                questions.push_back(question("date", u + "_from", {{"constraint", ". <= today()"}}));
                questions.push_back(question("date", u + "_to", {{"constraint", ". >= ${" + u + "_from}"}}));
                questions.push_back(question("calculate", u + "_days",
                                             {{"calculation", "days-between(${" + u + "_from}, ${" + u + "_to})"}}));
            } else if (kind == 3) {
                questions.push_back(question("integer", u + "_count", {{"constraint", ". >= 0 and . <= 100"}}));
                questions.push_back(question("yes_no", u + "_many", {{"relevant", "${" + u + "_count} > 10"}}));
            } else if (kind == 4) {
                questions.push_back(question("select_one", u + "_need", {{"choices", "need"}, {"required", true}}));
                questions.push_back(
                    question("text", u + "_other", {{"relevant", "selected(${" + u + "_need}, 'other')"}}));
                questions.push_back(question("agencies", u + "_agencies"));
                questions.push_back(
                    question("integer", u + "_meetings", {{"relevant", "count-selected(${" + u + "_agencies}) > 2"}}));
            } else {
                json fields = json::array();
                fields.push_back(question("time", "time"));
                fields.push_back(question("select_one", "block", {{"choices", "blocks"}}));
                fields.push_back(question("text", "note", {{"relevant", "${block} != 'evening'"}}));
                questions.push_back(question("repeat", u + "_visits", {{"questions", fields}, {"max_entries", 10}}));
                questions.push_back(
                    question("calculate", u + "_visit_count", {{"calculation", "count(${" + u + "_visits})"}}));
            }
        }
        while (m_count < stop - 2) {
            questions.push_back(question("text", p + "filler" + std::to_string(m_count)));
        }
        questions.push_back(question("grade", p + "grade", {{"required", true}}));
        std::string score = m_previousScore.empty() ? "0" : "coalesce(${" + m_previousScore + "}, 0)";
        for (const std::string &yn : yesNos) {
            score += " + if(${" + yn + "} = 'yes', 1, 0)";
        }
        questions.push_back(question("calculate", p + "score", {{"calculation", score}}));
        m_previousScore = p + "score";
        return {{"name", "section" + std::to_string(s)},
                {"title", "Section " + std::to_string(s + 1)},
                {"questions", questions}};
    }

    const GeneratedTemplateOptions &m_options;
    std::mt19937 m_random;
    int m_count = 0;
    std::string m_previousScore;
};

} // namespace

json generateTemplate(const GeneratedTemplateOptions &options)
{
    return Builder(options).build();
}

std::string generateTemplateText(const GeneratedTemplateOptions &options)
{
    return generateTemplate(options).dump(1);
}

} // namespace maqa::test
