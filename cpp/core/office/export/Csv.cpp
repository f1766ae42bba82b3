// CSV writing (see Csv.h). The answers export walks each return's answers once and places them by a name → column
// table, appends fields straight into the output without temporary strings, and renders blocks of rows on every
// core: 10,000 returns of the Early Help audit (about 60 MB) take a fraction of a second.
#include "core/office/export/Csv.h"

#include "core/domain/Agencies.h"
#include "core/office/AnswerText.h"
#include "core/office/Parallel.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace maqa::core::office {

namespace {

constexpr std::size_t kRowsPerBlock = 256;

/** True for text a spreadsheet reads as a number ("-12", "3.5"): safe, and left as it is. */
bool plainNumber(std::string_view text)
{
    std::size_t i = (text.size() > 1 && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
    bool digits = false, point = false;
    for (; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9') {
            digits = true;
        } else if (text[i] == '.' && !point) {
            point = true;
        } else {
            return false;
        }
    }
    return digits;
}

bool formulaLike(std::string_view text)
{
    if (text.empty()) {
        return false;
    }
    const char c = text.front();
    return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !plainNumber(text);
}

/** Cells of one row, appended to a block's text. */
class RowWriter
{
public:
    explicit RowWriter(std::string &out)
        : m_out(out)
    {}
    void cell(std::string_view text)
    {
        if (m_started) {
            m_out += ',';
        }
        m_started = true;
        CsvWriter::appendField(m_out, text);
    }
    void endRow()
    {
        m_out += "\r\n";
        m_started = false;
    }

private:
    std::string &m_out;
    bool m_started = false;
};

/** The answer as text without copying when it is stored text or a choice label; @p scratch holds other renderings. */
std::string_view answerView(const Template &templ, const Question &q, const nlohmann::json &value, std::string &scratch)
{
    if (value.is_string()) {
        const std::string &text = value.get_ref<const std::string &>();
        if (!isSingleChoice(q.type)) {
            return text;
        }
        const ChoiceList *list = templ.choicesOf(q);
        const Choice *choice = list ? list->find(text) : nullptr;
        return choice ? std::string_view(choice->label) : std::string_view(text);
    }
    scratch = answerText(templ, q, value);
    return scratch;
}

std::string repeatField(const Template &templ, const Question &field, const nlohmann::json &entries)
{
    std::string out;
    int n = 0;
    for (const nlohmann::json &entry : entries) {
        ++n;
        const auto value = entry.is_object() ? entry.find(field.name) : entry.end();
        if (!entry.is_object() || value == entry.end()) {
            continue;
        }
        const std::string text = answerText(templ, field, *value);
        if (!text.empty()) {
            out += (out.empty() ? "" : "\n") + ("[" + std::to_string(n) + "] ") + text;
        }
    }
    return out;
}

/** The column layout of the answers export, shared by every block. */
struct Layout
{
    std::vector<const Question *> columns;                  //!< every question but notes, in document order
    std::unordered_map<std::string, std::size_t> topColumn; //!< top-level name → column
    std::vector<std::size_t> columnOf;                      //!< question index → column
};

Layout layoutOf(const Template &templ)
{
    Layout l;
    l.columnOf.assign(templ.questions.size(), 0);
    for (const Question &q : templ.questions) {
        if (q.type == QuestionType::Note) {
            continue;
        }
        if (!q.inRepeat()) {
            l.topColumn.emplace(q.name, l.columns.size());
        }
        l.columnOf[static_cast<std::size_t>(q.index)] = l.columns.size();
        l.columns.push_back(&q);
    }
    return l;
}

void writeRow(RowWriter &row, const Template &templ, const Layout &layout, const OpenedReturn &r, const Review *review,
              std::vector<std::string_view> &cells, std::vector<std::string> &scratch)
{
    row.cell(r.meta.ref.uuid);
    row.cell(std::to_string(r.meta.ref.revision));
    row.cell(r.meta.caseCode);
    row.cell(agencyName(r.meta.agency));
    row.cell(std::to_string(r.meta.templateVersion));
    row.cell(r.meta.submittedAt);
    row.cell(review ? toString(review->state) : std::string_view());
    cells.assign(layout.columns.size(), std::string_view());
    for (const auto &[name, value] : r.answers.items()) {
        const auto it = layout.topColumn.find(name);
        if (it == layout.topColumn.end()) {
            continue; // a question of another template version: this template has no column for it
        }
        const Question &q = *layout.columns[it->second];
        cells[it->second] = answerView(templ, q, value, scratch[it->second]);
        if (q.type == QuestionType::Repeat && value.is_array()) {
            for (int field : q.fields) {
                const Question &f = templ.questions[static_cast<std::size_t>(field)];
                if (f.type != QuestionType::Note) {
                    const std::size_t column = layout.columnOf[static_cast<std::size_t>(field)];
                    scratch[column] = repeatField(templ, f, value);
                    cells[column] = scratch[column];
                }
            }
        }
    }
    for (std::string_view c : cells) {
        row.cell(c);
    }
    row.endRow();
}

} // namespace

