#include "TsEvaluator.h"

#include "drift/EvaluationGuard.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace opsdash {

namespace {

constexpr int kMaxDepth{64};

using Kind = EvaluatedValue::Kind;

QString hole()
{
    return QString{QChar{EvaluatedValue::kHole}};
}

double parseNumberLiteral(QString text)
{
    text.remove(u'_');
    if (text.endsWith(u'n')) // BigInt literal
        text.chop(1);
    bool ok = false;
    const auto integerIn = [&](int base) {
        const qulonglong value = text.mid(2).toULongLong(&ok, base);
        return ok ? static_cast<double>(value) : std::nan("");
    };
    if (text.startsWith(QLatin1String{"0x"}) || text.startsWith(QLatin1String{"0X"}))
        return integerIn(16);
    if (text.startsWith(QLatin1String{"0o"}) || text.startsWith(QLatin1String{"0O"}))
        return integerIn(8);
    if (text.startsWith(QLatin1String{"0b"}) || text.startsWith(QLatin1String{"0B"}))
        return integerIn(2);
    const double value = text.toDouble(&ok);
    return ok ? value : std::nan("");
}

// JavaScript's Number(string): surrounding whitespace ignored, "" is 0, junk is NaN.
double numberFromString(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    static const QRegularExpression numeric{QStringLiteral(
        "^[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|0[xX][0-9a-fA-F]+|"
        "0[oO][0-7]+|0[bB][01]+|Infinity)$")};
    if (!numeric.match(trimmed).hasMatch())
        return std::nan("");
    if (trimmed.contains(QLatin1String{"Infinity"}))
        return trimmed.startsWith(u'-') ? -INFINITY : INFINITY;
    return parseNumberLiteral(trimmed);
}

// JavaScript's parseInt(string, 10): the longest leading run of digits.
double parseIntPrefix(const QString& text, int radix)
{
    static const QRegularExpression prefix{QStringLiteral("^\\s*([+-]?)([0-9a-zA-Z]+)")};
    const QRegularExpressionMatch match = prefix.match(text);
    if (!match.hasMatch())
        return std::nan("");
    QString digits = match.captured(2);
    if (radix == 16
        && (digits.startsWith(QLatin1String{"0x"}) || digits.startsWith(QLatin1String{"0X"})))
        digits = digits.mid(2);
    qsizetype valid = 0;
    while (valid < digits.size()) {
        bool ok = false;
        QString{digits.at(valid)}.toInt(&ok, radix);
        if (!ok)
            break;
        ++valid;
    }
    if (valid == 0)
        return std::nan("");
    bool ok = false;
    const double value = static_cast<double>(digits.left(valid).toULongLong(&ok, radix));
    if (!ok)
        return std::nan("");
    return match.captured(1) == QLatin1String{"-"} ? -value : value;
}

QString decodeEscape(const QString& escape)
{
    if (escape.size() < 2)
        return escape;
    const QChar kind = escape.at(1);
    switch (kind.unicode()) {
    case 'n':
        return QStringLiteral("\n");
    case 't':
        return QStringLiteral("\t");
    case 'r':
        return QStringLiteral("\r");
    case 'b':
        return QStringLiteral("\b");
    case 'f':
        return QStringLiteral("\f");
    case 'v':
        return QStringLiteral("\v");
    case '0':
        return QString{QChar{0}};
    case 'x':
    case 'u': {
        QString digits = escape.mid(2);
        digits.remove(u'{').remove(u'}');
        bool ok = false;
        const uint code = digits.toUInt(&ok, 16);
        if (!ok)
            return escape;
        const char32_t c32{code};
        return QString::fromUcs4(&c32, 1);
    }
    case '\n':
    case '\r':
        return {}; // line continuation
    default:
        return escape.mid(1);
    }
}

// The value as a string piece for concatenation; Unknown becomes a hole.
QString stringPiece(const EvaluatedValue& value)
{
    switch (value.kind) {
    case Kind::String:
        return value.string;
    case Kind::Number:
        return formatNumber(value.number);
    case Kind::Boolean:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Object:
    case Kind::Unknown:
        break;
    }
    return hole();
}

// encodeURIComponent over the known parts; holes stay holes.
QString encodeComponent(const QString& text)
{
    const QStringList parts = text.split(QChar{EvaluatedValue::kHole});
    QStringList encoded;
    for (const QString& part : parts)
        encoded.append(
            QString::fromLatin1(QUrl::toPercentEncoding(part, QByteArrayLiteral("!~*'()"))));
    return encoded.join(hole());
}

// application/x-www-form-urlencoded, as URLSearchParams.toString() writes it.
QString formEncode(const QString& text)
{
    const QStringList parts = text.split(QChar{EvaluatedValue::kHole});
    QStringList encoded;
    for (const QString& part : parts) {
        QString piece = QString::fromLatin1(QUrl::toPercentEncoding(part, QByteArrayLiteral("*")));
        encoded.append(piece.replace(QLatin1String{"%20"}, QLatin1String{"+"}));
    }
    return encoded.join(hole());
}

// Sets or appends key=value in a query string ("a=1&b=2", no leading '?').
QString withParam(const QString& query, const QString& key, const QString& value, bool append)
{
    QStringList pairs = query.isEmpty() ? QStringList{} : query.split(u'&');
    const QString encodedKey = formEncode(key);
    if (!append) {
        pairs.removeIf([&](const QString& pair) { return pair.section(u'=', 0, 0) == encodedKey; });
    }
    pairs.append(encodedKey + u'=' + formEncode(value));
    return pairs.join(u'&');
}

EvaluatedValue toNumber(const EvaluatedValue& value)
{
    switch (value.kind) {
    case Kind::Number:
        return value;
    case Kind::String:
        if (value.hasHoles())
            return EvaluatedValue::makeUnknown(
                TsEvaluator::tr("a number built from an unknown string"));
        return EvaluatedValue::makeNumber(numberFromString(value.string));
    case Kind::Boolean:
        return EvaluatedValue::makeNumber(value.boolean ? 1 : 0);
    case Kind::Null:
        return EvaluatedValue::makeNumber(0);
    case Kind::Object:
        return EvaluatedValue::makeNumber(std::nan(""));
    case Kind::Unknown:
        break;
    }
    EvaluatedValue result = value;
    if (value.fallback)
        result.fallback = std::make_shared<EvaluatedValue>(toNumber(*value.fallback));
    return result;
}

bool isNullish(const EvaluatedValue& value)
{
    return value.kind == Kind::Null;
}

bool isFalsy(const EvaluatedValue& value)
{
    switch (value.kind) {
    case Kind::Null:
        return true;
    case Kind::Boolean:
        return !value.boolean;
    case Kind::Number:
        return value.number == 0 || std::isnan(value.number);
    case Kind::String:
        return value.string.isEmpty();
    case Kind::Object:
    case Kind::Unknown:
        break;
    }
    return false;
}

std::optional<double> arithmetic(const QString& op, double a, double b)
{
    if (op == QLatin1String{"+"})
        return a + b;
    if (op == QLatin1String{"-"})
        return a - b;
    if (op == QLatin1String{"*"})
        return a * b;
    if (op == QLatin1String{"/"})
        return a / b;
    if (op == QLatin1String{"%"})
        return std::fmod(a, b);
    if (op == QLatin1String{"**"})
        return std::pow(a, b);
    return std::nullopt;
}

// a OP b on known values; nullopt when OP is not one the evaluator follows.
std::optional<EvaluatedValue> combine(
    const QString& op, const EvaluatedValue& a, const EvaluatedValue& b)
{
    if (op == QLatin1String{"+"} && (a.kind == Kind::String || b.kind == Kind::String))
        return EvaluatedValue::makeString(stringPiece(a) + stringPiece(b));
    const EvaluatedValue x = toNumber(a);
    const EvaluatedValue y = toNumber(b);
    if (!x.isKnown() || !y.isKnown())
        return std::nullopt;
    if (const std::optional<double> result = arithmetic(op, x.number, y.number))
        return EvaluatedValue::makeNumber(*result);
    return std::nullopt;
}

bool isUpperSnake(const QString& text)
{
    static const QRegularExpression pattern{
        QStringLiteral("^[A-Z][A-Z0-9_]*_[A-Z0-9_]+$|^[A-Z]{3,}$")};
    return pattern.match(text).hasMatch();
}

} // namespace

