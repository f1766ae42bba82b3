// Static checking of a bound expression: infers its result type and reports mismatches the loader can see
// (arithmetic on a multiple-choice answer, a date compared with a number, a choice that does not exist).
#pragma once

#include "core/expr/Ast.h"

#include <functional>
#include <string>
#include <vector>

namespace maqa::core::expr {

/** What the checker may ask about references; provided by the template loader. */
struct TypeEnvironment
{
    /** The type of a bound Question or Aggregate reference (for an aggregate: the field's type). */
    std::function<Type(const Node &ref)> referenceType;
    /** The choice names of a bound reference to a choice question, or null. */
    std::function<const std::vector<std::string> *(const Node &ref)> referenceChoices;
    Type selfType = Type::Any;                             //!< the type of `.`
    const std::vector<std::string> *selfChoices = nullptr; //!< the choices of `.`, or null
};

/** Infers the type of @p root and appends one message per mismatch to @p problems. */
Type checkTypes(const Node &root, const TypeEnvironment &env, std::vector<std::string> &problems);

} // namespace maqa::core::expr
