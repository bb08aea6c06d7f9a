#include "GoEvaluator.h"

#include "drift/EvaluationGuard.h"

#include <QRegularExpression>

#include <cmath>
#include <cstring>

namespace opsdash {

namespace {

constexpr int kMaxDepth{64};

using Kind = EvaluatedValue::Kind;

std::optional<double> nanosecondsPer(const QString& unit)
{
    if (unit == QLatin1String{"Nanosecond"})
        return 1.0;
    if (unit == QLatin1String{"Microsecond"})
        return 1e3;
    if (unit == QLatin1String{"Millisecond"})
        return 1e6;
    if (unit == QLatin1String{"Second"})
        return 1e9;
    if (unit == QLatin1String{"Minute"})
        return 60e9;
    if (unit == QLatin1String{"Hour"})
        return 3600e9;
    return std::nullopt;
}

double parseGoInteger(QString text)
{
    text.remove(u'_');
    bool ok = false;
    qulonglong value = 0;
    const QString lower = text.toLower();
    if (lower.startsWith(QLatin1String{"0x"}))
        value = text.mid(2).toULongLong(&ok, 16);
    else if (lower.startsWith(QLatin1String{"0o"}))
        value = text.mid(2).toULongLong(&ok, 8);
    else if (lower.startsWith(QLatin1String{"0b"}))
        value = text.mid(2).toULongLong(&ok, 2);
    else if (text.size() > 1 && text.startsWith(u'0'))
        value = text.mid(1).toULongLong(&ok, 8);
    else
        value = text.toULongLong(&ok, 10);
    return ok ? static_cast<double>(value) : std::nan("");
}

QString goString(const SyntaxTree& tree, TSNode node)
{
    QString text = tree.text(node);
    if (text.size() >= 2)
        text = text.mid(1, text.size() - 2);
    if (SyntaxTree::is(node, "interpreted_string_literal")) {
        text.replace(QLatin1String{"\\\""}, QLatin1String{"\""});
        text.replace(QLatin1String{"\\\\"}, QLatin1String{"\\"});
    }
    return text;
}

bool isGoScope(TSNode node)
{
    static const char* const kinds[]{"block", "source_file", "if_statement", "for_statement",
        "expression_switch_statement", "type_switch_statement", "select_statement",
        "expression_case", "default_case", "type_case", "communication_case",
        "function_declaration", "method_declaration", "func_literal"};
    for (const char* kind : kinds) {
        if (SyntaxTree::is(node, kind))
            return true;
    }
    return false;
}

TSNode goScopeOf(TSNode node)
{
    TSNode current = node;
    for (TSNode parent = ts_node_parent(node); !ts_node_is_null(parent);
         parent = ts_node_parent(parent)) {
        current = parent;
        if (isGoScope(parent))
            return parent;
    }
    return current;
}

bool isIntegerType(const QString& type)
{
    static const QRegularExpression pattern{QStringLiteral("^u?int(8|16|32|64)?$|^float(32|64)$")};
    return pattern.match(type).hasMatch();
}

} // namespace

GoEvaluator::GoEvaluator(const SyntaxTree& tree)
    : m_tree{tree}
{
    SyntaxTree::visit(tree.root(), [this](TSNode node) {
        if (SyntaxTree::is(node, "import_spec")) {
            const QString path = goString(m_tree, SyntaxTree::field(node, "path"));
            const TSNode alias = SyntaxTree::field(node, "name");
            const QString local
                = ts_node_is_null(alias) ? path.section(u'/', -1) : m_tree.text(alias);
            if (path == QLatin1String{"time"})
                m_timePackage = local;
            else if (path == QLatin1String{"os"})
                m_osPackage = local;
            return false;
        }
        if (SyntaxTree::is(node, "const_spec") || SyntaxTree::is(node, "var_spec")) {
            declare(node, SyntaxTree::is(node, "const_spec"));
            return true;
        }
        if (SyntaxTree::is(node, "short_var_declaration")
            || (SyntaxTree::is(node, "range_clause")
                && m_tree.text(node).contains(QLatin1String{":="}))) {
            const QList<TSNode> names = SyntaxTree::namedChildren(SyntaxTree::field(node, "left"));
            const TSNode right = SyntaxTree::field(node, "right");
            const QList<TSNode> values = SyntaxTree::is(node, "range_clause")
                ? QList<TSNode>{}
                : SyntaxTree::namedChildren(right);
            for (qsizetype i = 0; i < names.size(); ++i) {
                // n, err := strconv.Atoi(…): one call gives every name its value.
                const TSNode value = values.size() == names.size() ? values.at(i)
                    : values.size() == 1                           ? values.first()
                                                                   : TSNode{};
                if (SyntaxTree::is(names.at(i), "identifier"))
                    add(names.at(i), value, false, node);
            }
        }
        if (SyntaxTree::is(node, "function_declaration")
            || SyntaxTree::is(node, "method_declaration") || SyntaxTree::is(node, "func_literal")) {
            for (const char* list : {"parameters", "receiver", "result"}) {
                const TSNode parameters = SyntaxTree::field(node, list);
                if (!SyntaxTree::is(parameters, "parameter_list"))
                    continue;
                for (const TSNode parameter : SyntaxTree::namedChildren(parameters)) {
                    const uint32_t count = ts_node_child_count(parameter);
                    for (uint32_t i = 0; i < count; ++i) {
                        const char* field = ts_node_field_name_for_child(parameter, i);
                        if (field == nullptr || std::strcmp(field, "name") != 0)
                            continue;
                        const TSNode name = ts_node_child(parameter, i);
                        m_declarations[m_tree.text(name)].append(Declaration{false, name, {}, true,
                            ts_node_start_byte(node), ts_node_end_byte(node), 0});
                    }
                }
            }
        }
        return true;
    });
}

void GoEvaluator::add(TSNode name, TSNode value, bool constant, TSNode declaration)
{
    const TSNode scope = goScopeOf(declaration);
    const bool package = SyntaxTree::is(scope, "source_file");
    m_declarations[m_tree.text(name)].append(
        Declaration{constant, name, value, false, ts_node_start_byte(scope),
            ts_node_end_byte(scope), package ? 0 : ts_node_end_byte(declaration)});
}

std::optional<GoEvaluator::Declaration> GoEvaluator::resolve(TSNode reference, QString& why) const
{
    const QString name = m_tree.text(reference);
    const QList<Declaration> found = m_declarations.value(name);
    const uint32_t at = ts_node_start_byte(reference);
    const Declaration* best = nullptr;
    int tied = 0;
    QStringList lines;
    for (const Declaration& declaration : found) {
        lines.append(QString::number(SyntaxTree::line(declaration.name)));
        if (at < declaration.scopeStart || at > declaration.scopeEnd
            || at < declaration.visibleFrom)
            continue;
        if (!best || declaration.scopeStart > best->scopeStart
            || (declaration.scopeStart == best->scopeStart
                && declaration.scopeEnd < best->scopeEnd)) {
            best = &declaration;
            tied = 1;
        } else if (declaration.scopeStart == best->scopeStart
            && declaration.scopeEnd == best->scopeEnd) {
            // The same block: a later local redeclaration (`x, err := …`) is the one seen.
            if (declaration.visibleFrom > best->visibleFrom) {
                best = &declaration;
                tied = 1;
            } else if (declaration.visibleFrom == best->visibleFrom) {
                ++tied;
            }
        }
    }
    if (best && tied == 1)
        return *best;
    if (best) {
        why = tr("'%1' is declared %2 times in the same scope (lines %3)")
                  .arg(name)
                  .arg(tied)
                  .arg(lines.join(QStringLiteral(", ")));
    } else if (found.size() > 1) {
        why = tr("'%1' is declared %2 times in this file (lines %3), none of them in scope here")
                  .arg(name)
                  .arg(found.size())
                  .arg(lines.join(QStringLiteral(", ")));
    } else if (found.size() == 1) {
        why = tr("'%1' is declared at line %2, which is not in scope here")
                  .arg(name, lines.first());
    } else {
        why = tr("'%1' is not declared as a constant in this file").arg(name);
    }
    return std::nullopt;
}

void GoEvaluator::declare(TSNode spec, bool constant)
{
    QList<TSNode> names;
    TSNode values{};
    const uint32_t count = ts_node_child_count(spec);
    for (uint32_t i = 0; i < count; ++i) {
        const char* field = ts_node_field_name_for_child(spec, i);
        const TSNode child = ts_node_child(spec, i);
        if (field != nullptr && std::strcmp(field, "name") == 0)
            names.append(child);
        else if (field != nullptr && std::strcmp(field, "value") == 0)
            values = child;
    }
    const QList<TSNode> expressions
        = ts_node_is_null(values) ? QList<TSNode>{} : SyntaxTree::namedChildren(values);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const TSNode value = i < expressions.size() ? expressions.at(i) : TSNode{};
        add(names.at(i), value, constant, spec);
    }
}