namespace {

bool isFunctionLike(TSNode node)
{
    static const char* const kinds[]{"function_declaration", "function", "function_expression",
        "arrow_function", "method_definition", "generator_function",
        "generator_function_declaration", "class_static_block"};
    for (const char* kind : kinds) {
        if (SyntaxTree::is(node, kind))
            return true;
    }
    return false;
}

// Where a const/let (or a function declaration) is visible: its block.
bool isBlockScope(TSNode node)
{
    static const char* const kinds[]{"statement_block", "program", "for_statement",
        "for_in_statement", "switch_body", "catch_clause"};
    for (const char* kind : kinds) {
        if (SyntaxTree::is(node, kind))
            return true;
    }
    return isFunctionLike(node);
}

// The nearest ancestor of node (not node itself) for which scope is true; the root when none.
TSNode enclosing(TSNode node, bool (*scope)(TSNode))
{
    TSNode current = node;
    for (TSNode parent = ts_node_parent(node); !ts_node_is_null(parent);
         parent = ts_node_parent(parent)) {
        current = parent;
        if (scope(parent))
            return parent;
    }
    return current;
}

bool isVarScope(TSNode node)
{
    return isFunctionLike(node) || SyntaxTree::is(node, "program");
}

// The identifier a member chain starts from: `options` for options.session!.maxAge.
TSNode rootIdentifier(TSNode expression, QList<TSNode>* chain = nullptr)
{
    TSNode current = TsEvaluator::unwrap(expression);
    while (SyntaxTree::is(current, "member_expression")
        || SyntaxTree::is(current, "subscript_expression")) {
        if (chain != nullptr)
            chain->prepend(current);
        current = TsEvaluator::unwrap(SyntaxTree::field(current, "object"));
    }
    return SyntaxTree::is(current, "identifier") ? current : TSNode{};
}

bool sameNode(TSNode a, TSNode b)
{
    return ts_node_start_byte(a) == ts_node_start_byte(b)
        && ts_node_end_byte(a) == ts_node_end_byte(b);
}

using Path = QList<std::optional<QString>>; // nullopt: a computed key that is not known

// base with change applied to the object at path (each step a copy); a step through
// something that is not an object leaves base as it is.
EvaluatedValue changedAt(const EvaluatedValue& base, const Path& path, qsizetype step, int line,
    const std::function<void(ObjectValue&)>& change)
{
    if (base.kind != Kind::Object)
        return base;
    auto copy = std::make_shared<ObjectValue>(*base.object);
    if (step == path.size()) {
        change(*copy);
    } else if (!path.at(step)) {
        copy->entries.append(ObjectEntry::opaqueAt(
            line, TsEvaluator::tr("line %1 changes a property whose name is not known").arg(line)));
    } else {
        const std::optional<ObjectEntry> existing = copy->lookup(*path.at(step));
        if (!existing || existing->value.kind != Kind::Object)
            return base;
        ObjectEntry changed = ObjectEntry::known(*path.at(step),
            changedAt(existing->value, path, step + 1, line, change), existing->line);
        changed.file = existing->file;
        copy->entries.append(std::move(changed));
    }
    EvaluatedValue result = base;
    result.object = std::move(copy);
    return result;
}

} // namespace

TsEvaluator::TsEvaluator(const SyntaxTree& tree, TsModules* modules, QString path)
    : m_tree{tree}
    , m_modules{modules}
    , m_path{std::move(path)}
{
    const TSNode root = tree.root();
    SyntaxTree::visit(root, [this, root](TSNode node) {
        if (SyntaxTree::is(node, "lexical_declaration")
            || SyntaxTree::is(node, "variable_declaration")) {
            const QString keyword = m_tree.text(ts_node_child(node, 0));
            const Binding::Kind kind
                = keyword == QLatin1String{"const"} ? Binding::Kind::Const : Binding::Kind::Mutable;
            const TSNode scope = SyntaxTree::is(node, "variable_declaration")
                ? enclosing(node, &isVarScope)
                : enclosing(node, &isBlockScope);
            for (const TSNode declarator : SyntaxTree::namedChildren(node)) {
                if (!SyntaxTree::is(declarator, "variable_declarator"))
                    continue;
                const TSNode name = SyntaxTree::field(declarator, "name");
                if (SyntaxTree::is(name, "identifier")) {
                    m_bindings[m_tree.text(name)].append(
                        Binding{kind, declarator, SyntaxTree::field(declarator, "value"), {}, name,
                            ts_node_start_byte(scope), ts_node_end_byte(scope)});
                } else {
                    declarePattern(name, Binding::Kind::Destructured, declarator, scope);
                }
            }
            return true;
        }
        if (SyntaxTree::is(node, "function_declaration")
            || SyntaxTree::is(node, "generator_function_declaration")
            || SyntaxTree::is(node, "class_declaration")
            || SyntaxTree::is(node, "abstract_class_declaration")) {
            const TSNode name = SyntaxTree::field(node, "name");
            if (SyntaxTree::is(name, "identifier") || SyntaxTree::is(name, "type_identifier")) {
                const TSNode scope = enclosing(node, &isBlockScope);
                m_bindings[m_tree.text(name)].append(Binding{Binding::Kind::Function, node, {}, {},
                    name, ts_node_start_byte(scope), ts_node_end_byte(scope)});
            }
        }
        if (isFunctionLike(node))
            declareParameters(node);
        if (SyntaxTree::is(node, "catch_clause"))
            declarePattern(
                SyntaxTree::field(node, "parameter"), Binding::Kind::Mutable, node, node);
        if (SyntaxTree::is(node, "for_in_statement")
            && !ts_node_is_null(SyntaxTree::field(node, "kind")))
            declarePattern(SyntaxTree::field(node, "left"), Binding::Kind::Mutable, node, node);
        if (SyntaxTree::is(node, "import_statement")) {
            const EvaluatedValue source = evalString(SyntaxTree::field(node, "source"));
            const auto add = [&](TSNode local, TSNode declarator) {
                m_bindings[m_tree.text(local)].append(Binding{Binding::Kind::Import, declarator, {},
                    source.string, local, ts_node_start_byte(root), ts_node_end_byte(root)});
            };
            SyntaxTree::visit(node, [&](TSNode inner) {
                if (SyntaxTree::is(inner, "import_clause")) {
                    for (const TSNode child : SyntaxTree::namedChildren(inner)) {
                        if (SyntaxTree::is(child, "identifier"))
                            add(child, child);
                    }
                } else if (SyntaxTree::is(inner, "import_specifier")) {
                    const TSNode alias = SyntaxTree::field(inner, "alias");
                    add(ts_node_is_null(alias) ? SyntaxTree::field(inner, "name") : alias, inner);
                } else if (SyntaxTree::is(inner, "namespace_import")) {
                    add(SyntaxTree::firstNamedChild(inner), inner);
                }
                return true;
            });
            return false;
        }
        // Changes to an object after it is declared.
        TSNode target{};
        if (SyntaxTree::is(node, "assignment_expression")
            || SyntaxTree::is(node, "augmented_assignment_expression"))
            target = SyntaxTree::field(node, "left");
        else if (SyntaxTree::is(node, "update_expression"))
            target = SyntaxTree::field(node, "argument");
        else if (SyntaxTree::is(node, "unary_expression")
            && m_tree.text(SyntaxTree::field(node, "operator")) == QLatin1String{"delete"})
            target = SyntaxTree::field(node, "argument");
        if (!ts_node_is_null(target)) {
            const TSNode unwrapped = unwrap(target);
            if (SyntaxTree::is(unwrapped, "member_expression")
                || SyntaxTree::is(unwrapped, "subscript_expression")) {
                const TSNode base = rootIdentifier(unwrapped);
                if (!ts_node_is_null(base))
                    m_mutations[m_tree.text(base)].append(node);
            }
        }
        if (SyntaxTree::is(node, "call_expression")) {
            // params.set('k', 'v'), url.searchParams.append('k', 'v')
            const TSNode function = SyntaxTree::field(node, "function");
            if (SyntaxTree::is(function, "member_expression")) {
                const QString method = m_tree.text(SyntaxTree::field(function, "property"));
                if (method == QLatin1String{"set"} || method == QLatin1String{"append"}) {
                    TSNode receiver = SyntaxTree::field(function, "object");
                    if (SyntaxTree::is(receiver, "member_expression")
                        && m_tree.text(SyntaxTree::field(receiver, "property"))
                            == QLatin1String{"searchParams"})
                        receiver = SyntaxTree::field(receiver, "object");
                    if (SyntaxTree::is(receiver, "identifier"))
                        m_searchParamCalls[m_tree.text(receiver)].append(node);
                }
                QString callee = m_tree.text(function);
                callee.remove(QRegularExpression{QStringLiteral("\\s")});
                if (callee == QLatin1String{"Object.assign"}
                    || callee == QLatin1String{"Object.defineProperty"}
                    || callee == QLatin1String{"Object.defineProperties"}) {
                    const QList<TSNode> args = arguments(node);
                    const TSNode base = args.isEmpty() ? TSNode{} : rootIdentifier(args.first());
                    if (!ts_node_is_null(base))
                        m_mutations[m_tree.text(base)].append(node);
                }
            }
        }
        return true;
    });
}

