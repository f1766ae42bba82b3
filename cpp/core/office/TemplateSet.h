// The templates the office can read returns of, by id and version: opening checks a return's template is known,
// and the analysis reads questions, sections and choice labels from it.
#pragma once

#include "core/template/Template.h"

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace maqa::core::office {

/** Loaded templates keyed by (id, version). Read-only once built, so threads may share it. */
class TemplateSet
{
public:
    /** Adds (or replaces) @p templ under its id and version. */
    void add(std::shared_ptr<const Template> templ);
    /** The template @p id at @p version, or null. */
    std::shared_ptr<const Template> find(const std::string &id, int version) const;
    /** The highest version of @p id, or null. */
    std::shared_ptr<const Template> latest(const std::string &id) const;
    /** Every template, by id then version. */
    std::vector<std::shared_ptr<const Template>> all() const;

private:
    std::map<std::pair<std::string, int>, std::shared_ptr<const Template>> m_templates;
};

} // namespace maqa::core::office