CsvWriter::CsvWriter(std::string &out)
    : m_out(out)
{
    m_out += "\xEF\xBB\xBF";
}

void CsvWriter::appendField(std::string &out, std::string_view text)
{
    const bool neutralise = formulaLike(text);
    const bool needsQuotes =
        std::any_of(text.begin(), text.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
    if (!needsQuotes) {
        if (neutralise) {
            out += '\'';
        }
        out += text;
        return;
    }
    out += '"';
    if (neutralise) {
        out += '\'';
    }
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
}

std::string CsvWriter::field(std::string_view text)
{
    std::string out;
    appendField(out, text);
    return out;
}

void CsvWriter::cell(std::string_view text)
{
    if (m_rowStarted) {
        m_out += ',';
    }
    m_rowStarted = true;
    appendField(m_out, text);
}

void CsvWriter::endRow()
{
    m_out += "\r\n";
    m_rowStarted = false;
}

void CsvWriter::row(const std::vector<std::string> &cells)
{
    for (const std::string &c : cells) {
        cell(c);
    }
    endRow();
}

std::string answersCsv(const Template &templ, std::span<const OpenedReturn *const> latest,
                       std::span<const Review> reviews, unsigned threads)
{
    const Layout layout = layoutOf(templ);
    std::map<ReturnRef, const Review *> reviewOf;
    for (const Review &r : reviews) {
        reviewOf[r.ref] = &r;
    }

    std::string out;
    CsvWriter csv(out);
    for (const char *meta :
         {"Return", "Revision", "Case code", "Agency", "Template version", "Submitted at", "Review state"}) {
        csv.cell(meta);
    }
    for (const Question *column : layout.columns) {
        const Question &q = *column;
        const std::string name =
            q.inRepeat() ? templ.questions[static_cast<std::size_t>(q.group)].name + "/" + q.name : q.name;
        csv.cell((q.label.empty() ? name : q.label) + " (" + name + ")");
    }
    csv.endRow();

    const std::size_t blocks = (latest.size() + kRowsPerBlock - 1) / kRowsPerBlock;
    std::vector<std::string> text(blocks);
    parallelFor(
        blocks, threads,
        [&](std::size_t block) {
            std::vector<std::string_view> cells;
            std::vector<std::string> scratch(layout.columns.size());
            std::string &part = text[block];
            part.reserve(kRowsPerBlock * 4096);
            RowWriter row(part);
            const std::size_t end = std::min(latest.size(), (block + 1) * kRowsPerBlock);
            for (std::size_t i = block * kRowsPerBlock; i < end; ++i) {
                const auto review = reviewOf.find(latest[i]->meta.ref);
                writeRow(row, templ, layout, *latest[i], review == reviewOf.end() ? nullptr : review->second, cells,
                         scratch);
            }
        },
        1);
    std::size_t size = out.size();
    for (const std::string &part : text) {
        size += part.size();
    }
    out.reserve(size);
    for (std::string &part : text) {
        out += part;
        std::string().swap(part);
    }
    return out;
}

std::string actionPlanCsv(std::span<const ActionItem> actions)
{
    std::string out;
    CsvWriter csv(out);
    csv.row({"Action", "Linked finding", "Owning agency", "Lead", "Due date", "RAG", "Evidence", "Re-audit date"});
    for (const ActionItem &a : actions) {
        csv.row({a.action, a.finding, std::string(agencyName(a.owner)), a.lead, a.dueDate, std::string(ragLabel(a.rag)),
                 a.evidence, a.reauditDate});
    }
    return out;
}

} // namespace maqa::core::office