void TsEvaluator::declareParameters(TSNode function)
{
    const TSNode single = SyntaxTree::field(function, "parameter");
    if (!ts_node_is_null(single))
        declarePattern(single, Binding::Kind::Parameter, single, function);
    const TSNode list = SyntaxTree::field(function, "parameters");
    for (const TSNode parameter : SyntaxTree::namedChildren(list)) {
        TSNode pattern = SyntaxTree::field(parameter, "pattern");
        if (ts_node_is_null(pattern))
            pattern = SyntaxTree::field(parameter, "name");
        if (ts_node_is_null(pattern))
            pattern = parameter; // identifier, assignment_pattern, rest_pattern, …
        declarePattern(pattern, Binding::Kind::Parameter, parameter, function);
    }
}

void TsEvaluator::declarePattern(
    TSNode pattern, Binding::Kind kind, TSNode declarator, TSNode scope)
{
    // An explicit stack: patterns of a hostile file may nest deeply.
    std::vector<TSNode> pending{pattern};
    while (!pending.empty()) {
        const TSNode node = pending.back();
        pending.pop_back();
        if (ts_node_is_null(node))
            continue;
        if (SyntaxTree::is(node, "identifier")
            || SyntaxTree::is(node, "shorthand_property_identifier_pattern")) {
            m_bindings[m_tree.text(node)].append(Binding{kind, declarator, {}, {}, node,
                ts_node_start_byte(scope), ts_node_end_byte(scope)});
        } else if (SyntaxTree::is(node, "object_pattern") || SyntaxTree::is(node, "array_pattern")
            || SyntaxTree::is(node, "rest_pattern")) {
            for (const TSNode child : SyntaxTree::namedChildren(node))
                pending.push_back(child);
        } else if (SyntaxTree::is(node, "pair_pattern")) {
            pending.push_back(SyntaxTree::field(node, "value"));
        } else if (SyntaxTree::is(node, "object_assignment_pattern")
            || SyntaxTree::is(node, "assignment_pattern")) {
            pending.push_back(SyntaxTree::field(node, "left"));
        }
    }
}

std::optional<TsEvaluator::Binding> TsEvaluator::resolve(TSNode reference, QString* why) const
{
    const QString name = m_tree.text(reference);
    const QList<Binding> found = m_bindings.value(name);
    const uint32_t at = ts_node_start_byte(reference);
    const Binding* best = nullptr;
    QList<const Binding*> tied;
    for (const Binding& binding : found) {
        if (at < binding.scopeStart || at > binding.scopeEnd)
            continue;
        if (!best || binding.scopeStart > best->scopeStart
            || (binding.scopeStart == best->scopeStart && binding.scopeEnd < best->scopeEnd)) {
            best = &binding;
            tied = {&binding};
        } else if (binding.scopeStart == best->scopeStart && binding.scopeEnd == best->scopeEnd) {
            tied.append(&binding);
        }
    }
    const auto linesOf = [](const QList<const Binding*>& bindings) {
        QStringList lines;
        for (const Binding* binding : bindings)
            lines.append(QString::number(SyntaxTree::line(binding->name)));
        return lines.join(QStringLiteral(", "));
    };
    if (best && tied.size() == 1)
        return *best;
    if (why == nullptr)
        return std::nullopt;
    if (best) {
        *why = tr("'%1' is declared %2 times in the same scope (lines %3)")
                   .arg(name)
                   .arg(tied.size())
                   .arg(linesOf(tied));
    } else if (found.size() > 1) {
        QList<const Binding*> all;
        for (const Binding& binding : found)
            all.append(&binding);
        *why = tr("'%1' is declared %2 times in this file (lines %3), none of them in scope here")
                   .arg(name)
                   .arg(found.size())
                   .arg(linesOf(all));
    } else if (found.size() == 1) {
        *why = tr("'%1' is declared at line %2, which is not in scope here")
                   .arg(name)
                   .arg(SyntaxTree::line(found.first().name));
    } else {
        *why = tr("'%1' is not declared as a constant in this file").arg(name);
    }
    return std::nullopt;
}

TSNode TsEvaluator::constValue(TSNode reference) const
{
    const std::optional<Binding> binding = resolve(reference);
    if (!binding || binding->kind != Binding::Kind::Const)
        return TSNode{};
    return binding->value;
}

QStringList TsEvaluator::importedAs(const QString& module, const QString& exported) const
{
    QStringList names;
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        for (const Binding& binding : it.value()) {
            if (binding.kind != Binding::Kind::Import || binding.module != module)
                continue;
            const bool isDefault = SyntaxTree::is(binding.declarator, "identifier");
            const bool isNamed = SyntaxTree::is(binding.declarator, "import_specifier")
                && m_tree.text(SyntaxTree::field(binding.declarator, "name")) == exported;
            if ((exported == QLatin1String{"default"} && isDefault) || isNamed)
                names.append(it.key());
        }
    }
    return names;
}

TSNode TsEvaluator::unwrap(TSNode expression)
{
    while (SyntaxTree::is(expression, "parenthesized_expression")
        || SyntaxTree::is(expression, "as_expression")
        || SyntaxTree::is(expression, "satisfies_expression")
        || SyntaxTree::is(expression, "non_null_expression")) {
        expression = SyntaxTree::firstNamedChild(expression);
    }
    return expression;
}

EvaluatedValue TsEvaluator::evaluate(TSNode expression) const
{
    if (std::optional<EvaluatedValue> broken
        = EvaluationGuard::syntaxErrorAround(m_tree, expression))
        return *broken;
    Context context;
    return eval(expression, context);
}

