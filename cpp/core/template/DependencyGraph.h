// Who reads whom in a template: the graph the loader builds from every expression and from section/group nesting,
// so the form engine re-evaluates only the dependants of a change, in an order where inputs come first.
#pragma once

#include <vector>

namespace maqa::core {

/**
 * Nodes are questions (0..questionCount-1) then sections (questionCount + section index). A node's "value" is its
 * relevance and answer or calculated value; its "check" (required, constraint) is read by nobody, so checks never
 * form cycles and run after every value they read.
 */
struct DependencyGraph
{
    int questionCount = 0;   //!< nodes below this are questions
    int nodeCount = 0;       //!< questions + sections
    std::vector<int> order;  //!< every node, inputs before readers
    std::vector<int> rank;   //!< rank[node]: position in order
    std::vector<int> parent; //!< the section or repeat group whose relevance a node inherits; -1 for sections
    std::vector<std::vector<int>> children;     //!< nodes inheriting this node's relevance
    std::vector<std::vector<int>> valueReaders; //!< nodes whose relevant/calculation read this node
    std::vector<std::vector<int>> checkReaders; //!< questions whose required/constraint read this node (not itself)

    /** The node of section @p section. */
    int sectionNode(int section) const { return questionCount + section; }
    /** True when @p node is a section. */
    bool isSection(int node) const { return node >= questionCount; }
};

} // namespace maqa::core
