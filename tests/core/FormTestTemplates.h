// Small templates the form tests share, written as JSON in the tests themselves so each test reads on its own,
// and a loader that prints every problem when a test template is wrong.
#pragma once

#include "core/expr/Clock.h"
#include "core/form/Form.h"
#include "core/template/TemplateLoader.h"

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <memory>

/** QCOMPARE for JSON values, compared and printed as their compact text. */
#define QCOMPARE_JSON(actual, expected) QCOMPARE(nlohmann::json(actual).dump(), nlohmann::json(expected).dump())

namespace maqa::test {

using nlohmann::json;

/** Loads @p doc, or prints each problem and returns null (the test then fails on QVERIFY). */
inline std::shared_ptr<const core::Template> loadJson(const json &doc)
{
    core::TemplateLoadResult result = core::loadTemplate(doc.dump(), "test.json");
    for (const core::TemplateProblem &p : result.problems) {
        qWarning("%s", p.line().c_str());
    }
    return result.templ;
}

/** A one-template document around @p sections. */
inline json templateWith(json sections, json choices = json::object())
{
    return {{"id", "test"},
            {"version", 1},
            {"kind", "audit"},
            {"title", "Test"},
            {"choices", std::move(choices)},
            {"sections", std::move(sections)}};
}

/** A one-section template with @p questions. */
inline json oneSection(json questions, json choices = json::object())
{
    return templateWith(json::array({{{"name", "main"}, {"title", "Main"}, {"questions", std::move(questions)}}}),
                        std::move(choices));
}

/** The clock every form test uses: 26 November 2026, 14:30. */
inline std::shared_ptr<const core::expr::Clock> pinnedClock()
{
    return std::make_shared<core::expr::FixedClock>("2026-11-26T14:30");
}

/** True when @p changes holds @p path. */
inline const core::FormChange *findChange(const core::FormChanges &changes, const std::string &path)
{
    for (const core::FormChange &c : changes) {
        if (c.path == path) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace maqa::test