EvaluatedValue TsEvaluator::eval(TSNode node, Context& context) const
{
    return EvaluationGuard::guarded(m_tree, node, context.depth, kMaxDepth,
        [&](TSNode inner) { return evalNode(inner, context); });
}

EvaluatedValue TsEvaluator::evalNode(TSNode node, Context& context) const
{
    const QLatin1String type{SyntaxTree::type(node)};
    if (type == QLatin1String{"number"})
        return EvaluatedValue::makeNumber(parseNumberLiteral(m_tree.text(node)));
    if (type == QLatin1String{"string"})
        return evalString(node);
    if (type == QLatin1String{"template_string"})
        return evalTemplate(node, context);
    if (type == QLatin1String{"true"} || type == QLatin1String{"false"})
        return EvaluatedValue::makeBoolean(type == QLatin1String{"true"});
    if (type == QLatin1String{"null"} || type == QLatin1String{"undefined"})
        return EvaluatedValue::makeNull();
    if (type == QLatin1String{"identifier"})
        return evalIdentifier(node, context);
    if (type == QLatin1String{"parenthesized_expression"} || type == QLatin1String{"as_expression"}
        || type == QLatin1String{"satisfies_expression"}
        || type == QLatin1String{"non_null_expression"})
        return eval(SyntaxTree::firstNamedChild(node), context);
    if (type == QLatin1String{"binary_expression"})
        return evalBinary(node, context);
    if (type == QLatin1String{"unary_expression"})
        return evalUnary(node, context);
    if (type == QLatin1String{"member_expression"})
        return evalMember(node, context);
    if (type == QLatin1String{"subscript_expression"})
        return evalSubscript(node, context);
    if (type == QLatin1String{"call_expression"})
        return evalCall(node, context);
    if (type == QLatin1String{"new_expression"})
        return evalNew(node, context);
    if (type == QLatin1String{"object"})
        return evalObject(node, context);
    if (type == QLatin1String{"ternary_expression"})
        return EvaluatedValue::makeUnknown(
            tr("depends on a condition (%1)").arg(m_tree.excerpt(node)));
    if (type == QLatin1String{"arrow_function"} || type == QLatin1String{"function"}
        || type == QLatin1String{"function_expression"})
        return EvaluatedValue::makeUnknown(tr("is a function, not a value"));
    if (type == QLatin1String{"await_expression"})
        return EvaluatedValue::makeUnknown(
            tr("is only known at run time (%1)").arg(m_tree.excerpt(node)));
    return EvaluatedValue::makeUnknown(
        tr("'%1' (%2) is not an expression opsdash evaluates").arg(m_tree.excerpt(node), type));
}

EvaluatedValue TsEvaluator::evalIdentifier(TSNode node, Context& context) const
{
    const QString name = m_tree.text(node);
    if (name == QLatin1String{"undefined"})
        return EvaluatedValue::makeNull();
    if (name == QLatin1String{"NaN"})
        return EvaluatedValue::makeNumber(std::nan(""));
    if (name == QLatin1String{"Infinity"})
        return EvaluatedValue::makeNumber(INFINITY);

    QString why;
    const std::optional<Binding> binding = resolve(node, &why);
    if (!binding)
        return EvaluatedValue::makeUnknown(why);
    return evalBinding(*binding, context, ts_node_start_byte(node));
}

EvaluatedValue TsEvaluator::evalBinding(
    const Binding& binding, Context& context, uint32_t usedAt) const
{
    const QString name = m_tree.text(binding.name);
    const int line = SyntaxTree::line(binding.name);
    switch (binding.kind) {
    case Binding::Kind::Import: {
        EvaluatedValue value = evalImport(binding, context);
        // What this file does to the imported object counts as it does for a const.
        if (value.kind == Kind::Object && m_mutations.contains(name))
            value = applyMutations(binding, value, context, usedAt);
        return value;
    }
    case Binding::Kind::Mutable:
        return EvaluatedValue::makeUnknown(
            tr("'%1' is declared with let/var (line %2) and may change").arg(name).arg(line));
    case Binding::Kind::Parameter:
        return EvaluatedValue::makeUnknown(
            tr("'%1' is a function parameter (line %2); its value comes from the caller")
                .arg(name)
                .arg(line));
    case Binding::Kind::Destructured:
        return EvaluatedValue::makeUnknown(
            tr("'%1' is bound by destructuring (line %2), which is not followed")
                .arg(name)
                .arg(line));
    case Binding::Kind::Function:
        return EvaluatedValue::makeUnknown(
            tr("'%1' is a function or class (line %2), not a value").arg(name).arg(line));
    case Binding::Kind::Const:
        break;
    }
    if (ts_node_is_null(binding.value))
        return EvaluatedValue::makeUnknown(tr("'%1' has no initializer").arg(name));
    const uint32_t key = ts_node_start_byte(binding.declarator);
    if (context.active.contains(key))
        return EvaluatedValue::makeUnknown(tr("'%1' refers to itself").arg(name));
    context.active.insert(key);
    EvaluatedValue value = eval(binding.value, context);
    if (value.kind == Kind::Object && m_mutations.contains(name))
        value = applyMutations(binding, value, context, usedAt);
    context.active.remove(key);
    if (m_searchParamCalls.contains(name)) {
        const TSNode constructed = unwrap(binding.value);
        if (value.kind == Kind::String && SyntaxTree::is(constructed, "new_expression")) {
            value = applySearchParamCalls(binding, value, context);
        } else if (!value.isKnown()) {
            // A URL that is not known (req.nextUrl.clone()) still carries what
            // url.searchParams.set(…) puts in its query; the rest of it stays a hole.
            EvaluatedValue url = EvaluatedValue::makeString(hole() + u'?' + hole());
            url.line = value.line;
            url.expression = value.expression;
            const EvaluatedValue changed = applySearchParamCalls(binding, url, context);
            if (changed.string != url.string)
                value = changed;
        }
    }
    return value;
}

EvaluatedValue TsEvaluator::evalImport(const Binding& binding, Context& context) const
{
    const QString name = m_tree.text(binding.name);
    if (m_modules == nullptr)
        return EvaluatedValue::makeUnknown(
            tr("'%1' is imported from '%2'; other files are not followed")
                .arg(name, binding.module));
    QString exportedName;
    if (SyntaxTree::is(binding.declarator, "import_specifier")) {
        const TSNode imported = SyntaxTree::field(binding.declarator, "name");
        exportedName = SyntaxTree::is(imported, "string") ? evalString(imported).string
                                                          : m_tree.text(imported);
    } else if (SyntaxTree::is(binding.declarator, "identifier")) {
        exportedName = QStringLiteral("default");
    } else {
        return EvaluatedValue::makeUnknown(
            tr("'%1' is a namespace import of '%2', which is not followed")
                .arg(name, binding.module));
    }
    const TsModules::Module module = m_modules->load(m_path, binding.module);
    if (module.evaluator == nullptr)
        return EvaluatedValue::makeUnknown(
            tr("'%1' is imported from '%2', %3").arg(name, binding.module, module.why));
    return module.evaluator->exported(exportedName, context.imports);
}

EvaluatedValue TsEvaluator::exported(const QString& name, const QStringList& chain) const
{
    if (std::optional<EvaluatedValue> value = exportedIfAny(name, chain))
        return *value;
    return EvaluatedValue::makeUnknown(tr("%1 has no export named '%2'").arg(m_path, name));
}

