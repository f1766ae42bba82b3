// Making the demonstration's returns (see DemoAnswers.h). Yes/no answers come from the content; a few "yes"
// answers become "partly" at random (seeded by case, agency and question) so grades vary as real audits do, except
// on questions the office compares across agencies, where only the content decides. Each part's grade follows from
// its answers; findings are picked from the curated banks, so the same statements recur across returns and the
// drafted briefing can rank them.
#include "demo/DemoAnswers.h"

#include "core/domain/Agencies.h"
#include "core/util/Error.h"

#include <algorithm>

namespace maqa::cli::demo {

namespace {

using core::Error;
using core::ErrorKind;
using nlohmann::json;

const std::vector<std::string> kScale = {"outstanding", "good", "requires_improvement", "inadequate"};

bool contains(const json &list, const std::string &item)
{
    return list.is_array() && std::find(list.begin(), list.end(), item) != list.end();
}

/** Who is answering what: the content, the case, the agency and today. */
struct Answering
{
    const DemoContent &content;
    const core::Template &templ;
    const json &caseJson;
    const std::string &agency;
    const QDate &today;
    const bool light;
    json answers = json::object();

    std::string key(const std::string &what) const
    {
        return caseJson.at("code").get<std::string>() + "/" + agency + "/" + what;
    }
    bool chance(const std::string &what, unsigned percent) const
    {
        return DemoContent::hash(key(what)) % 100 < percent;
    }
};

void answerYesNo(Answering &a, const core::Question &q)
{
    std::optional<json> value = a.content.answer(a.caseJson, a.agency, q.name);
    std::string answer = value ? value->get<std::string>() : "yes";
    if (answer == "yes" && !a.light && !q.shared && !contains(a.content.json().at("steady"), q.name) &&
        a.chance(q.name, 14)) {
        answer = "partly";
    }
    a.answers[q.name] = answer;
    const std::string evidence = q.name + "_evidence";
    if (answer == "na" || !a.templ.find(evidence)) {
        return;
    }
    std::string text;
    if (const std::optional<json> own = a.content.answer(a.caseJson, a.agency, evidence)) {
        text = own->get<std::string>();
    } else {
        const json &bank = a.content.json().at("evidence");
        if (bank.contains(q.name) && bank.at(q.name).contains(answer)) {
            text = DemoContent::pick(bank.at(q.name).at(answer), a.key(evidence));
        }
    }
    if (!text.empty()) {
        a.answers[evidence] = text;
    }
}

/** Answers the content gives outright: choices, dates, numbers and the few texts that belong to one case. */
void answerOthers(Answering &a)
{
    for (const core::Question &q : a.templ.questions) {
        if (q.inRepeat() || q.type == core::QuestionType::YesNo || q.type == core::QuestionType::Grade ||
            a.answers.contains(q.name)) {
            continue;
        }
        if (const std::optional<json> value = a.content.answer(a.caseJson, a.agency, q.name)) {
            a.answers[q.name] = DemoContent::resolveDates(*value, a.today);
        }
    }
}

/**
 * The grade a part earns from its shown yes/no answers: yes 2, partly 1, no 0 (reversed for the content's "inverted"
 * questions); not applicable and the content's "context" questions are not counted.
 */
std::string gradeFor(const core::Form &form, const core::Section &section, Answering &a)
{
    int score = 0, most = 0;
    for (int index : section.questions) {
        const core::Question &q = a.templ.questions[static_cast<std::size_t>(index)];
        const json value = form.value(q.name);
        if (q.type != core::QuestionType::YesNo || !form.isRelevant(q.name) || !value.is_string() || value == "na" ||
            q.liveRisk) {
            continue;
        }
        const json &grading = a.content.json().at("grading");
        if (contains(grading.at("context"), q.name)) {
            continue; // what happened, not how well it was done
        }
        const std::string good = contains(grading.at("inverted"), q.name) ? "no" : "yes";
        score += value == good ? 2 : value == "partly" ? 1 : 0;
        most += 2;
    }
    const double ratio = most == 0 ? 1.0 : double(score) / most;
    if (ratio >= 0.95) {
        return a.chance(section.name + "_grade", 20) && !a.light ? "outstanding" : "good";
    }
    if (ratio >= 0.75) {
        return a.chance(section.name + "_grade", 50) ? "good" : "requires_improvement";
    }
    return ratio >= 0.4 ? "requires_improvement" : "inadequate";
}

std::string impactGrade(const Answering &a, const std::string &outcome)
{
    if (outcome == "better") {
        return a.chance("impact_grade", 15) ? "outstanding" : "good";
    }
    if (outcome == "worse") {
        return a.chance("impact_grade", 40) ? "inadequate" : "requires_improvement";
    }
    return a.chance("impact_grade", 30) ? "good" : "requires_improvement";
}

/** Grades, findings and the overall part, which read the answers given so far through the form. */
void gradeAndReflect(Answering &a, const std::shared_ptr<const core::Template> &templ)
{
    const core::Form form = core::Form::fromJson(templ, a.answers);
    const json &content = a.content.json();
    std::vector<std::string> grades;
    for (const core::Section &section : a.templ.sections) {
        const std::string gradeName = section.name + "_grade";
        if (!a.templ.find(gradeName)) {
            continue;
        }
        const std::string grade =
            section.name == "impact" ? impactGrade(a, a.answers.value("outcome", "same")) : gradeFor(form, section, a);
        a.answers[gradeName] = grade;
        grades.push_back(grade);
        const bool gaps = grade == "requires_improvement" || grade == "inadequate";
        if (!gaps && content.at("good_practice").contains(section.name) && a.chance(section.name + "_gp", 45)) {
            a.answers[section.name + "_good_practice"] =
                DemoContent::pick(content.at("good_practice").at(section.name), a.key(section.name + "_gp"));
        }
        if (gaps && content.at("learning").contains(section.name) && a.chance(section.name + "_learning", 80)) {
            a.answers[section.name + "_learning"] =
                DemoContent::pick(content.at("learning").at(section.name), a.key(section.name + "_learning"));
        }
    }
    std::sort(grades.begin(), grades.end(), [](const std::string &x, const std::string &y) {
        return std::find(kScale.begin(), kScale.end(), x) < std::find(kScale.begin(), kScale.end(), y);
    });
    const std::string overall = grades.empty() ? "good" : grades[grades.size() / 2]; // the median, the lower if even
    a.answers["overall_grade"] = overall;
    a.answers["grade_rationale"] = DemoContent::pick(content.at("rationale").at(overall), a.key("rationale"));
    const json &themes = a.caseJson.at("themes");
    json chosen = json::array();
    for (std::size_t i = 0; i < themes.size(); ++i) {
        if (i == 0 || (!a.light && !a.chance("theme_" + themes[i].get<std::string>(), 25))) {
            chosen.push_back(themes[i]);
        }
    }
    a.answers["themes"] = chosen;
    const std::string focus = chosen[DemoContent::hash(a.key("focus")) % chosen.size()].get<std::string>();
    a.answers["overall_learning"] = DemoContent::pick(content.at("overall_learning").at(focus), a.key("learning"));
    a.answers["agency_actions"] = DemoContent::pick(content.at("agency_actions").at(a.agency), a.key("actions"));
    if (!a.light || a.chance("worries", 40)) {
        a.answers["worries"] = DemoContent::pick(a.caseJson.at("worries"), a.key("worries"));
    }
    if (!a.light && a.chance("strengths", 70)) {
        a.answers["strengths"] = DemoContent::pick(a.caseJson.at("strengths"), a.key("strengths"));
    }
    a.answers["what_changed"] = DemoContent::pick(a.caseJson.at("what_changed"), a.key("what_changed"));
    if (!a.light && a.chance("child_would_say", 60)) {
        a.answers["child_would_say"] = DemoContent::pick(a.caseJson.at("child_would_say"), a.key("child_would_say"));
    }
}

json answersFor(const DemoContent &content, const std::shared_ptr<const core::Template> &templ, const json &caseJson,
                const std::string &agency, const QDate &today)
{
    Answering a{content, *templ, caseJson, agency, today, content.isLight(caseJson, agency)};
    const int index = static_cast<int>(DemoContent::hash(agency) % 5);
    a.answers["case_code"] = caseJson.at("code");
    a.answers["agency"] = agency;
    a.answers["auditor_role"] = content.json().at("agencies").at(agency).at("role");
    a.answers["audit_date"] = today.addDays(-2 - index).toString(Qt::ISODate).toStdString();
    for (const core::Question &q : templ->questions) {
        if (!q.inRepeat() && q.type == core::QuestionType::YesNo) {
            answerYesNo(a, q);
        }
    }
    answerOthers(a);
    gradeAndReflect(a, templ);
    return a.answers;
}

std::string problemsOf(const core::Form &form)
{
    std::string text;
    for (const core::MissingAnswer &m : form.missingRequired()) {
        text += " missing " + m.path + ";";
    }
    for (const core::ValidationIssue &v : form.validationIssues()) {
        text += " " + v.path + ": " + v.message + ";";
    }
    return text;
}

} // namespace

core::Form demoReturn(const DemoContent &content, const std::shared_ptr<const core::Template> &templ,
                      const nlohmann::json &caseJson, const std::string &agency, const QDate &today)
{
    core::Form form = core::Form::fromJson(templ, answersFor(content, templ, caseJson, agency, today));
    if (!form.isComplete()) {
        throw Error(ErrorKind::Internal, "The demonstration's return of " + agency + " for " +
                                             caseJson.at("code").get<std::string>() +
                                             " is not complete:" + problemsOf(form));
    }
    return form;
}

core::Form demoDraft(const DemoContent &content, const std::shared_ptr<const core::Template> &templ,
                     const nlohmann::json &caseJson, const std::string &agency, const QDate &today,
                     const std::vector<std::string> &sections)
{
    const json all = answersFor(content, templ, caseJson, agency, today);
    json partial = json::object();
    for (const core::Section &section : templ->sections) {
        if (std::find(sections.begin(), sections.end(), section.name) == sections.end()) {
            continue;
        }
        for (int index : section.questions) {
            const std::string &name = templ->questions[static_cast<std::size_t>(index)].name;
            if (all.contains(name)) {
                partial[name] = all.at(name);
            }
        }
    }
    return core::Form::fromJson(templ, partial);
}

} // namespace maqa::cli::demo