EvaluatedValue GoEvaluator::evaluate(TSNode expression) const
{
    if (std::optional<EvaluatedValue> broken
        = EvaluationGuard::syntaxErrorAround(m_tree, expression))
        return *broken;
    Context context;
    return eval(expression, context);
}

EvaluatedValue GoEvaluator::eval(TSNode node, Context& context) const
{
    return EvaluationGuard::guarded(m_tree, node, context.depth, kMaxDepth,
        [&](TSNode inner) { return evalNode(inner, context); });
}

EvaluatedValue GoEvaluator::evalNode(TSNode node, Context& context) const
{
    const QLatin1String type{SyntaxTree::type(node)};
    if (type == QLatin1String{"int_literal"})
        return EvaluatedValue::makeNumber(parseGoInteger(m_tree.text(node)));
    if (type == QLatin1String{"float_literal"}) {
        bool ok = false;
        const double value = m_tree.text(node).remove(u'_').toDouble(&ok);
        return EvaluatedValue::makeNumber(ok ? value : std::nan(""));
    }
    if (type == QLatin1String{"interpreted_string_literal"}
        || type == QLatin1String{"raw_string_literal"})
        return EvaluatedValue::makeString(goString(m_tree, node));
    if (type == QLatin1String{"true"} || type == QLatin1String{"false"})
        return EvaluatedValue::makeBoolean(type == QLatin1String{"true"});
    if (type == QLatin1String{"nil"})
        return EvaluatedValue::makeNull();
    if (type == QLatin1String{"parenthesized_expression"})
        return eval(SyntaxTree::firstNamedChild(node), context);
    if (type == QLatin1String{"identifier"})
        return evalIdentifier(node, context);
    if (type == QLatin1String{"binary_expression"})
        return evalBinary(node, context);
    if (type == QLatin1String{"unary_expression"}) {
        const QString op = m_tree.text(SyntaxTree::field(node, "operator"));
        EvaluatedValue operand = eval(SyntaxTree::field(node, "operand"), context);
        if (!operand.isNumber())
            return operand.isKnown()
                ? EvaluatedValue::makeUnknown(tr("the operator '%1' is not evaluated").arg(op))
                : operand;
        if (op == QLatin1String{"-"})
            operand.number = -operand.number;
        else if (op != QLatin1String{"+"})
            return EvaluatedValue::makeUnknown(tr("the operator '%1' is not evaluated").arg(op));
        return operand;
    }
    if (type == QLatin1String{"selector_expression"}) {
        const QString package = m_tree.text(SyntaxTree::field(node, "operand"));
        const QString name = m_tree.text(SyntaxTree::field(node, "field"));
        if (package == m_timePackage) {
            if (const std::optional<double> ns = nanosecondsPer(name)) {
                EvaluatedValue result = EvaluatedValue::makeNumber(*ns);
                result.duration = true;
                return result;
            }
        }
        return EvaluatedValue::makeUnknown(
            tr("'%1' is not a constant of this file").arg(m_tree.excerpt(node)));
    }
    if (type == QLatin1String{"call_expression"})
        return evalCall(node, context);
    if (type == QLatin1String{"type_conversion_expression"})
        return convert(m_tree.text(SyntaxTree::field(node, "type")),
            SyntaxTree::field(node, "operand"), context);
    return EvaluatedValue::makeUnknown(
        tr("'%1' (%2) is not an expression opsdash evaluates").arg(m_tree.excerpt(node), type));
}

