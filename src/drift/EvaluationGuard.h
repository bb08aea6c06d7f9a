#pragma once

#include "drift/EvaluatedValue.h"
#include "drift/SyntaxTree.h"

#include <QCoreApplication>

#include <optional>

namespace opsdash {

// What both source evaluators (TypeScript and Go) check before they evaluate a node, and
// how they mark where a value came from.
namespace EvaluationGuard {

// tree-sitter recovers from syntax errors by leaving an ERROR node beside a shortened
// expression (`24 * ;` parses as `24`), so an error anywhere in the enclosing statement
// makes the value unknown.
std::optional<EvaluatedValue> syntaxErrorAround(const SyntaxTree& tree, TSNode expression);

// Unknown for a missing node, a node with a syntax error or one nested deeper than
// maxDepth; otherwise evalNode(node). Either way, located at the node.
template<typename EvalNode>
EvaluatedValue guarded(
    const SyntaxTree& tree, TSNode node, int& depth, int maxDepth, EvalNode evalNode)
{
    EvaluatedValue result;
    if (ts_node_is_null(node)) {
        result = EvaluatedValue::makeUnknown(
            QCoreApplication::translate("EvaluationGuard", "no expression"));
    } else if (SyntaxTree::hasError(node) || ts_node_is_missing(node)) {
        result = EvaluatedValue::makeUnknown(
            QCoreApplication::translate("EvaluationGuard", "syntax error in '%1'")
                .arg(tree.excerpt(node)));
    } else if (depth >= maxDepth) {
        result = EvaluatedValue::makeUnknown(QCoreApplication::translate(
            "EvaluationGuard", "expression nested too deeply to follow"));
    } else {
        ++depth;
        result = evalNode(node);
        --depth;
    }
    if (!ts_node_is_null(node)) {
        result.line = SyntaxTree::line(node);
        result.expression = tree.excerpt(node);
    }
    return result;
}

} // namespace EvaluationGuard

} // namespace opsdash
