// Parses XLSForm-style expression text (`${a} > 3 and selected(${b}, 'x')`) into an Ast.h tree, once, at load.
// Errors carry the 1-based character position so a QA officer can find the typo.
#pragma once

#include "core/expr/Ast.h"

#include <memory>
#include <string>
#include <string_view>

namespace maqa::core::expr {

/** Limits against hostile or runaway templates. */
struct ParseLimits
{
    std::size_t maxLength = 2000; //!< characters of source text
    int maxDepth = 48;            //!< nesting of parentheses, calls and operators
};

/** The outcome of parsing: a tree, or a message (with position) saying what is wrong. */
struct ParseResult
{
    std::unique_ptr<Node> root; //!< null on error
    std::string error;          //!< e.g. "syntax error at character 12: expected ')'"
};

/** Parses @p text; never throws for bad input. */
ParseResult parseExpression(std::string_view text, const ParseLimits &limits = {});

} // namespace maqa::core::expr
