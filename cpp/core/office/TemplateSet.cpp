// The office's template lookup (see TemplateSet.h).
// A std::map keeps versions of one id adjacent, so the latest version is the last of its run.
#include "core/office/TemplateSet.h"

namespace maqa::core::office {

void TemplateSet::add(std::shared_ptr<const Template> templ)
{
    const auto key = std::make_pair(templ->id, templ->version);
    m_templates[key] = std::move(templ);
}

std::shared_ptr<const Template> TemplateSet::find(const std::string &id, int version) const
{
    const auto it = m_templates.find({id, version});
    return it == m_templates.end() ? nullptr : it->second;
}

std::shared_ptr<const Template> TemplateSet::latest(const std::string &id) const
{
    std::shared_ptr<const Template> found;
    for (auto it = m_templates.lower_bound({id, 0}); it != m_templates.end() && it->first.first == id; ++it) {
        found = it->second;
    }
    return found;
}

std::vector<std::shared_ptr<const Template>> TemplateSet::all() const
{
    std::vector<std::shared_ptr<const Template>> out;
    for (const auto &[key, templ] : m_templates) {
        out.push_back(templ);
    }
    return out;
}

} // namespace maqa::core::office