std::optional<EvaluatedValue> TsEvaluator::exportedIfAny(
    const QString& name, const QStringList& chain) const
{
    constexpr qsizetype kMaxImportDepth{16};
    const QString key = m_path + u'#' + name;
    if (chain.contains(key)) {
        QStringList cycle = chain.mid(chain.indexOf(key));
        cycle.append(key);
        return EvaluatedValue::makeUnknown(
            tr("the imports form a cycle (%1)").arg(cycle.join(QStringLiteral(" → "))));
    }
    if (chain.size() >= kMaxImportDepth)
        return EvaluatedValue::makeUnknown(
            tr("imports nested more than %1 files deep are not followed").arg(kMaxImportDepth));
    Context context;
    context.imports = chain;
    context.imports.append(key);
    std::optional<EvaluatedValue> value = findExport(name, context);
    if (!value)
        return std::nullopt;
    if (!value->isKnown() && !value->reason.contains(m_path))
        value->reason = tr("%1 (in %2)").arg(value->reason, m_path);
    locateEntriesIn(*value, m_path);
    return value;
}

std::optional<EvaluatedValue> TsEvaluator::findExport(const QString& name, Context& context) const
{
    const auto moduleOf = [&](TSNode source) -> std::optional<EvaluatedValue> {
        const QString specifier = evalString(source).string;
        const TsModules::Module module = m_modules != nullptr
            ? m_modules->load(m_path, specifier)
            : TsModules::Module{nullptr, tr("other files are not followed")};
        if (module.evaluator == nullptr)
            return EvaluatedValue::makeUnknown(
                tr("'%1' is re-exported from '%2', %3").arg(name, specifier, module.why));
        return std::nullopt;
    };
    QList<TSNode> starSources; // export * from '…': searched when nothing else matches
    for (const TSNode statement : SyntaxTree::namedChildren(m_tree.root())) {
        if (!SyntaxTree::is(statement, "export_statement"))
            continue;
        bool isDefault = false;
        for (const TSNode child : SyntaxTree::children(statement)) {
            if (!ts_node_is_named(child) && m_tree.text(child) == QLatin1String{"default"})
                isDefault = true;
        }
        const TSNode source = SyntaxTree::field(statement, "source");
        const TSNode declaration = SyntaxTree::field(statement, "declaration");
        const TSNode value = SyntaxTree::field(statement, "value");
        if (isDefault && name == QLatin1String{"default"}) {
            if (!ts_node_is_null(value))
                return eval(value, context);
            return EvaluatedValue::makeUnknown(
                tr("the default export of %1 is a function or class, not a value").arg(m_path));
        }
        if (!ts_node_is_null(declaration) && !isDefault) {
            if (SyntaxTree::is(declaration, "lexical_declaration")
                || SyntaxTree::is(declaration, "variable_declaration")) {
                for (const TSNode declarator : SyntaxTree::namedChildren(declaration)) {
                    const TSNode bound = SyntaxTree::field(declarator, "name");
                    if (SyntaxTree::is(bound, "identifier") && m_tree.text(bound) == name) {
                        for (const Binding& binding : m_bindings.value(name)) {
                            if (sameNode(binding.declarator, declarator))
                                return evalBinding(
                                    binding, context, std::numeric_limits<uint32_t>::max());
                        }
                    }
                }
            }
            const TSNode declared = SyntaxTree::field(declaration, "name");
            if (!ts_node_is_null(declared) && m_tree.text(declared) == name)
                return EvaluatedValue::makeUnknown(
                    tr("'%1' is a function or class (line %2 of %3), not a value")
                        .arg(name)
                        .arg(SyntaxTree::line(declared))
                        .arg(m_path));
            continue;
        }
        bool clause = false;
        for (const TSNode child : SyntaxTree::namedChildren(statement)) {
            if (!SyntaxTree::is(child, "export_clause"))
                continue;
            clause = true;
            for (const TSNode specifier : SyntaxTree::namedChildren(child)) {
                const TSNode local = SyntaxTree::field(specifier, "name");
                const TSNode alias = SyntaxTree::field(specifier, "alias");
                const auto nameOf = [&](TSNode node) {
                    return SyntaxTree::is(node, "string") ? evalString(node).string
                                                          : m_tree.text(node);
                };
                if (nameOf(ts_node_is_null(alias) ? local : alias) != name)
                    continue;
                if (!ts_node_is_null(source)) {
                    if (std::optional<EvaluatedValue> unusable = moduleOf(source))
                        return unusable;
                    return m_modules->load(m_path, evalString(source).string)
                        .evaluator->exported(nameOf(local), context.imports);
                }
                return eval(local, context);
            }
        }
        if (!clause && !ts_node_is_null(source)) {
            bool namespaced = false;
            for (const TSNode child : SyntaxTree::namedChildren(statement))
                namespaced = namespaced || SyntaxTree::is(child, "namespace_export");
            if (!namespaced)
                starSources.append(source);
        }
    }
    if (name == QLatin1String{"default"})
        return std::nullopt; // export * never re-exports a default
    std::optional<EvaluatedValue> unfollowed; // an `export *` that may hold it
    for (const TSNode source : std::as_const(starSources)) {
        if (std::optional<EvaluatedValue> unusable = moduleOf(source)) {
            unfollowed = unfollowed ? unfollowed : unusable;
            continue;
        }
        const TsEvaluator* other = m_modules->load(m_path, evalString(source).string).evaluator;
        // A module without that export leaves the other `export *` to try.
        if (std::optional<EvaluatedValue> value = other->exportedIfAny(name, context.imports))
            return value;
    }
    return unfollowed;
}

EvaluatedValue TsEvaluator::evaluateBinding(TSNode declarator) const
{
    const TSNode name = SyntaxTree::field(declarator, "name");
    if (!SyntaxTree::is(name, "identifier"))
        return evaluate(SyntaxTree::field(declarator, "value"));
    if (std::optional<EvaluatedValue> broken
        = EvaluationGuard::syntaxErrorAround(m_tree, SyntaxTree::field(declarator, "value")))
        return *broken;
    for (const Binding& binding : m_bindings.value(m_tree.text(name))) {
        if (sameNode(binding.declarator, declarator)) {
            Context context;
            // No use site: every later change of the file counts as made before it.
            EvaluatedValue value
                = evalBinding(binding, context, std::numeric_limits<uint32_t>::max());
            value.line = SyntaxTree::line(binding.value);
            value.expression = m_tree.excerpt(binding.value);
            return value;
        }
    }
    return evaluate(SyntaxTree::field(declarator, "value"));
}