EvaluatedValue GoEvaluator::evalIdentifier(TSNode node, Context& context) const
{
    const QString name = m_tree.text(node);
    if (name == QLatin1String{"iota"})
        return EvaluatedValue::makeUnknown(tr("uses iota"));
    QString why;
    const std::optional<Declaration> resolved = resolve(node, why);
    if (!resolved)
        return EvaluatedValue::makeUnknown(why);
    const Declaration& declaration = *resolved;
    if (declaration.parameter)
        return EvaluatedValue::makeUnknown(
            tr("'%1' is a function parameter (line %2); its value comes from the caller")
                .arg(name)
                .arg(SyntaxTree::line(declaration.name)));
    if (!declaration.constant)
        return evalVariable(name, declaration, context);
    if (ts_node_is_null(declaration.value))
        return EvaluatedValue::makeUnknown(
            tr("'%1' takes its value by implicit repetition (iota)").arg(name));
    const uint32_t key = ts_node_start_byte(declaration.name);
    if (context.active.contains(key))
        return EvaluatedValue::makeUnknown(tr("'%1' refers to itself").arg(name));
    context.active.insert(key);
    EvaluatedValue value = eval(declaration.value, context);
    context.active.remove(key);
    // const x time.Duration = 30: typed as a duration (30 ns, as Go reads it).
    const TSNode spec = ts_node_parent(declaration.name);
    const TSNode typeNode = SyntaxTree::field(spec, "type");
    if (value.isNumber() && m_tree.text(typeNode) == m_timePackage + QStringLiteral(".Duration"))
        value.duration = true;
    return value;
}

