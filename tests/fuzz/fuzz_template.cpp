// libFuzzer target: the template loader on arbitrary text, then, when a template loads, a form over it filled with
// sample answers, re-evaluated, exported and rebuilt from its own JSON and rows (the same answers must come back).
#include "core/expr/Clock.h"
#include "core/form/FillSample.h"
#include "core/form/Form.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

using namespace maqa::core;

namespace {

// A property the code promises did not hold: report it the way a sanitizer would, so libFuzzer saves the input.
[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_template: %s\n", what);
    std::abort();
}

void exerciseForm(const std::shared_ptr<const Template> &templ, std::uint32_t seed)
{
    static const auto clock = std::make_shared<const expr::FixedClock>("2026-11-26T14:30");
    Form form(templ, clock);
    fillSample(form, {seed, 2});
    form.reevaluate();
    (void)form.validationIssues();
    (void)form.missingRequired();
    (void)form.progress();
    (void)form.completeness();
    (void)form.exportJson();

    const nlohmann::json saved = form.toJson();
    try {
        const Form fromJson = Form::fromJson(templ, saved, clock);
        if (fromJson.toJson() != saved) {
            broken("a form rebuilt from its own JSON holds different answers");
        }
        const Form fromRows = Form::fromRows(templ, form.toRows(), clock);
        if (fromRows.toJson() != saved) {
            broken("a form rebuilt from its own rows holds different answers");
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "fuzz_template: %s\n", e.what());
        broken("a form refused the answers it had produced itself");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const TemplateLoadResult result = loadTemplate(text, "fuzz");
    if (result.ok() != result.problems.empty()) {
        broken("a template loaded with problems, or failed without one");
    }
    if (!result.ok()) {
        return 0;
    }
    try {
        exerciseForm(result.templ, static_cast<std::uint32_t>(size));
    } catch (const Error &e) {
        // Form operations may refuse (Error) but a loaded template must never make them fail in another way.
        std::fprintf(stderr, "fuzz_template: %s\n", e.what());
        broken("a form over a template that loaded threw");
    }
    return 0;
}
