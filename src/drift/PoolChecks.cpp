// Source checks of the two connection pools: the postgres.js options object and the Go
// database/sql setters, plus budget.total over what was found.
#include "CheckContext.h"
#include "GoEvaluator.h"
#include "TsEvaluator.h"

#include <QRegularExpression>

namespace opsdash {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PoolChecks)
};

QString fileKeyOf(const PoolSpec& pool)
{
    // The baseline names each pool's client file <id>PoolClient (webPoolClient, …).
    return pool.id + QStringLiteral("PoolClient");
}

QString expectedOf(const PoolSettingValue& value)
{
    if (const qint64* count = std::get_if<qint64>(&value))
        return QString::number(*count);
    return CheckContext::expectedText(std::get<Duration>(value));
}

// The order settings are reported in: the client's documentation order, not alphabetical.
QStringList orderedSettings(const PoolSpec& pool, const QStringList& known)
{
    QStringList ordered;
    for (const QString& name : known) {
        if (pool.settings.contains(name))
            ordered.append(name);
    }
    for (auto it = pool.settings.cbegin(); it != pool.settings.cend(); ++it) {
        if (!ordered.contains(it.key()))
            ordered.append(it.key());
    }
    return ordered;
}

// What the checks of both pool clients share: the check ids, the settings reported (in
// the client's documentation order), the size learned for budget.total, and the findings
// when the settings cannot be read at all.
struct PoolCheck
{
    PoolCheck(CheckContext& context, const PoolSpec& pool, const QStringList& known)
        : context{context}
        , pool{pool}
        , settings{orderedSettings(pool, known)}
        , size{pool.id, std::nullopt, false, {}, {}}
    { }

    QString idOf(const QString& setting) const
    {
        return QStringLiteral("pool.%1.%2").arg(pool.id, setting);
    }
    QString expected(const QString& setting) const
    {
        return expectedOf(pool.settings.value(setting));
    }

    // The count or duration setting against the baseline; durationCompare reads the
    // client's duration unit (seconds for postgres.js, time.Duration for Go).
    Finding compare(const QString& setting, const EvaluatedValue& value, const QString& evidence,
        Finding (CheckContext::*durationCompare)(
            const QString&, const Duration&, const EvaluatedValue&, const QString&) const) const
    {
        const PoolSettingValue wanted = pool.settings.value(setting);
        if (const qint64* count = std::get_if<qint64>(&wanted))
            return context.compareCount(idOf(setting), *count, value, evidence);
        return (context.*durationCompare)(
            idOf(setting), std::get<Duration>(wanted), value, evidence);
    }

    // Every setting with one status: the call that holds them cannot be told or read.
    QList<Finding> all(CheckStatus status, const QString& evidence, const QString& reason)
    {
        QList<Finding> findings;
        for (const QString& setting : settings)
            findings.append(
                context.make(idOf(setting), status, expected(setting), {}, evidence, reason));
        size.why = reason;
        return finish(findings);
    }
    // Every setting when the client file cannot be used (missing, unreadable, rejected).
    QList<Finding> unavailable(const Error& error)
    {
        QList<Finding> findings;
        for (const QString& setting : settings)
            findings.append(context.unavailable(idOf(setting), expected(setting), error));
        size.why = error.toString();
        return finish(findings);
    }
    QList<Finding> finish(QList<Finding> findings)
    {
        context.poolSizes.append(size);
        return findings;
    }

    CheckContext& context;
    const PoolSpec& pool;
    QStringList settings;
    SourcePoolSize size;
};

