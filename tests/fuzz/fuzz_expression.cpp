// libFuzzer target: the expression language on arbitrary text. The parser alone (default and tight limits), then
// the production path: the text placed in a host template (as a calculation, a relevance, a constraint or a repeat
// field's calculation, chosen by the first byte), loaded (bound, type-checked) and evaluated over sample answers.
#include "core/expr/Clock.h"
#include "core/expr/Parser.h"
#include "core/form/FillSample.h"
#include "core/form/Form.h"
#include "core/template/TemplateLoader.h"
#include "core/util/Error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace maqa::core;
using nlohmann::json;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_expression: %s\n", what);
    std::abort();
}

// Questions of every type the expression may refer to, and the slots it may fill.
json hostTemplate(const std::string &expression, unsigned slot)
{
    const auto q = [](const char *type, const char *name) {
        return json{{"type", type}, {"name", name}, {"label", name}};
    };
    json calc = q("calculate", "c");
    calc["calculation"] = slot == 0 ? expression : "1";
    json relevantTo = q("text", "shown_if");
    relevantTo["relevant"] = slot == 1 ? expression : "true()";
    json constrained = q("integer", "k");
    constrained["constraint"] = slot == 2 ? expression : ". >= 0";
    json entryCalc = q("calculate", "rc");
    entryCalc["calculation"] = slot == 3 ? expression : "${rn} + 1";
    json repeat = q("repeat", "r");
    repeat["max_entries"] = 5;
    repeat["questions"] = {q("integer", "rn"), q("text", "rt"), q("date", "rd"), entryCalc};
    json choice = q("select_multiple", "sm");
    choice["choices"] = "colours";
    json single = q("select_one", "so");
    single["choices"] = "colours";
    return {{"id", "host"},
            {"version", 1},
            {"kind", "audit"},
            {"title", "Host"},
            {"choices", {{"colours", {{{"name", "red"}, {"label", "Red"}}, {{"name", "blue"}, {"label", "Blue"}}}}}},
            {"sections",
             {{{"name", "s"},
               {"title", "S"},
               {"relevant", slot == 4 ? expression : "true()"},
               {"questions",
                {q("yes_no", "yn"), q("integer", "n"), q("decimal", "d"), q("text", "t"), q("date", "dt"),
                 q("time", "tm"), q("datetime", "dtm"), q("grade", "g"), q("agencies", "ag"), q("themes", "th"), choice,
                 single, calc, relevantTo, constrained, repeat}}}}}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const unsigned slot = data[0] % 5;
    const std::string text(reinterpret_cast<const char *>(data + 1), size - 1);

    const expr::ParseResult parsed = expr::parseExpression(text);
    if ((parsed.root == nullptr) == parsed.error.empty()) {
        broken("the parser returned both a tree and an error, or neither");
    }
    const expr::ParseResult tight = expr::parseExpression(text, {64, 3});
    if (tight.root && !parsed.root) {
        broken("tighter limits accepted what the default limits refused");
    }
    if (!parsed.root) {
        return 0;
    }

    const TemplateLoadResult loaded =
        loadTemplate(hostTemplate(text, slot).dump(-1, ' ', false, json::error_handler_t::replace), "fuzz");
    if (!loaded.ok()) {
        return 0;
    }
    static const auto clock = std::make_shared<const expr::FixedClock>("2026-11-26T14:30");
    try {
        Form form(loaded.templ, clock);
        fillSample(form, {static_cast<std::uint32_t>(size), 3});
        (void)form.value("c");
        (void)form.isRelevant("shown_if");
        (void)form.validationMessage("k");
        for (const std::string &id : form.entryIds("r")) {
            (void)form.value("r/" + id + "/rc");
        }
        form.set("n", 0);
        form.set("d", -1.5);
        form.set("t", "x");
        form.clear("dt");
        form.clear("sm");
        (void)form.exportJson();
    } catch (const Error &e) {
        std::fprintf(stderr, "fuzz_expression: %s\n", e.what());
        broken("a form over a template that loaded threw");
    }
    return 0;
}
