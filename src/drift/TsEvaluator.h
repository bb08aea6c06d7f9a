#pragma once

#include "EvaluatedValue.h"
#include "SyntaxTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace opsdash {

// Evaluates TypeScript/TSX constant expressions within one file, the way the source plane
// needs them: number literals (1_000, 0x10, 1e3), + - * / % ** and parentheses, strings and
// template strings, `const` bindings of the same file (also `as const`, type annotations,
// `satisfies`), object literals with same-file spreads, `??`/`||` defaults, Number()/
// parseInt()/String()/encodeURIComponent(), URLSearchParams and URL built in the same file.
// Anything else — imports, `let`, parameters, calls, conditions, process.env — is Unknown
// with the reason; environment reads keep their literal default as the fallback.
class TsEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(TsEvaluator)

public:
    explicit TsEvaluator(const SyntaxTree& tree);

    const SyntaxTree& tree() const { return m_tree; }

    EvaluatedValue evaluate(TSNode expression) const;

    // How a name is bound at file level, for callers that need to follow an identifier to
    // its declaration (e.g. `NextAuth(authOptions)`).
    struct Binding
    {
        enum class Kind { Const, Mutable, Import };
        Kind kind{Kind::Const};
        TSNode declarator{}; // variable_declarator, or the import specifier
        TSNode value{}; // initializer; null when there is none
        QString module; // Import: the module it comes from
    };
    // All declarations of name in the file (several when scopes shadow each other).
    QList<Binding> bindings(const QString& name) const { return m_bindings.value(name); }
    // The initializer of the one `const name = …` in the file; null otherwise.
    TSNode constValue(const QString& name) const;

    // Local names under which `module`'s export `exported` ("default" for a default
    // import) is imported: `import postgres from 'postgres'` → {"postgres"}.
    QStringList importedAs(const QString& module, const QString& exported) const;

    // Strips parentheses, `as …`, `satisfies …` and `!` around an expression.
    static TSNode unwrap(TSNode expression);

private:
    struct Context
    {
        int depth{0};
        QSet<uint32_t> active; // start bytes of bindings being evaluated (cycle guard)
    };

    EvaluatedValue eval(TSNode node, Context& context) const;
    EvaluatedValue evalNode(TSNode node, Context& context) const;
    EvaluatedValue evalIdentifier(TSNode node, Context& context) const;
    EvaluatedValue evalBinary(TSNode node, Context& context) const;
    EvaluatedValue evalUnary(TSNode node, Context& context) const;
    EvaluatedValue evalMember(TSNode node, Context& context) const;
    EvaluatedValue evalSubscript(TSNode node, Context& context) const;
    EvaluatedValue evalCall(TSNode node, Context& context) const;
    EvaluatedValue evalNew(TSNode node, Context& context) const;
    EvaluatedValue evalObject(TSNode node, Context& context) const;
    EvaluatedValue evalString(TSNode node) const;
    EvaluatedValue evalTemplate(TSNode node, Context& context) const;
    QList<TSNode> arguments(TSNode call) const;
    std::optional<QString> environmentName(TSNode node) const;
    // Applies `name.set(k, v)` / `name.append(k, v)` / `name.searchParams.set(k, v)`
    // calls found in the file to a URLSearchParams or URL string bound to name.
    EvaluatedValue applySearchParamCalls(
        const QString& name, EvaluatedValue value, Context& context) const;

    const SyntaxTree& m_tree;
    QHash<QString, QList<Binding>> m_bindings;
    QHash<QString, QList<TSNode>> m_searchParamCalls; // receiver name → call_expression nodes
};

} // namespace opsdash
