// Selecting the latest revisions (see Selection.h): one pass keeping the highest revision per uuid in a hash map,
// then a sort on (case, agency, submitted, uuid) for a stable order.
#include "core/office/Selection.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace maqa::core::office {

std::vector<const OpenedReturn *> latestRevisions(std::span<const OpenedReturn> returns, std::string_view auditId)
{
    std::unordered_map<std::string_view, const OpenedReturn *> newest;
    newest.reserve(returns.size());
    for (const OpenedReturn &r : returns) {
        if (!auditId.empty() && r.meta.auditId != auditId) {
            continue;
        }
        auto [it, added] = newest.try_emplace(r.meta.ref.uuid, &r);
        if (!added && it->second->meta.ref.revision < r.meta.ref.revision) {
            it->second = &r;
        }
    }
    std::vector<const OpenedReturn *> out;
    out.reserve(newest.size());
    for (const auto &[uuid, r] : newest) {
        out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const OpenedReturn *a, const OpenedReturn *b) {
        return std::tie(a->meta.caseCode, a->meta.agency, a->meta.submittedAt, a->meta.ref.uuid) <
               std::tie(b->meta.caseCode, b->meta.agency, b->meta.submittedAt, b->meta.ref.uuid);
    });
    return out;
}

std::string textAnswer(const OpenedReturn &r, const std::string &name)
{
    const auto it = r.answers.find(name);
    return it != r.answers.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace maqa::core::office
