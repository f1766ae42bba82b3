// Grade distributions, theme counts and live-risk flags (see Distributions.h). Answers outside a question's scale
// are not counted as a grade: the opener re-evaluates answers against the template, so they cannot occur for the
// template analysed, only for a return made on another version.
#include "core/office/Distributions.h"

#include "core/util/Error.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace maqa::core::office {

namespace {

GradeCounts emptyCounts(std::size_t grades)
{
    GradeCounts c;
    c.own.assign(grades, 0);
    c.agreed.assign(grades, 0);
    c.final.assign(grades, 0);
    return c;
}

int indexOf(const std::vector<Choice> &grades, const std::string &name)
{
    for (std::size_t i = 0; i < grades.size(); ++i) {
        if (grades[i].name == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void tally(GradeCounts &c, int own, int agreed)
{
    if (own < 0 && agreed < 0) {
        ++c.notGraded;
        return;
    }
    if (own >= 0) {
        ++c.own[static_cast<std::size_t>(own)];
    } else {
        ++c.notGraded; // the panel graded a part the agency left blank: the agency's count still lacks it
    }
    if (agreed >= 0) {
        ++c.agreed[static_cast<std::size_t>(agreed)];
        ++c.moderated;
        c.changed += agreed != own;
    }
    ++c.final[static_cast<std::size_t>(agreed >= 0 ? agreed : own)];
}

std::vector<std::string> agencyColumns(std::span<const OpenedReturn *const> latest,
                                       std::span<const std::string> agencyOrder)
{
    std::vector<std::string> present;
    for (const OpenedReturn *r : latest) {
        if (std::find(present.begin(), present.end(), r->meta.agency) == present.end()) {
            present.push_back(r->meta.agency);
        }
    }
    std::vector<std::string> ordered;
    for (const std::string &a : agencyOrder) {
        if (std::find(present.begin(), present.end(), a) != present.end()) {
            ordered.push_back(a);
        }
    }
    std::sort(present.begin(), present.end());
    for (const std::string &a : present) {
        if (std::find(ordered.begin(), ordered.end(), a) == ordered.end()) {
            ordered.push_back(a);
        }
    }
    return ordered;
}

} // namespace

std::vector<GradeTable> gradeDistributions(const Template &templ, std::span<const OpenedReturn *const> latest,
                                           std::span<const PanelGrade> panel, std::span<const std::string> agencyOrder)
{
    return gradeDistributions(templ, latest, AnswerIndex(templ, latest, 1), panel, agencyOrder);
}

std::vector<GradeTable> gradeDistributions(const Template &templ, std::span<const OpenedReturn *const> latest,
                                           const AnswerIndex &index, std::span<const PanelGrade> panel,
                                           std::span<const std::string> agencyOrder)
{
    std::map<ReturnRef, std::vector<const PanelGrade *>> panelOf;
    for (const PanelGrade &g : panel) {
        panelOf[g.ref].push_back(&g);
    }
    const std::vector<std::string> agencies = agencyColumns(latest, agencyOrder);
    std::unordered_map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < agencies.size(); ++i) {
        column[agencies[i]] = i;
    }
    // Looked up once per return rather than once per return and grade question.
    std::vector<std::size_t> columnOf;
    std::vector<const std::vector<const PanelGrade *> *> gradesOf;
    for (const OpenedReturn *r : latest) {
        columnOf.push_back(column.at(r->meta.agency));
        const auto it = panelOf.find(r->meta.ref);
        gradesOf.push_back(it == panelOf.end() ? nullptr : &it->second);
    }
    std::vector<GradeTable> tables;
    for (const Question &q : templ.questions) {
        if (q.type != QuestionType::Grade || q.inRepeat()) {
            continue;
        }
        GradeTable t;
        t.question = q.name;
        t.label = q.label;
        t.section = templ.sections[static_cast<std::size_t>(q.section)].title;
        t.grades = templ.choicesOf(q)->choices;
        t.total = emptyCounts(t.grades.size());
        t.agencies = agencies;
        t.byAgency.assign(agencies.size(), emptyCounts(t.grades.size()));
        for (std::size_t i = 0; i < latest.size(); ++i) {
            const nlohmann::json *answer = index.at(i, q.index);
            const int own =
                answer && answer->is_string() ? indexOf(t.grades, answer->get_ref<const std::string &>()) : -1;
            int agreed = -1;
            for (std::size_t g = 0; gradesOf[i] && g < gradesOf[i]->size(); ++g) {
                if ((*gradesOf[i])[g]->question == q.name) {
                    agreed = indexOf(t.grades, (*gradesOf[i])[g]->grade);
                }
            }
            tally(t.total, own, agreed);
            tally(t.byAgency[columnOf[i]], own, agreed);
        }
        const int best = t.grades.empty() ? 0 : *std::max_element(t.total.final.begin(), t.total.final.end());
        for (std::size_t i = 0; best > 0 && i < t.grades.size(); ++i) {
            if (t.total.final[i] == best) {
                t.mostCommon.push_back(t.grades[i].name);
            }
        }
        tables.push_back(std::move(t));
    }
    return tables;
}

std::vector<ThemeCount> themeCounts(const Template &templ, std::span<const OpenedReturn *const> latest)
{
    return themeCounts(templ, AnswerIndex(templ, latest, 1));
}

std::vector<ThemeCount> themeCounts(const Template &templ, const AnswerIndex &index)
{
    std::vector<ThemeCount> counts;
    std::unordered_map<std::string, std::size_t> position;
    std::vector<const Question *> questions;
    for (const Question &q : templ.questions) {
        if (q.type != QuestionType::Themes || q.inRepeat()) {
            continue;
        }
        questions.push_back(&q);
        for (const Choice &c : templ.choicesOf(q)->choices) {
            if (position.emplace(c.name, counts.size()).second) {
                counts.push_back({c.name, c.label, 0});
            }
        }
    }
    for (std::size_t row = 0; row < index.rows(); ++row) {
        std::vector<bool> named(counts.size(), false); // a theme counts once per return, however often it is named
        for (const Question *q : questions) {
            const nlohmann::json *answer = index.at(row, q->index);
            if (!answer || !answer->is_array()) {
                continue;
            }
            for (const nlohmann::json &item : *answer) {
                const auto it = item.is_string() ? position.find(item.get<std::string>()) : position.end();
                if (it != position.end() && !named[it->second]) {
                    named[it->second] = true;
                    ++counts[it->second].count;
                }
            }
        }
    }
    return counts;
}

std::vector<LiveRiskFlag> liveRiskFlags(const Template &templ, std::span<const OpenedReturn *const> latest)
{
    return liveRiskFlags(templ, latest, AnswerIndex(templ, latest, 1));
}

std::vector<LiveRiskFlag> liveRiskFlags(const Template &templ, std::span<const OpenedReturn *const> latest,
                                        const AnswerIndex &index)
{
    std::vector<LiveRiskFlag> flags;
    const Question *q = templ.liveRiskQuestion();
    if (!q || q->inRepeat()) {
        return flags;
    }
    for (std::size_t i = 0; i < latest.size(); ++i) {
        const nlohmann::json *answer = index.at(i, q->index);
        if (answer && *answer == "yes") {
            flags.push_back({latest[i]->meta.ref, latest[i]->meta.caseCode, latest[i]->meta.agency});
        }
    }
    return flags;
}

void validatePanelGrade(const Template &templ, const PanelGrade &grade)
{
    const Question *q = templ.find(grade.question);
    if (!q || q->type != QuestionType::Grade) {
        throw Error(ErrorKind::Invalid, "\"" + grade.question + "\" is not a graded part of " + templ.title + ".");
    }
    const ChoiceList *scale = templ.choicesOf(*q);
    if (!grade.grade.empty() && !scale->find(grade.grade)) {
        std::string names;
        for (const Choice &c : scale->choices) {
            names += (names.empty() ? "" : ", ") + c.label;
        }
        throw Error(ErrorKind::Invalid,
                    "\"" + grade.grade + "\" is not on the scale of \u201c" + q->label + "\u201d (" + names + ").");
    }
}

const GradeTable *overallGrade(const std::vector<GradeTable> &tables)
{
    for (const GradeTable &t : tables) {
        if (t.question == "overall_grade") {
            return &t;
        }
    }
    return tables.empty() ? nullptr : &tables.back();
}

} // namespace maqa::core::office
