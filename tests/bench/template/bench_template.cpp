// Benchmark of the template engine on a generated 500-question template (tests/support) and the shipped audit:
// load + evaluate-all, and re-evaluation after one change (median, p99, evaluations), as BENCH lines.
#include "TemplateGenerator.h"

#include "core/expr/Clock.h"
#include "core/form/FillSample.h"
#include "core/form/Form.h"
#include "core/privacy/IdentifierScan.h"
#include "core/template/TemplateLoader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

using namespace maqa::core;
using Stopwatch = std::chrono::steady_clock;

namespace {

double micros(Stopwatch::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

void bench(const char *measure, double value, const char *unit, const char *target = nullptr)
{
    std::printf("BENCH %s %.3f %s%s%s\n", measure, value, unit, target ? " target=" : "", target ? target : "");
}

// Every answerable path of @p form with its answer, entries matched by position so two forms can be compared.
std::vector<std::pair<std::string, nlohmann::json>> answerPaths(const Form &form, const Form &other)
{
    std::vector<std::pair<std::string, nlohmann::json>> out;
    const Template &t = form.templ();
    for (const Question &q : t.questions) {
        if (q.inRepeat() || !(isAnswerable(q.type) || q.type == QuestionType::Repeat)) {
            continue;
        }
        if (q.type != QuestionType::Repeat) {
            if (other.value(q.name) != form.value(q.name) && !other.value(q.name).is_null()) {
                out.emplace_back(q.name, other.value(q.name));
            }
            continue;
        }
        const auto mine = form.entryIds(q.name), theirs = other.entryIds(q.name);
        for (std::size_t e = 0; e < std::min(mine.size(), theirs.size()); ++e) {
            for (int f : q.fields) {
                const Question &field = t.questions[static_cast<std::size_t>(f)];
                if (!isAnswerable(field.type)) {
                    continue;
                }
                const auto value = other.value(q.name + "/" + theirs[e] + "/" + field.name);
                if (!value.is_null() && value != form.value(q.name + "/" + mine[e] + "/" + field.name)) {
                    out.emplace_back(q.name + "/" + mine[e] + "/" + field.name, value);
                }
            }
        }
    }
    return out;
}

void loadAndEvaluate(const std::string &name, const std::string &text, const std::shared_ptr<const expr::Clock> &clock)
{
    // Answers to reopen: what a real draft looks like when a practitioner comes back to it.
    const auto templ = loadTemplateOrThrow(text, name);
    Form filled(templ, clock);
    fillSample(filled, {1, 3});
    const nlohmann::json answers = filled.toJson();

    std::vector<double> load, evaluate, both;
    for (int run = 0; run < 30; ++run) {
        const auto t0 = Stopwatch::now();
        const auto loaded = loadTemplateOrThrow(text, name);
        const auto t1 = Stopwatch::now();
        const Form form = Form::fromJson(loaded, answers, clock);
        const auto t2 = Stopwatch::now();
        load.push_back(micros(t1 - t0) / 1000);
        evaluate.push_back(micros(t2 - t1) / 1000);
        both.push_back(micros(t2 - t0) / 1000);
    }
    bench((name + "_load").c_str(), percentile(load, 0.5), "ms");
    bench((name + "_evaluate_all").c_str(), percentile(evaluate, 0.5), "ms");
    bench((name + "_load_and_evaluate").c_str(), percentile(both, 0.5), "ms", "<50ms");
}

void oneChange(const std::string &name, const std::string &text, const std::shared_ptr<const expr::Clock> &clock)
{
    const auto templ = loadTemplateOrThrow(text, name);
    Form form(templ, clock), other(templ, clock);
    fillSample(form, {1, 3});
    fillSample(other, {2, 3});
    auto changes = answerPaths(form, other);
    std::vector<std::pair<std::string, nlohmann::json>> back;
    for (const auto &[path, value] : changes) {
        back.emplace_back(path, form.value(path));
    }
    std::mt19937 random(42);
    std::vector<double> times, evaluations;
    for (int i = 0; i < 5000; ++i) {
        const std::size_t k = random() % changes.size();
        const auto &[path, value] = changes[k];
        const std::uint64_t before = form.evaluationCount();
        const auto t0 = Stopwatch::now();
        form.set(path, value);
        const auto t1 = Stopwatch::now();
        times.push_back(micros(t1 - t0));
        evaluations.push_back(static_cast<double>(form.evaluationCount() - before));
        std::swap(changes[k].second, back[k].second); // next time, change it back
    }
    bench((name + "_one_change_median").c_str(), percentile(times, 0.5), "us", "<1000us");
    bench((name + "_one_change_p99").c_str(), percentile(times, 0.99), "us");
    bench((name + "_evaluations_per_change_median").c_str(), percentile(evaluations, 0.5), "count");
    bench((name + "_evaluations_per_change_max").c_str(), percentile(evaluations, 1.0), "count");
    bench((name + "_changed_paths").c_str(), static_cast<double>(changes.size()), "count");
}

} // namespace

int main()
{
    const auto clock = std::make_shared<expr::FixedClock>("2026-11-26T14:30");
    const std::string generated = maqa::test::generateTemplateText({500, 25, 1, "generated"});
    loadAndEvaluate("template500", generated, clock);
    oneChange("template500", generated, clock);

    std::ifstream in(std::string(MAQA_SOURCE_DIR) + "/assets/templates/early-help-audit.json", std::ios::binary);
    std::ostringstream audit;
    audit << in.rdbuf();
    loadAndEvaluate("early_help_audit", audit.str(), clock);
    oneChange("early_help_audit", audit.str(), clock);

    // Hostile input: 1900 questions with 60-character names, each referring to a misspelt neighbour.
    nlohmann::json questions = nlohmann::json::array();
    for (int i = 0; i < 1900; ++i) {
        const std::string name = "q" + std::string(50, '0') + std::to_string(100000 + i);
        questions.push_back({{"type", "text"}, {"name", name}, {"label", "L"}, {"relevant", "${" + name + "x} = ''"}});
    }
    const std::string hostile =
        nlohmann::json({{"id", "hostile"},
                        {"version", 1},
                        {"kind", "audit"},
                        {"title", "H"},
                        {"sections", {{{"name", "s"}, {"title", "S"}, {"questions", questions}}}}})
            .dump();
    const auto h0 = Stopwatch::now();
    const TemplateLoadResult rejected = loadTemplate(hostile, "hostile.json");
    bench("template_check_hostile_1900_unknown_refs", micros(Stopwatch::now() - h0) / 1000, "ms", "<1000ms");
    if (rejected.ok()) {
        return 1;
    }

    std::string prose;
    while (prose.size() < 10000) {
        prose += "Seen alone on 12/03/2026; strategy minutes shared with police but not education. ";
    }
    std::vector<double> scans;
    for (int i = 0; i < 200; ++i) {
        const auto t0 = Stopwatch::now();
        const auto hints = scanForIdentifiers(prose);
        scans.push_back(micros(Stopwatch::now() - t0));
        if (!hints.empty()) {
            return 1;
        }
    }
    bench("identifier_scan_10k_chars", percentile(scans, 0.5), "us");
    return 0;
}