EvaluatedValue GoEvaluator::evalVariable(
    const QString& name, const Declaration& declaration, Context& context) const
{
    // Never a value, but say where it may come from: a variable set from the environment
    // with a literal default (`n := 50; if v := os.Getenv("X"); v != "" { n, _ = … }`).
    EvaluatedValue result
        = EvaluatedValue::makeUnknown(tr("'%1' is a variable (line %2), not a constant")
                                          .arg(name)
                                          .arg(SyntaxTree::line(declaration.name)));
    TSNode scope = declaration.name;
    while (!ts_node_is_null(ts_node_parent(scope)) && !SyntaxTree::is(scope, "function_declaration")
        && !SyntaxTree::is(scope, "method_declaration") && !SyntaxTree::is(scope, "func_literal"))
        scope = ts_node_parent(scope);

    QList<TSNode> sources;
    if (!ts_node_is_null(declaration.value))
        sources.append(declaration.value);
    QString environment;
    SyntaxTree::visit(scope, [&](TSNode node) {
        if (SyntaxTree::is(node, "assignment_statement")) {
            const QList<TSNode> left = SyntaxTree::namedChildren(SyntaxTree::field(node, "left"));
            const QList<TSNode> right = SyntaxTree::namedChildren(SyntaxTree::field(node, "right"));
            for (qsizetype i = 0; i < left.size(); ++i) {
                if (m_tree.text(left.at(i)) == name && i < right.size())
                    sources.append(right.size() == left.size() ? right.at(i) : right.first());
            }
        } else if (environment.isEmpty() && SyntaxTree::is(node, "call_expression")) {
            const QString function = m_tree.text(SyntaxTree::field(node, "function"));
            if (function == m_osPackage + QStringLiteral(".Getenv")
                || function == m_osPackage + QStringLiteral(".LookupEnv")) {
                const TSNode argument
                    = SyntaxTree::firstNamedChild(SyntaxTree::field(node, "arguments"));
                environment = goString(m_tree, argument);
            }
        }
        return true;
    });
    if (environment.isEmpty())
        return result;
    result.environment = environment;
    result.reason += tr("; the function reads the environment (%1)").arg(environment);
    for (const TSNode source : sources) {
        if (context.depth >= kMaxDepth)
            break;
        ++context.depth;
        const EvaluatedValue value = eval(source, context);
        --context.depth;
        if (value.isNumber()) {
            result.fallback = std::make_shared<EvaluatedValue>(value);
            break;
        }
    }
    return result;
}

