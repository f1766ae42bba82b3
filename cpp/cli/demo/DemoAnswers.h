// The answers each agency's practitioner gives in the demonstration: the content's answers and text banks turned
// into one complete, valid return per agency and case, graded from what the return itself says.
#pragma once

#include "demo/DemoContent.h"

#include "core/form/Form.h"

#include <QDate>

#include <memory>
#include <string>
#include <vector>

namespace maqa::cli::demo {

/**
 * The return @p agency makes for case @p caseJson with template @p templ, as of @p today: every required answer
 * given, every constraint met. Throws Error(Internal) naming what is missing when the content cannot make one.
 */
core::Form demoReturn(const DemoContent &content, const std::shared_ptr<const core::Template> &templ,
                      const nlohmann::json &caseJson, const std::string &agency, const QDate &today);

/** A draft in progress: the answers of @p demoReturn in @p sections only (names of template sections). */
core::Form demoDraft(const DemoContent &content, const std::shared_ptr<const core::Template> &templ,
                     const nlohmann::json &caseJson, const std::string &agency, const QDate &today,
                     const std::vector<std::string> &sections);

} // namespace maqa::cli::demo