// The variable a call's result is bound to: `const sql = postgres(…)`, `sql = postgres(…)`,
// `export const db = globalThis.db ?? postgres(…)`, `{ sql: postgres(…) }`; empty when none.
QString boundName(const SyntaxTree& tree, TSNode call)
{
    TSNode node = call;
    TSNode parent = ts_node_parent(node);
    while (SyntaxTree::is(parent, "parenthesized_expression")
        || SyntaxTree::is(parent, "as_expression") || SyntaxTree::is(parent, "satisfies_expression")
        || SyntaxTree::is(parent, "non_null_expression")
        || SyntaxTree::is(parent, "await_expression")
        || SyntaxTree::is(parent, "ternary_expression")
        || (SyntaxTree::is(parent, "binary_expression")
            && QStringList{QStringLiteral("??"), QStringLiteral("||")}.contains(
                tree.text(SyntaxTree::field(parent, "operator"))))) {
        node = parent;
        parent = ts_node_parent(node);
    }
    TSNode name{};
    if (SyntaxTree::is(parent, "variable_declarator") || SyntaxTree::is(parent, "pair")
        || SyntaxTree::is(parent, "public_field_definition"))
        name = SyntaxTree::field(parent, SyntaxTree::is(parent, "pair") ? "key" : "name");
    else if (SyntaxTree::is(parent, "assignment_expression"))
        name = SyntaxTree::field(parent, "left");
    if (SyntaxTree::is(name, "member_expression"))
        name = SyntaxTree::field(name, "property"); // globalThis.sql = postgres(…)
    if (SyntaxTree::is(name, "identifier") || SyntaxTree::is(name, "property_identifier"))
        return tree.text(name);
    return {};
}

// The postgres(…) calls of a file (under whatever name `postgres` is imported), in source order.
QList<TSNode> postgresCallNodes(const TsEvaluator& evaluator)
{
    const SyntaxTree& tree = evaluator.tree();
    QStringList names = evaluator.importedAs(QStringLiteral("postgres"), QStringLiteral("default"));
    if (names.isEmpty())
        names.append(QStringLiteral("postgres"));
    QList<TSNode> calls;
    SyntaxTree::visit(tree.root(), [&](TSNode node) {
        if (SyntaxTree::is(node, "call_expression")
            && names.contains(tree.text(SyntaxTree::field(node, "function")).simplified()))
            calls.append(node);
        return true;
    });
    return calls;
}

QString postgresJsDefault(const QString& setting)
{
    if (setting == QLatin1String{"max"})
        return Text::tr("10");
    if (setting == QLatin1String{"idle_timeout"})
        return Text::tr("none (idle connections are never closed)");
    if (setting == QLatin1String{"connect_timeout"})
        return Text::tr("30 s");
    if (setting == QLatin1String{"max_lifetime"})
        return Text::tr("a random 30–60 min");
    return Text::tr("unknown");
}

