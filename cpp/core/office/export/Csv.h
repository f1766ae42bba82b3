// CSV exports for Excel: all answers of an audit (one row per return, latest revision only, one column per
// question) and the action plan. UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, and any cell that
// starts with = + - @ (or a tab or carriage return) and is not a plain number gets a leading apostrophe, so a
// spreadsheet never runs it as a formula.
//
// Answers: the header row names each column "Label (name)" — the label for people, the name because labels repeat
// ("Evidence"). Metadata columns come first (return, revision, case, agency, template version, submitted, review
// state). Choices are written as their labels, several joined with "; ". A repeat group has one column with its
// number of entries, then one column per field holding each entry's value on its own line as "[n] value".
// Notes have no column.
#pragma once

#include "core/office/ActionPlan.h"
#include "core/office/Records.h"
#include "core/template/Template.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace maqa::core::office {

/** Appends RFC 4180 rows to a string, starting with the UTF-8 byte-order mark Excel needs to read UTF-8. */
class CsvWriter
{
public:
    /** Writes into @p out (appending the BOM now). */
    explicit CsvWriter(std::string &out);
    /** Appends one cell to the current row, quoted and neutralised as needed. */
    void cell(std::string_view text);
    /** Ends the current row with CRLF. */
    void endRow();
    /** Appends a whole row. */
    void row(const std::vector<std::string> &cells);

    /** @p text as a CSV field: an apostrophe before formula-like text, quotes when it holds , " CR or LF. */
    static std::string field(std::string_view text);

    /** Appends @p text as a CSV field to @p out (see field()). */
    static void appendField(std::string &out, std::string_view text);

private:
    std::string &m_out;
    bool m_rowStarted = false;
};

/**
 * The answers CSV of @p latest (latest revisions, see Selection.h) against @p templ; @p reviews fill the state.
 * Rows are rendered on @p threads threads (0: one per core) in blocks, then joined in order.
 */
std::string answersCsv(const Template &templ, std::span<const OpenedReturn *const> latest,
                       std::span<const Review> reviews = {}, unsigned threads = 0);

/** The action plan as CSV, one row per action in the order given. */
std::string actionPlanCsv(std::span<const ActionItem> actions);

} // namespace maqa::core::office