EvaluatedValue TsEvaluator::applyMutations(
    const Binding& binding, EvaluatedValue value, Context& context, uint32_t usedAt) const
{
    const TSNode scope = [&] {
        for (TSNode node = ts_node_parent(binding.declarator); !ts_node_is_null(node);
             node = ts_node_parent(node)) {
            if (ts_node_start_byte(node) == binding.scopeStart
                && ts_node_end_byte(node) == binding.scopeEnd)
                return node;
        }
        return TSNode{};
    }();
    for (const TSNode mutation : m_mutations.value(m_tree.text(binding.name))) {
        if (ts_node_start_byte(mutation) >= ts_node_start_byte(binding.declarator)
            && ts_node_end_byte(mutation) <= ts_node_end_byte(binding.declarator))
            continue; // inside the initializer
        const bool isAssign = SyntaxTree::is(mutation, "call_expression");
        const TSNode target = isAssign ? arguments(mutation).value(0)
            : SyntaxTree::is(mutation, "assignment_expression")
                || SyntaxTree::is(mutation, "augmented_assignment_expression")
            ? SyntaxTree::field(mutation, "left")
            : SyntaxTree::field(mutation, "argument");
        QList<TSNode> chain;
        const TSNode base = rootIdentifier(target, &chain);
        const std::optional<Binding> changed = resolve(base);
        if (!changed || !sameNode(changed->declarator, binding.declarator)
            || !sameNode(changed->name, binding.name))
            continue;
        Path path;
        for (const TSNode step : std::as_const(chain)) {
            if (SyntaxTree::is(step, "member_expression")) {
                path.append(m_tree.text(SyntaxTree::field(step, "property")));
                continue;
            }
            const EvaluatedValue index = eval(SyntaxTree::field(step, "index"), context);
            if (index.isKnown() && index.kind != Kind::Object)
                path.append(stringPiece(index));
            else
                path.append(std::nullopt);
        }
        const int line = SyntaxTree::line(mutation);
        // Certain: a statement of the const's own block that always runs, before the use.
        const TSNode statement = ts_node_parent(mutation);
        const bool unconditional = SyntaxTree::is(statement, "expression_statement")
            && !ts_node_is_null(scope) && sameNode(ts_node_parent(statement), scope)
            && ts_node_start_byte(mutation) < usedAt;
        const auto doubtful = [&] {
            const QString excerpt = m_tree.excerpt(mutation);
            EvaluatedValue unknown = ts_node_start_byte(mutation) >= usedAt
                ? EvaluatedValue::makeUnknown(
                    tr("changed at line %1 (%2), after the object is used").arg(line).arg(excerpt))
                : EvaluatedValue::makeUnknown(
                    tr("changed at line %1 (%2), which may or may not run").arg(line).arg(excerpt));
            unknown.line = line;
            unknown.expression = excerpt;
            return unknown;
        };
        if (isAssign) {
            const QList<TSNode> args = arguments(mutation);
            QString callee = m_tree.text(SyntaxTree::field(mutation, "function"));
            callee.remove(QRegularExpression{QStringLiteral("\\s")});
            value = changedAt(value, path, 0, line, [&](ObjectValue& object) {
                if (callee != QLatin1String{"Object.assign"}) {
                    object.entries.append(ObjectEntry::opaqueAt(
                        line, tr("line %1 defines properties with %2").arg(line).arg(callee)));
                    return;
                }
                for (qsizetype i = 1; i < args.size(); ++i) {
                    const EvaluatedValue source = eval(args.at(i), context);
                    if (source.kind == Kind::Null)
                        continue;
                    if (source.kind != Kind::Object) {
                        object.entries.append(ObjectEntry::opaqueAt(line,
                            tr("Object.assign at line %1 merges %2, which cannot be followed")
                                .arg(line)
                                .arg(m_tree.excerpt(args.at(i)))));
                        continue;
                    }
                    for (ObjectEntry entry : source.object->entries) {
                        if (!entry.opaque && !unconditional)
                            entry.value = doubtful();
                        object.entries.append(entry);
                    }
                }
            });
            continue;
        }
        if (path.isEmpty())
            continue;
        const std::optional<QString> last = path.takeLast();
        EvaluatedValue assigned = doubtful();
        if (unconditional && SyntaxTree::is(mutation, "assignment_expression"))
            assigned = eval(SyntaxTree::field(mutation, "right"), context);
        else if (SyntaxTree::is(mutation, "unary_expression"))
            assigned = unconditional
                ? EvaluatedValue::makeUnknown(tr("deleted at line %1").arg(line))
                : doubtful();
        else if (unconditional)
            assigned = EvaluatedValue::makeUnknown(
                tr("changed at line %1 (%2)").arg(line).arg(m_tree.excerpt(mutation)));
        value = changedAt(value, path, 0, line, [&](ObjectValue& object) {
            if (last)
                object.entries.append(ObjectEntry::known(*last, assigned, line));
            else
                object.entries.append(ObjectEntry::opaqueAt(
                    line, tr("line %1 changes a property whose name is not known").arg(line)));
        });
    }
    return value;
}

EvaluatedValue TsEvaluator::applySearchParamCalls(
    const Binding& binding, EvaluatedValue value, Context& context) const
{
    const TSNode constructed = unwrap(binding.value);
    for (const TSNode call : m_searchParamCalls.value(m_tree.text(binding.name))) {
        if (ts_node_start_byte(call) < ts_node_end_byte(constructed))
            continue;
        const TSNode function = SyntaxTree::field(call, "function");
        TSNode receiver = SyntaxTree::field(function, "object");
        // url.searchParams.set(…) changes a URL's query; params.set(…) a URLSearchParams.
        const bool isUrl = SyntaxTree::is(receiver, "member_expression");
        if (isUrl)
            receiver = SyntaxTree::field(receiver, "object");
        const std::optional<Binding> called = resolve(receiver);
        if (!called || !sameNode(called->name, binding.name))
            continue; // another binding of the same name
        const bool append
            = m_tree.text(SyntaxTree::field(function, "property")) == QLatin1String{"append"};
        const QList<TSNode> args = arguments(call);
        if (args.size() < 2)
            continue;
        const QString key = stringPiece(eval(args.at(0), context));
        const QString val = stringPiece(eval(args.at(1), context));
        if (isUrl) {
            const qsizetype question = value.string.indexOf(u'?');
            const QString base = question < 0 ? value.string : value.string.left(question);
            const QString query = question < 0 ? QString{} : value.string.mid(question + 1);
            value.string = base + u'?' + withParam(query, key, val, append);
        } else {
            value.string = withParam(value.string, key, val, append);
        }
    }
    return value;
}

EvaluatedValue TsEvaluator::evalString(TSNode node) const
{
    QString text;
    for (const TSNode child : SyntaxTree::namedChildren(node)) {
        if (SyntaxTree::is(child, "escape_sequence"))
            text += decodeEscape(m_tree.text(child));
        else
            text += m_tree.text(child);
    }
    return EvaluatedValue::makeString(text);
}

EvaluatedValue TsEvaluator::evalTemplate(TSNode node, Context& context) const
{
    // Raw text between the substitutions is not a node in this grammar: take it from the
    // byte ranges around the named children.
    const QByteArray& source = m_tree.source();
    uint32_t position = ts_node_start_byte(node) + 1;
    const uint32_t end = ts_node_end_byte(node) - 1;
    QString text;
    const uint32_t count = ts_node_named_child_count(node);
    for (uint32_t i = 0; i < count; ++i) {
        const TSNode child = ts_node_named_child(node, i);
        const uint32_t start = ts_node_start_byte(child);
        text += QString::fromUtf8(
            source.constData() + position, static_cast<qsizetype>(start - position));
        if (SyntaxTree::is(child, "template_substitution"))
            text += stringPiece(eval(SyntaxTree::firstNamedChild(child), context));
        else if (SyntaxTree::is(child, "escape_sequence"))
            text += decodeEscape(m_tree.text(child));
        else
            text += m_tree.text(child); // string_fragment in other grammar versions, or a comment
        position = ts_node_end_byte(child);
    }
    if (end > position)
        text += QString::fromUtf8(
            source.constData() + position, static_cast<qsizetype>(end - position));
    return EvaluatedValue::makeString(text);
}