QList<Finding> postgresJsFindings(CheckContext& context, const PoolSpec& pool)
{
    static const QStringList known{QStringLiteral("max"), QStringLiteral("idle_timeout"),
        QStringLiteral("connect_timeout"), QStringLiteral("max_lifetime")};
    PoolCheck check{context, pool, known};
    const Result<const ParsedSource*> parsed = context.parsed(fileKeyOf(pool));
    if (!parsed)
        return check.unavailable(parsed.error());
    const SourceFile& file = (*parsed)->file;
    const SyntaxTree& tree = (*parsed)->tree;
    const TsEvaluator evaluator = context.evaluator(**parsed);

    QList<TSNode> calls = postgresCallNodes(evaluator);
    if (calls.isEmpty())
        return check.all(
            CheckStatus::Missing, file.relativePath(), Text::tr("no postgres(…) call in the file"));
    const auto describeCalls = [&](const QList<TSNode>& list) {
        QStringList parts;
        for (const TSNode call : list) {
            const QString name = boundName(tree, call);
            parts.append(name.isEmpty()
                    ? Text::tr("line %1").arg(SyntaxTree::line(call))
                    : Text::tr("line %1 (%2)").arg(SyntaxTree::line(call)).arg(name));
        }
        return parts.join(QStringLiteral(", "));
    };
    const QList<TSNode> all = calls;
    if (!pool.binding.isEmpty()) {
        calls.removeIf([&](TSNode call) { return boundName(tree, call) != pool.binding; });
        if (calls.isEmpty())
            return check.all(CheckStatus::Missing, file.relativePath(),
                Text::tr("no postgres(…) call is bound to '%1' (the calls: %2)")
                    .arg(pool.binding, describeCalls(all)));
    }
    if (pool.call) {
        if (*pool.call > calls.size())
            return check.all(CheckStatus::Missing, file.relativePath(),
                Text::tr("the pool is call %1, but the file has %2 such postgres(…) calls (%3)")
                    .arg(*pool.call)
                    .arg(calls.size())
                    .arg(describeCalls(calls)));
        calls = {calls.at(static_cast<qsizetype>(*pool.call - 1))};
    }
    if (calls.size() > 1) {
        return check.all(CheckStatus::Unknown, file.evidence(SyntaxTree::line(calls.first())),
            Text::tr("%1 postgres(…) calls (%2); cannot tell which is the %3 pool: name it in the "
                     "baseline with \"binding\" or \"call\"")
                .arg(calls.size())
                .arg(describeCalls(calls), pool.id));
    }

    const TSNode call = calls.first();
    const int callLine = SyntaxTree::line(call);
    const QList<TSNode> args = SyntaxTree::namedChildren(SyntaxTree::field(call, "arguments"));
    // postgres(url, options) or postgres(options): the options object comes last.
    std::optional<EvaluatedValue> options;
    if (!args.isEmpty()) {
        EvaluatedValue last = evaluator.evaluate(args.last());
        if (last.kind == EvaluatedValue::Kind::Object || (!last.isKnown() && args.size() > 1))
            options = last;
        else if (!last.isKnown() && args.size() == 1
            && !SyntaxTree::is(TsEvaluator::unwrap(args.last()), "identifier"))
            options = last;
    }
    if (options && !options->isKnown()) {
        return check.all(CheckStatus::Unknown,
            file.evidence(options->line > 0 ? options->line : callLine),
            Text::tr("the options of postgres(…) cannot be evaluated: %1").arg(options->explain()));
    }

    QList<Finding> findings;
    for (const QString& setting : std::as_const(check.settings)) {
        const std::optional<ObjectEntry> entry
            = options ? options->object->lookup(setting) : std::nullopt;
        if (!entry) {
            findings.append(context.make(check.idOf(setting), CheckStatus::Missing,
                check.expected(setting), {}, file.evidence(callLine),
                Text::tr(
                    "postgres(…) does not set %1; the PG%2 environment variable or postgres.js's "
                    "default (%3) applies")
                    .arg(setting, setting.toUpper(), postgresJsDefault(setting))));
            continue;
        }
        findings.append(check.compare(setting, entry->value, CheckContext::evidenceOf(file, *entry),
            &CheckContext::compareSeconds));
    }

    const std::optional<ObjectEntry> max
        = options ? options->object->lookup(QStringLiteral("max")) : std::nullopt;
    if (max && max->value.isIntegral()) {
        check.size.size = static_cast<qint64>(max->value.number);
        check.size.evidence = CheckContext::evidenceOf(file, *max);
    } else if (max) {
        check.size.why = max->value.isKnown() ? Text::tr("max is %1").arg(max->value.display())
                                              : max->value.explain();
        check.size.evidence = CheckContext::evidenceOf(file, *max);
    } else {
        check.size.why = Text::tr("postgres(…) does not set max (postgres.js defaults to 10)");
        check.size.evidence = file.evidence(callLine);
    }
    return check.finish(findings);
}

QString goSetter(const QString& setting)
{
    QString name = setting;
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return QStringLiteral("Set") + name; // maxOpenConns → SetMaxOpenConns
}

QString goDefault(const QString& setting)
{
    if (setting == QLatin1String{"maxOpenConns"})
        return Text::tr("unlimited");
    if (setting == QLatin1String{"maxIdleConns"})
        return Text::tr("2");
    return Text::tr("no limit");
}

