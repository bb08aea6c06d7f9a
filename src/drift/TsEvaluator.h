#pragma once

#include "EvaluatedValue.h"
#include "SyntaxTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace opsdash {

class TsEvaluator;

// Finds the file an import names, for an evaluator that follows imports (CheckContext:
// within the checkout only).
class TsModules
{
public:
    virtual ~TsModules() = default;

    struct Module
    {
        const TsEvaluator* evaluator{nullptr}; // null when it cannot be followed
        QString why; // then: why, in words ("the package 'next-auth', outside the checkout")
    };
    // The module `specifier` as imported by the file at fromPath (relative to the checkout).
    virtual Module load(const QString& fromPath, const QString& specifier) = 0;
};

// Evaluates TypeScript/TSX constant expressions within one file, the way the source plane
// needs them: number literals (1_000, 0x10, 1e3), + - * / % ** and parentheses, strings and
// template strings, `const` bindings of the same file (also `as const`, type annotations,
// `satisfies`), object literals with same-file spreads, `??`/`||` defaults, Number()/
// parseInt()/String()/encodeURIComponent(), URLSearchParams and URL built in the same file.
// With a TsModules, an imported name is followed to the file it comes from (named and
// default imports, re-exports, `export default {…}`), and what it holds is evaluated there.
// Anything else — imports that leave the checkout, `let`, parameters, calls, conditions,
// process.env — is Unknown with the reason; environment reads keep their literal default as the
// fallback.
//
// Names resolve by scope: a reference reads the nearest binding whose scope holds it
// (block scope for const/let, function scope for var, parameters — also destructured, with
// defaults — for the function), so a local or a parameter shadows an outer const. An
// object bound to a const is followed through what the file does to it afterwards:
// `options.max = 5`, `options.session!.maxAge = 900`, `Object.assign(options, {…})` and
// `delete options.x` change the keys they name (a known value when the statement always
// runs in the const's own block, Unknown naming the line when it runs conditionally).
class TsEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(TsEvaluator)

public:
    // path: the file's path relative to the checkout; modules: how imports are followed
    // (none: an imported name is Unknown).
    explicit TsEvaluator(
        const SyntaxTree& tree, TsModules* modules = nullptr, QString path = QString{});

    const SyntaxTree& tree() const { return m_tree; }

    EvaluatedValue evaluate(TSNode expression) const;
    // The value a `variable_declarator` binds, with the file's later changes to it (an
    // options object that is declared and then changed).
    EvaluatedValue evaluateBinding(TSNode declarator) const;

    // How a name is bound at file level, for callers that need to follow an identifier to
    // its declaration (e.g. `NextAuth(authOptions)`).
    struct Binding
    {
        // Destructured: a name bound by a destructuring pattern of a declaration;
        // Parameter: a function parameter (also destructured); Function: a function or
        // class declaration's name.
        enum class Kind { Const, Mutable, Import, Parameter, Destructured, Function };
        Kind kind{Kind::Const};
        TSNode declarator{}; // variable_declarator, import specifier, parameter, function
        TSNode value{}; // initializer; null when there is none
        QString module; // Import: the module it comes from
        TSNode name{}; // the identifier that binds it
        uint32_t scopeStart{0}; // byte range of the scope the binding is visible in
        uint32_t scopeEnd{0};
    };
    // All declarations of name in the file (several when scopes shadow each other).
    QList<Binding> bindings(const QString& name) const { return m_bindings.value(name); }
    // The binding the identifier `reference` reads (the nearest one in scope), or nullopt
    // when none is in scope or several are equally near; `why` says which.
    std::optional<Binding> resolve(TSNode reference, QString* why = nullptr) const;
    // The initializer of the `const` that the identifier `reference` reads; null otherwise.
    TSNode constValue(TSNode reference) const;

    // Local names under which `module`'s export `exported` ("default" for a default
    // import) is imported: `import postgres from 'postgres'` → {"postgres"}.
    QStringList importedAs(const QString& module, const QString& exported) const;

    // The value this file exports under name ("default" for the default export), with the
    // entries of an object marked as read in this file. chain: "path#name" of the exports
    // being evaluated already (an import cycle is Unknown).
    EvaluatedValue exported(const QString& name, const QStringList& chain = {}) const;

    // Strips parentheses, `as …`, `satisfies …` and `!` around an expression.
    static TSNode unwrap(TSNode expression);

private:
    struct Context
    {
        int depth{0};
        QSet<uint32_t> active; // start bytes of bindings being evaluated (cycle guard)
        QStringList imports; // exports being evaluated across files ("path#name")
    };

    EvaluatedValue evalImport(const Binding& binding, Context& context) const;
    // nullopt when the file has no export of that name.
    std::optional<EvaluatedValue> exportedIfAny(
        const QString& name, const QStringList& chain) const;
    std::optional<EvaluatedValue> findExport(const QString& name, Context& context) const;

    EvaluatedValue eval(TSNode node, Context& context) const;
    EvaluatedValue evalNode(TSNode node, Context& context) const;
    EvaluatedValue evalIdentifier(TSNode node, Context& context) const;
    // usedAt: the byte where the value is read; changes after it are in doubt.
    EvaluatedValue evalBinding(const Binding& binding, Context& context, uint32_t usedAt) const;
    // The object value with the file's changes to the const binding applied.
    EvaluatedValue applyMutations(
        const Binding& binding, EvaluatedValue value, Context& context, uint32_t usedAt) const;
    void declarePattern(TSNode pattern, Binding::Kind kind, TSNode declarator, TSNode scope);
    void declareParameters(TSNode function);
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
        const Binding& binding, EvaluatedValue value, Context& context) const;

    const SyntaxTree& m_tree;
    TsModules* m_modules{nullptr};
    QString m_path;
    QHash<QString, QList<Binding>> m_bindings;
    QHash<QString, QList<TSNode>> m_searchParamCalls; // receiver name → call_expression nodes
    // Root identifier name → statements that may change an object bound to it:
    // assignment/augmented/update expressions on a member, `delete`, Object.assign calls.
    QHash<QString, QList<TSNode>> m_mutations;
};

} // namespace opsdash