EvaluatedValue TsEvaluator::evalBinary(TSNode node, Context& context) const
{
    const QString op = m_tree.text(SyntaxTree::field(node, "operator"));
    const EvaluatedValue left = eval(SyntaxTree::field(node, "left"), context);

    if (op == QLatin1String{"??"} || op == QLatin1String{"||"}) {
        const bool useRight = op == QLatin1String{"??"} ? isNullish(left) : isFalsy(left);
        if (left.isKnown())
            return useRight ? eval(SyntaxTree::field(node, "right"), context) : left;
        // process.env.X ?? 150: unknown, with the literal as its default.
        EvaluatedValue result = left;
        const EvaluatedValue right = eval(SyntaxTree::field(node, "right"), context);
        if (right.isKnown())
            result.fallback = std::make_shared<EvaluatedValue>(right);
        else if (right.fallback && !result.fallback)
            result.fallback = right.fallback;
        return result;
    }

    const EvaluatedValue right = eval(SyntaxTree::field(node, "right"), context);
    if (left.isKnown() && right.isKnown()) {
        if (std::optional<EvaluatedValue> result = combine(op, left, right))
            return *result;
        return EvaluatedValue::makeUnknown(tr("the operator '%1' is not evaluated").arg(op));
    }
    // A URL concatenated with something unknown keeps its known parts.
    if (op == QLatin1String{"+"} && (left.kind == Kind::String || right.kind == Kind::String))
        return EvaluatedValue::makeString(stringPiece(left) + stringPiece(right));

    const EvaluatedValue& unknown = left.isKnown() ? right : left;
    EvaluatedValue result = EvaluatedValue::makeUnknown(unknown.reason);
    result.environment = unknown.environment;
    // Carry a default through arithmetic: Number(process.env.X ?? 30) * 60 defaults to 1800.
    const EvaluatedValue* leftKnown = left.isKnown() ? &left : left.fallback.get();
    const EvaluatedValue* rightKnown = right.isKnown() ? &right : right.fallback.get();
    if (leftKnown && rightKnown) {
        if (std::optional<EvaluatedValue> fallback = combine(op, *leftKnown, *rightKnown))
            result.fallback = std::make_shared<EvaluatedValue>(*fallback);
    }
    return result;
}

EvaluatedValue TsEvaluator::evalUnary(TSNode node, Context& context) const
{
    const QString op = m_tree.text(SyntaxTree::field(node, "operator"));
    const EvaluatedValue operand = eval(SyntaxTree::field(node, "argument"), context);
    if (op == QLatin1String{"+"})
        return toNumber(operand);
    if (op == QLatin1String{"-"}) {
        EvaluatedValue number = toNumber(operand);
        if (number.isKnown())
            return EvaluatedValue::makeNumber(-number.number);
        if (number.fallback && number.fallback->isKnown())
            number.fallback = std::make_shared<EvaluatedValue>(
                EvaluatedValue::makeNumber(-number.fallback->number));
        return number;
    }
    if (op == QLatin1String{"!"} && operand.isKnown())
        return EvaluatedValue::makeBoolean(isFalsy(operand));
    if (!operand.isKnown())
        return operand;
    return EvaluatedValue::makeUnknown(tr("the operator '%1' is not evaluated").arg(op));
}

std::optional<QString> TsEvaluator::environmentName(TSNode node) const
{
    // process.env.X, process.env?.X, process.env['X'], import.meta.env.X
    TSNode object = SyntaxTree::field(node, "object");
    QString objectText = m_tree.text(object);
    objectText.remove(QRegularExpression{QStringLiteral("[\\s?]")});
    if (objectText != QLatin1String{"process.env"}
        && objectText != QLatin1String{"import.meta.env"})
        return std::nullopt;
    if (SyntaxTree::is(node, "member_expression"))
        return objectText + u'.' + m_tree.text(SyntaxTree::field(node, "property"));
    const TSNode index = SyntaxTree::field(node, "index");
    if (SyntaxTree::is(index, "string"))
        return objectText + u'.' + evalString(index).string;
    return objectText + QStringLiteral("[…]");
}

EvaluatedValue TsEvaluator::evalMember(TSNode node, Context& context) const
{
    if (const std::optional<QString> variable = environmentName(node)) {
        EvaluatedValue result
            = EvaluatedValue::makeUnknown(tr("comes from the environment (%1)").arg(*variable));
        result.environment = *variable;
        return result;
    }
    const QString property = m_tree.text(SyntaxTree::field(node, "property"));
    const EvaluatedValue object = eval(SyntaxTree::field(node, "object"), context);
    switch (object.kind) {
    case Kind::Object:
        if (const std::optional<ObjectEntry> entry = object.object->lookup(property))
            return entry->value;
        return EvaluatedValue::makeUnknown(
            tr("'%1' has no property '%2'").arg(object.expression, property));
    case Kind::String:
        if (property == QLatin1String{"length"} && !object.hasHoles())
            return EvaluatedValue::makeNumber(static_cast<double>(object.string.size()));
        if (property == QLatin1String{"href"})
            return object;
        if (property == QLatin1String{"search"}) {
            const qsizetype question = object.string.indexOf(u'?');
            return EvaluatedValue::makeString(
                question < 0 ? QString{} : object.string.mid(question));
        }
        if (property == QLatin1String{"pathname"})
            return EvaluatedValue::makeString(object.string.section(u'?', 0, 0));
        break;
    case Kind::Unknown:
        return object;
    case Kind::Number:
    case Kind::Boolean:
    case Kind::Null:
        break;
    }
    return EvaluatedValue::makeUnknown(
        tr("the property '%1' of %2 is not evaluated").arg(property, object.display()));
}

EvaluatedValue TsEvaluator::evalSubscript(TSNode node, Context& context) const
{
    if (const std::optional<QString> variable = environmentName(node)) {
        EvaluatedValue result
            = EvaluatedValue::makeUnknown(tr("comes from the environment (%1)").arg(*variable));
        result.environment = *variable;
        return result;
    }
    const EvaluatedValue object = eval(SyntaxTree::field(node, "object"), context);
    const EvaluatedValue index = eval(SyntaxTree::field(node, "index"), context);
    if (!object.isKnown())
        return object;
    if (!index.isKnown())
        return index;
    if (object.kind == Kind::Object) {
        const QString key = stringPiece(index);
        if (const std::optional<ObjectEntry> entry = object.object->lookup(key))
            return entry->value;
        return EvaluatedValue::makeUnknown(
            tr("'%1' has no property '%2'").arg(object.expression, key));
    }
    return EvaluatedValue::makeUnknown(tr("'%1' is not evaluated").arg(m_tree.excerpt(node)));
}

QList<TSNode> TsEvaluator::arguments(TSNode call) const
{
    return SyntaxTree::namedChildren(SyntaxTree::field(call, "arguments"));
}

