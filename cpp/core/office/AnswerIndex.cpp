// Building the answer index (see AnswerIndex.h): one in-order walk of each return's answers, matching names through
// the template's name table; answers the template does not ask (another version's questions) are left out.
#include "core/office/AnswerIndex.h"

#include "core/office/Parallel.h"

namespace maqa::core::office {

AnswerIndex::AnswerIndex(const Template &templ, std::span<const OpenedReturn *const> returns, unsigned threads)
    : m_columns(templ.questions.size())
    , m_cells(returns.size() * templ.questions.size(), nullptr)
{
    parallelFor(
        returns.size(), threads,
        [&](std::size_t row) {
            const nlohmann::json &answers = returns[row]->answers;
            if (!answers.is_object()) {
                return;
            }
            for (auto it = answers.begin(); it != answers.end(); ++it) {
                const auto question = templ.topLevelNames.find(it.key());
                if (question != templ.topLevelNames.end() && !it->is_null()) {
                    m_cells[row * m_columns + static_cast<std::size_t>(question->second)] = &*it;
                }
            }
        },
        64);
}

} // namespace maqa::core::office
