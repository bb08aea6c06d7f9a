#include "EvaluationGuard.h"

namespace opsdash::EvaluationGuard {

std::optional<EvaluatedValue> syntaxErrorAround(const SyntaxTree& tree, TSNode expression)
{
    const std::optional<int> line = SyntaxTree::errorInStatement(expression);
    if (!line)
        return std::nullopt;
    EvaluatedValue result = EvaluatedValue::makeUnknown(
        QCoreApplication::translate("EvaluationGuard", "syntax error at line %1").arg(*line));
    result.line = *line; // the evidence points at the error, not at the value
    result.expression = tree.excerpt(expression);
    return result;
}

} // namespace opsdash::EvaluationGuard