QList<Finding> goFindings(CheckContext& context, const PoolSpec& pool)
{
    static const QStringList known{QStringLiteral("maxOpenConns"), QStringLiteral("maxIdleConns"),
        QStringLiteral("connMaxLifetime"), QStringLiteral("connMaxIdleTime")};
    PoolCheck check{context, pool, known};
    const QStringList& settings = check.settings;
    SourcePoolSize& size = check.size;
    QList<Finding> findings;
    const Result<const ParsedSource*> parsed = context.parsed(fileKeyOf(pool));
    if (!parsed)
        return check.unavailable(parsed.error());
    const SourceFile& file = (*parsed)->file;
    const SyntaxTree& tree = (*parsed)->tree;
    const GoEvaluator evaluator{tree};

    QHash<QString, QList<TSNode>> calls; // setter name → its calls
    SyntaxTree::visit(tree.root(), [&](TSNode node) {
        if (SyntaxTree::is(node, "call_expression")) {
            const TSNode function = SyntaxTree::field(node, "function");
            // With a binding, only that receiver's setters: readDB.SetMaxOpenConns is not
            // the pool of db.SetMaxOpenConns.
            if (SyntaxTree::is(function, "selector_expression")
                && (pool.binding.isEmpty()
                    || tree.text(SyntaxTree::field(function, "operand")).simplified()
                        == pool.binding))
                calls[tree.text(SyntaxTree::field(function, "field"))].append(node);
        }
        return true;
    });

    const bool wantsSize = !settings.contains(QStringLiteral("maxOpenConns"));
    QStringList sizeSettings = settings;
    if (wantsSize)
        sizeSettings.append(QStringLiteral("maxOpenConns")); // for budget.total only
    for (const QString& setting : sizeSettings) {
        const bool report = settings.contains(setting);
        const QString setter = goSetter(setting);
        const QList<TSNode> found = calls.value(setter);
        std::optional<Finding> finding;
        std::optional<EvaluatedValue> value;
        int line = 0;
        if (found.isEmpty()) {
            finding = context.make(check.idOf(setting), CheckStatus::Missing,
                check.expected(setting), {}, file.relativePath(),
                Text::tr("%1 is never called; database/sql's default is %2")
                    .arg(setter, goDefault(setting)));
            if (setting == QLatin1String{"maxOpenConns"}) {
                size.why
                    = Text::tr("%1 is never called (database/sql allows unlimited connections)")
                          .arg(setter);
                size.unlimited = true;
                size.evidence = file.relativePath();
            }
        } else {
            QList<EvaluatedValue> values;
            for (const TSNode call : found) {
                const QList<TSNode> args
                    = SyntaxTree::namedChildren(SyntaxTree::field(call, "arguments"));
                EvaluatedValue evaluated = args.size() == 1
                    ? evaluator.evaluate(args.first())
                    : EvaluatedValue::makeUnknown(Text::tr("%1 takes one argument").arg(setter));
                evaluated.line = SyntaxTree::line(call);
                values.append(evaluated);
            }
            line = values.first().line;
            bool agree = true;
            for (const EvaluatedValue& other : values) {
                agree = agree && other.isKnown() && values.first().isKnown()
                    && other.number == values.first().number && other.kind == values.first().kind;
            }
            if (values.size() > 1 && !agree) {
                QStringList lines;
                for (const EvaluatedValue& other : values)
                    lines.append(QString::number(other.line));
                EvaluatedValue ambiguous = EvaluatedValue::makeUnknown(
                    Text::tr("%1 is called %2 times with different values (lines %3)")
                        .arg(setter)
                        .arg(values.size())
                        .arg(lines.join(QStringLiteral(", "))));
                ambiguous.expression = values.first().expression;
                value = ambiguous;
            } else {
                value = values.first();
            }
        }
        if (value) {
            if (report)
                finding = check.compare(
                    setting, *value, file.evidence(line), &CheckContext::compareGoDuration);
            if (setting == QLatin1String{"maxOpenConns"}) {
                size.evidence = file.evidence(line);
                if (value->isIntegral() && value->number <= 0) {
                    size.unlimited = true;
                    size.why = Text::tr("SetMaxOpenConns(%1) means unlimited")
                                   .arg(formatNumber(value->number));
                    if (finding && report)
                        finding->actual = Text::tr("unlimited (%1)").arg(value->expression);
                } else if (value->isIntegral()) {
                    size.size = static_cast<qint64>(value->number);
                } else {
                    size.why = value->isKnown()
                        ? Text::tr("SetMaxOpenConns(%1)").arg(value->display())
                        : value->explain();
                }
            }
        }
        if (finding && report)
            findings.append(*finding);
    }
    return check.finish(findings);
}

} // namespace

