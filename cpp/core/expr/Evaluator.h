// The interpreter: walks a bound expression tree against the answers in scope and returns a Value.
// It can only do what the Functions.h table and the operators allow; it has no other effect.
#pragma once

#include "core/expr/Ast.h"
#include "core/expr/Value.h"

#include <cstdint>
#include <vector>

namespace maqa::core::expr {

/** The answers an expression sees; the form engine implements it for one question (and repeat entry). */
class Environment
{
public:
    virtual ~Environment() = default; //!< environments are used through this interface
    /** The value of `.`: the answer being checked. */
    virtual Value self() const = 0;
    /** The value of a bound Question reference (the same entry's field inside a repeat). */
    virtual Value reference(int target) const = 0;
    /** For a Group reference one true value per entry; for an Aggregate the field's value in each entry. */
    virtual void collect(int target, RefKind kind, std::vector<Value> &out) const = 0;
    /** Local wall-clock minutes since 1970-01-01T00:00, for today() and now(). */
    virtual std::int64_t nowMinutes() const = 0;
};

/** Evaluates @p node in @p env. Never throws for data: failed operations yield an empty value. */
Value evaluate(const Node &node, const Environment &env);

/** XPath '=' between two values (empty equals only empty and ''). */
bool valuesEqual(const Value &a, const Value &b);

} // namespace maqa::core::expr