EvaluatedValue GoEvaluator::evalBinary(TSNode node, Context& context) const
{
    const QString op = m_tree.text(SyntaxTree::field(node, "operator"));
    const EvaluatedValue left = eval(SyntaxTree::field(node, "left"), context);
    const EvaluatedValue right = eval(SyntaxTree::field(node, "right"), context);
    if (!left.isKnown())
        return left;
    if (!right.isKnown())
        return right;
    if (!left.isNumber() || !right.isNumber())
        return EvaluatedValue::makeUnknown(
            tr("the operator '%1' on non-numbers is not evaluated").arg(op));
    double value = 0;
    const bool integral = left.isIntegral() && right.isIntegral();
    if (op == QLatin1String{"+"})
        value = left.number + right.number;
    else if (op == QLatin1String{"-"})
        value = left.number - right.number;
    else if (op == QLatin1String{"*"})
        value = left.number * right.number;
    else if (op == QLatin1String{"/"} && right.number != 0)
        value = integral ? std::trunc(left.number / right.number) : left.number / right.number;
    else if (op == QLatin1String{"%"} && right.number != 0 && integral)
        value = std::fmod(left.number, right.number);
    else
        return EvaluatedValue::makeUnknown(tr("the operator '%1' is not evaluated").arg(op));
    EvaluatedValue result = EvaluatedValue::makeNumber(value);
    // Go types the result as Duration when either operand is one
    // (time.Duration(30) * time.Minute is 30 minutes).
    result.duration = left.duration || right.duration;
    return result;
}

EvaluatedValue GoEvaluator::convert(const QString& type, TSNode operand, Context& context) const
{
    EvaluatedValue value = eval(operand, context);
    if (!value.isKnown())
        return value;
    if (!value.isNumber())
        return EvaluatedValue::makeUnknown(
            tr("the conversion %1(%2) is not evaluated").arg(type, value.display()));
    if (type == m_timePackage + QStringLiteral(".Duration")) {
        value.duration = true;
    } else if (isIntegerType(type)) {
        value.duration = false;
        if (type.startsWith(QLatin1String{"int"}) || type.startsWith(QLatin1String{"uint"}))
            value.number = std::trunc(value.number);
    } else {
        return EvaluatedValue::makeUnknown(tr("the conversion to %1 is not evaluated").arg(type));
    }
    return value;
}

EvaluatedValue GoEvaluator::evalCall(TSNode node, Context& context) const
{
    const TSNode function = SyntaxTree::field(node, "function");
    const QString name = m_tree.text(function);
    const QList<TSNode> args = SyntaxTree::namedChildren(SyntaxTree::field(node, "arguments"));

    if (args.size() == 1
        && (name == m_timePackage + QStringLiteral(".Duration") || isIntegerType(name)))
        return convert(name, args.first(), context);
    if (name == m_osPackage + QStringLiteral(".Getenv")
        || name == m_osPackage + QStringLiteral(".LookupEnv")) {
        const QString variable = args.isEmpty() ? QString{} : goString(m_tree, args.first());
        EvaluatedValue result
            = EvaluatedValue::makeUnknown(tr("comes from the environment (%1)").arg(variable));
        result.environment = variable;
        return result;
    }
    // A helper such as envInt("DB_MAX_OPEN_CONNS", 50): name the variable and the default.
    EvaluatedValue result
        = EvaluatedValue::makeUnknown(tr("the call %1 is not evaluated").arg(m_tree.excerpt(node)));
    static const QRegularExpression envName{QStringLiteral("^[A-Z][A-Z0-9_]*_[A-Z0-9_]+$")};
    for (const TSNode arg : args) {
        const EvaluatedValue value = eval(arg, context);
        if (!value.isKnown() && !value.environment.isEmpty())
            result.environment = value.environment;
        else if (value.kind == Kind::String && envName.match(value.string).hasMatch()
            && result.environment.isEmpty())
            result.environment = value.string;
        else if (value.isNumber() && !result.fallback)
            result.fallback = std::make_shared<EvaluatedValue>(value);
    }
    if (!result.environment.isEmpty())
        result.reason = tr("comes from the environment (%1, read by %2)")
                            .arg(result.environment, m_tree.excerpt(function, 40));
    else
        result.fallback.reset();
    return result;
}

} // namespace opsdash