EvaluatedValue TsEvaluator::evalCall(TSNode node, Context& context) const
{
    const TSNode function = SyntaxTree::field(node, "function");
    QString name = m_tree.text(function);
    name.remove(QRegularExpression{QStringLiteral("\\s")});
    const QList<TSNode> args = arguments(node);
    const auto argument = [&](qsizetype i) {
        return i < args.size() ? eval(args.at(i), context) : EvaluatedValue::makeNull();
    };

    if (name == QLatin1String{"Number"})
        return args.isEmpty() ? EvaluatedValue::makeNumber(0) : toNumber(argument(0));
    if (name == QLatin1String{"parseInt"} || name == QLatin1String{"Number.parseInt"}
        || name == QLatin1String{"parseFloat"} || name == QLatin1String{"Number.parseFloat"}) {
        const bool integer = name.endsWith(QLatin1String{"Int"});
        int radix = 10;
        if (integer && args.size() > 1) {
            const EvaluatedValue radixValue = argument(1);
            if (!radixValue.isIntegral())
                return EvaluatedValue::makeUnknown(
                    tr("parseInt with a radix that is not a constant"));
            radix = static_cast<int>(radixValue.number);
        }
        const std::function<EvaluatedValue(const EvaluatedValue&)> parse =
            [&](const EvaluatedValue& value) {
                if (!value.isKnown()) {
                    EvaluatedValue result = value;
                    if (value.fallback)
                        result.fallback = std::make_shared<EvaluatedValue>(parse(*value.fallback));
                    return result;
                }
                const QString text = stringPiece(value);
                if (text.contains(QChar{EvaluatedValue::kHole}))
                    return EvaluatedValue::makeUnknown(
                        tr("parses a string that is not fully known"));
                return EvaluatedValue::makeNumber(
                    integer ? parseIntPrefix(text, radix) : numberFromString(text));
            };
        return parse(argument(0));
    }
    if (name == QLatin1String{"String"}) {
        const EvaluatedValue value = argument(0);
        return value.isKnown() ? EvaluatedValue::makeString(stringPiece(value)) : value;
    }
    if (name == QLatin1String{"encodeURIComponent"}) {
        const EvaluatedValue value = argument(0);
        return EvaluatedValue::makeString(encodeComponent(stringPiece(value)));
    }
    if (name.startsWith(QLatin1String{"Math."})) {
        QList<double> numbers;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const EvaluatedValue value = toNumber(argument(i));
            if (!value.isKnown())
                return value;
            numbers.append(value.number);
        }
        const QString method = name.mid(5);
        if (numbers.size() == 1 && method == QLatin1String{"floor"})
            return EvaluatedValue::makeNumber(std::floor(numbers.first()));
        if (numbers.size() == 1 && method == QLatin1String{"ceil"})
            return EvaluatedValue::makeNumber(std::ceil(numbers.first()));
        if (numbers.size() == 1 && method == QLatin1String{"round"})
            return EvaluatedValue::makeNumber(std::floor(numbers.first() + 0.5));
        if (!numbers.isEmpty() && method == QLatin1String{"min"})
            return EvaluatedValue::makeNumber(*std::min_element(numbers.cbegin(), numbers.cend()));
        if (!numbers.isEmpty() && method == QLatin1String{"max"})
            return EvaluatedValue::makeNumber(*std::max_element(numbers.cbegin(), numbers.cend()));
    }
    if (SyntaxTree::is(function, "member_expression")
        && m_tree.text(SyntaxTree::field(function, "property")) == QLatin1String{"toString"}
        && args.isEmpty()) {
        const EvaluatedValue object = eval(SyntaxTree::field(function, "object"), context);
        if (!object.isKnown() || object.kind == Kind::String)
            return object;
        if (object.kind != Kind::Object)
            return EvaluatedValue::makeString(stringPiece(object));
    }

    // Not followed. A helper such as getEnvNumber('DB_POOL_MAX', 150) still says which
    // variable it reads and its default, as a courtesy to the reader.
    EvaluatedValue result
        = EvaluatedValue::makeUnknown(tr("the call %1 is not evaluated").arg(m_tree.excerpt(node)));
    for (qsizetype i = 0; i < args.size(); ++i) {
        const EvaluatedValue value = argument(i);
        if (!value.isKnown() && !value.environment.isEmpty()) {
            result.environment = value.environment;
            if (value.fallback)
                result.fallback = value.fallback;
        } else if (value.kind == Kind::String && isUpperSnake(value.string)
            && result.environment.isEmpty()) {
            result.environment = value.string;
        } else if ((value.kind == Kind::Number || value.kind == Kind::Boolean)
            && !result.fallback) {
            result.fallback = std::make_shared<EvaluatedValue>(value);
        }
    }
    if (!result.environment.isEmpty()) {
        result.reason = tr("comes from the environment (%1, read by %2)")
                            .arg(result.environment, m_tree.excerpt(function, 40));
    } else {
        result.fallback.reset();
    }
    return result;
}

EvaluatedValue TsEvaluator::evalNew(TSNode node, Context& context) const
{
    const QString constructor = m_tree.text(SyntaxTree::field(node, "constructor"));
    const QList<TSNode> args = arguments(node);
    if (constructor == QLatin1String{"URLSearchParams"}) {
        if (args.isEmpty())
            return EvaluatedValue::makeString({});
        const EvaluatedValue init = eval(args.first(), context);
        if (init.kind == Kind::String) {
            QString text = init.string;
            if (text.startsWith(u'?'))
                text.remove(0, 1);
            return EvaluatedValue::makeString(text);
        }
        if (init.kind == Kind::Object) {
            QString query;
            // Later keys win in an object literal; URLSearchParams keeps the object's order.
            for (const ObjectEntry& entry : init.object->entries) {
                if (entry.opaque) {
                    query = query.isEmpty() ? hole() : query + u'&' + hole();
                    continue;
                }
                query = withParam(query, entry.key, stringPiece(entry.value), false);
            }
            return EvaluatedValue::makeString(query);
        }
        return init.isKnown() ? EvaluatedValue::makeUnknown(
                   tr("URLSearchParams from %1 is not evaluated").arg(init.display()))
                              : init;
    }
    if (constructor == QLatin1String{"URL"} && !args.isEmpty()) {
        const EvaluatedValue url = eval(args.first(), context);
        if (url.kind != Kind::String)
            return url.isKnown()
                ? EvaluatedValue::makeUnknown(tr("a URL from %1").arg(url.display()))
                : url;
        return url; // a relative path stays relative; the base does not change the query
    }
    return EvaluatedValue::makeUnknown(tr("'new %1(…)' is not evaluated").arg(constructor));
}

EvaluatedValue TsEvaluator::evalObject(TSNode node, Context& context) const
{
    auto object = std::make_shared<ObjectValue>();
    for (const TSNode member : SyntaxTree::namedChildren(node)) {
        const int line = SyntaxTree::line(member);
        if (SyntaxTree::is(member, "pair")) {
            const TSNode keyNode = SyntaxTree::field(member, "key");
            QString key;
            if (SyntaxTree::is(keyNode, "string")) {
                key = evalString(keyNode).string;
            } else if (SyntaxTree::is(keyNode, "number")) {
                key = formatNumber(parseNumberLiteral(m_tree.text(keyNode)));
            } else if (SyntaxTree::is(keyNode, "computed_property_name")) {
                const EvaluatedValue computed = eval(SyntaxTree::firstNamedChild(keyNode), context);
                if (!computed.isKnown() || computed.kind == Kind::Object) {
                    object->entries.append(ObjectEntry::opaqueAt(line,
                        tr("a computed key (%1) could set any property")
                            .arg(m_tree.excerpt(keyNode))));
                    continue;
                }
                key = stringPiece(computed);
            } else {
                key = m_tree.text(keyNode);
            }
            object->entries.append(
                ObjectEntry::known(key, eval(SyntaxTree::field(member, "value"), context), line));
        } else if (SyntaxTree::is(member, "shorthand_property_identifier")) {
            object->entries.append(
                ObjectEntry::known(m_tree.text(member), evalIdentifier(member, context), line));
            object->entries.last().value.line = line;
            object->entries.last().value.expression = m_tree.text(member);
        } else if (SyntaxTree::is(member, "spread_element")) {
            const EvaluatedValue spread = eval(SyntaxTree::firstNamedChild(member), context);
            if (spread.kind == Kind::Object)
                object->entries.append(spread.object->entries);
            else if (spread.kind != Kind::Null)
                object->entries.append(ObjectEntry::opaqueAt(line,
                    tr("the spread %1 cannot be followed: %2")
                        .arg(m_tree.excerpt(member),
                            spread.isKnown() ? spread.display() : spread.reason)));
        } else if (SyntaxTree::is(member, "method_definition")) {
            object->entries.append(
                ObjectEntry::known(m_tree.text(SyntaxTree::field(member, "name")),
                    EvaluatedValue::makeUnknown(tr("is a method, not a value")), line));
        } else {
            object->entries.append(ObjectEntry::opaqueAt(
                line, tr("'%1' is not evaluated").arg(m_tree.excerpt(member))));
        }
    }
    EvaluatedValue result;
    result.kind = Kind::Object;
    result.object = std::move(object);
    return result;
}

} // namespace opsdash