QList<Finding> poolFindings(CheckContext& context)
{
    QList<Finding> findings;
    for (const PoolSpec& pool : context.baseline().pools) {
        switch (pool.client) {
        case PoolClient::PostgresJs:
            findings.append(postgresJsFindings(context, pool));
            break;
        case PoolClient::GoDatabaseSql:
            findings.append(goFindings(context, pool));
            break;
        }
    }
    return findings;
}

QList<PostgresCall> postgresCalls(const TsEvaluator& evaluator)
{
    QList<PostgresCall> calls;
    for (const TSNode call : postgresCallNodes(evaluator))
        calls.append(PostgresCall{SyntaxTree::line(call), boundName(evaluator.tree(), call)});
    return calls;
}

QStringList goPoolReceivers(const SyntaxTree& tree)
{
    static const QStringList setters{QStringLiteral("SetMaxOpenConns"),
        QStringLiteral("SetMaxIdleConns"), QStringLiteral("SetConnMaxLifetime"),
        QStringLiteral("SetConnMaxIdleTime")};
    QStringList receivers;
    SyntaxTree::visit(tree.root(), [&](TSNode node) {
        if (!SyntaxTree::is(node, "call_expression"))
            return true;
        const TSNode function = SyntaxTree::field(node, "function");
        if (SyntaxTree::is(function, "selector_expression")
            && setters.contains(tree.text(SyntaxTree::field(function, "field")))) {
            const QString receiver = tree.text(SyntaxTree::field(function, "operand")).simplified();
            if (!receivers.contains(receiver))
                receivers.append(receiver);
        }
        return true;
    });
    return receivers;
}

Finding budgetFinding(const CheckContext& context)
{
    const qint64 maxConnections = context.baseline().server.maxConnections;
    const QString id{QStringLiteral("budget.total")};
    const QString expected
        = Text::tr("Σ pool maxima ≤ %1 (server.maxConnections)").arg(maxConnections);
    const QString note
        = Text::tr("usable slots (max_connections minus reserved ones) are the server plane's "
                   "check, server.capacity");
    QStringList terms;
    QStringList names;
    qint64 total = 0;
    QString evidence;
    for (const SourcePoolSize& pool : context.poolSizes) {
        if (evidence.isEmpty())
            evidence = pool.evidence;
        if (pool.unlimited) {
            return context.make(id, CheckStatus::Fail, expected,
                Text::tr("%1: unlimited").arg(pool.poolId), pool.evidence,
                pool.why + QStringLiteral("; ") + note);
        }
        if (!pool.size) {
            return context.make(id, CheckStatus::Unknown, expected, {}, pool.evidence,
                Text::tr("the size of pool %1 is not known from source: %2")
                    .arg(pool.poolId, pool.why));
        }
        terms.append(QString::number(*pool.size));
        names.append(pool.poolId);
        total += *pool.size;
    }
    const QString actual = QStringLiteral("%1 = %2 (%3)")
                               .arg(terms.join(QStringLiteral(" + ")))
                               .arg(total)
                               .arg(names.join(QStringLiteral(" + ")));
    return context.make(id, total <= maxConnections ? CheckStatus::Pass : CheckStatus::Fail,
        expected, actual, evidence, note);
}

} // namespace opsdash
