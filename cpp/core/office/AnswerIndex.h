// Each return's top-level answers by question index, gathered in one walk over each return's answers, so the
// aggregations find an answer in constant time instead of searching every return's JSON object once per question.
#pragma once

#include "core/office/Records.h"
#include "core/template/Template.h"

#include <nlohmann/json.hpp>

#include <span>
#include <vector>

namespace maqa::core::office {

/** A read-only table: rows are returns (in the order given), columns are the template's questions. */
class AnswerIndex
{
public:
    /** Indexes @p returns against @p templ on up to @p threads threads (0: one per core). */
    AnswerIndex(const Template &templ, std::span<const OpenedReturn *const> returns, unsigned threads = 0);
    /** The answer of return @p row to top-level question @p question (its index), or null when there is none. */
    const nlohmann::json *at(std::size_t row, int question) const
    {
        return m_cells[row * m_columns + static_cast<std::size_t>(question)];
    }
    /** The number of returns indexed. */
    std::size_t rows() const { return m_columns == 0 ? 0 : m_cells.size() / m_columns; }

private:
    std::size_t m_columns = 0;
    std::vector<const nlohmann::json *> m_cells;
};

} // namespace maqa::core::office
