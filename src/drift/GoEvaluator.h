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

// Evaluates Go constant expressions within one file: integer and float literals (also
// 1_000, 0x10), + - * / % and parentheses, same-file `const`s (grouped or not, typed or
// not), and time.Duration arithmetic: 30 * time.Minute, time.Minute * 30, 1800 *
// time.Second, time.Duration(30) * time.Minute. A duration is a Number in nanoseconds with
// EvaluatedValue::duration set. os.Getenv, variables, fields and calls are Unknown.
// Names resolve by Go's scopes: a function parameter, a `:=` or a `var`/`const` inside a
// function (from the end of its declaration to the end of its block) shadows a package
// const; a parameter is Unknown ("a function parameter").
class GoEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(GoEvaluator)

public:
    explicit GoEvaluator(const SyntaxTree& tree);

    const SyntaxTree& tree() const { return m_tree; }
    EvaluatedValue evaluate(TSNode expression) const;

private:
    struct Declaration
    {
        bool constant{true};
        TSNode name{};
        TSNode value{}; // the expression for this name; null when implicit (iota repetition)
        bool parameter{false};
        uint32_t scopeStart{0}; // byte range of the block it is visible in
        uint32_t scopeEnd{0};
        uint32_t visibleFrom{0}; // a local is visible from the end of its declaration
    };
    // The declaration the identifier reads, or nullopt with the reason in why.
    std::optional<Declaration> resolve(TSNode reference, QString& why) const;
    void add(TSNode name, TSNode value, bool constant, TSNode declaration);
    struct Context
    {
        int depth{0};
        QSet<uint32_t> active;
    };

    EvaluatedValue eval(TSNode node, Context& context) const;
    EvaluatedValue evalNode(TSNode node, Context& context) const;
    EvaluatedValue evalIdentifier(TSNode node, Context& context) const;
    EvaluatedValue evalVariable(
        const QString& name, const Declaration& declaration, Context& context) const;
    EvaluatedValue evalBinary(TSNode node, Context& context) const;
    EvaluatedValue evalCall(TSNode node, Context& context) const;
    EvaluatedValue convert(const QString& type, TSNode operand, Context& context) const;
    void declare(TSNode spec, bool constant);

    const SyntaxTree& m_tree;
    QHash<QString, QList<Declaration>> m_declarations;
    QString m_timePackage{QStringLiteral("time")}; // local name of the "time" import
    QString m_osPackage{QStringLiteral("os")};
};

} // namespace opsdash
