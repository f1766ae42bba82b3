// The parsed form of an expression: a small tree the interpreter walks. Template text is never run as code;
// references are bound to question indices by the template loader, once, at load.
#pragma once

#include "core/expr/Functions.h"
#include "core/expr/Types.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace maqa::core::expr {

/** What a node is. */
enum class NodeKind {
    Number, //!< a numeric literal
    String, //!< a 'quoted' literal
    Self,   //!< `.`, the answer being checked (constraints only)
    Ref,    //!< `${name}` or `${group.field}`
    Negate, //!< unary minus
    Binary, //!< an operator with two operands
    Call,   //!< a function call
};

/** Binary operators, lowest precedence first. */
enum class BinaryOp { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Mod };

/** How a bound reference reads its target. */
enum class RefKind {
    Unbound,   //!< not yet bound (parser output)
    Question,  //!< a question in scope: top level, or a field of the entry being evaluated
    Group,     //!< a repeat group itself: only inside count()
    Aggregate, //!< `${group.field}`: the field across entries, only inside sum/min/max/count
};

/** One node of an expression tree. */
struct Node
{
    NodeKind kind = NodeKind::Number;        //!< what the node is
    std::size_t position = 0;                //!< 0-based character offset in the source, for messages
    double number = 0;                       //!< Number literal
    std::string text;                        //!< String literal, or the reference as written without `${` `}`
    BinaryOp op = BinaryOp::Or;              //!< Binary: the operator
    Function function = Function::Not;       //!< Call: the function
    std::vector<std::unique_ptr<Node>> args; //!< operands or call arguments
    int target = -1;                         //!< bound question index (Ref)
    RefKind refKind = RefKind::Unbound;      //!< how a bound reference reads its target
};

/** A parsed expression with what the loader learnt about it. */
struct Expression
{
    std::string source;          //!< the text as written in the template
    std::unique_ptr<Node> root;  //!< the tree
    std::vector<int> references; //!< distinct bound question indices it reads
    Type type = Type::Any;       //!< the static type of its result
};

/** Calls @p visit on every Ref node of @p node, depth first; @p parent is the enclosing node (or null). */
template<typename Visit>
void forEachRef(Node &node, Visit &&visit, Node *parent = nullptr)
{
    if (node.kind == NodeKind::Ref) {
        visit(node, parent);
    }
    for (auto &child : node.args) {
        forEachRef(*child, visit, &node);
    }
}

} // namespace maqa::core::expr
