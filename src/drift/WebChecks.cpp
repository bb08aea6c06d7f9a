// Source checks of the Next.js app: NextAuth session options, <SessionProvider> props,
// the SessionGuard redirect and the LoginForm's SessionExpired message.
#include "CheckContext.h"
#include "TsEvaluator.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace opsdash {

namespace {

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WebChecks)
};

QString compact(QString text)
{
    text.remove(QRegularExpression{QStringLiteral("\\s")});
    text.replace(QLatin1String{"?."}, QLatin1String{"."});
    return text;
}

// Names a file binds to a call of `hook`: `const router = useRouter()`, `const params =
// useSearchParams()`.
QSet<QString> namesBoundTo(const SyntaxTree& tree, QLatin1String hook)
{
    QSet<QString> names;
    SyntaxTree::visit(tree.root(), [&](TSNode node) {
        if (SyntaxTree::is(node, "variable_declarator")) {
            const TSNode value = TsEvaluator::unwrap(SyntaxTree::field(node, "value"));
            if (SyntaxTree::is(value, "call_expression")
                && compact(tree.text(SyntaxTree::field(value, "function"))) == hook)
                names.insert(tree.text(SyntaxTree::field(node, "name")));
        }
        return true;
    });
    return names;
}

// --- NextAuth options ----------------------------------------------------------------

struct AuthOptions
{
    std::optional<EvaluatedValue> value; // the options object (or Unknown)
    int line{0};
    QString problem; // when value is nullopt: why nothing was found
    bool ambiguous{false};
};

bool isAuthOptionsType(const QString& type)
{
    static const QRegularExpression names{
        QStringLiteral("\\b(NextAuthOptions|NextAuthConfig|AuthOptions|AuthConfig)\\b")};
    return names.match(type).hasMatch();
}

AuthOptions findAuthOptions(const TsEvaluator& evaluator)
{
    const SyntaxTree& tree = evaluator.tree();
    QStringList nextAuthNames
        = evaluator.importedAs(QStringLiteral("next-auth"), QStringLiteral("default"));
    if (!nextAuthNames.contains(QStringLiteral("NextAuth")))
        nextAuthNames.append(QStringLiteral("NextAuth"));

    struct Candidate
    {
        TSNode node; // the options expression (unwrapped)
        TSNode declarator; // the const that binds it, when it is one; null otherwise
        int line;
        std::optional<EvaluatedValue> imported; // the object, when it comes from an import
    };
    QList<Candidate> calls; // what NextAuth(…) is called with
    QList<Candidate> declared; // consts that look like options
    QStringList unresolved; // NextAuth(x) where x cannot be followed
    const auto add = [](QList<Candidate>& list, TSNode expression, TSNode declarator) {
        const TSNode node = TsEvaluator::unwrap(expression);
        for (const Candidate& known : list) {
            if (ts_node_start_byte(known.node) == ts_node_start_byte(node))
                return;
        }
        list.append(Candidate{node, declarator, SyntaxTree::line(node), std::nullopt});
    };
    // A const typed or satisfying the options type, or named like the options.
    const auto typedAsOptions = [&](TSNode value) {
        for (TSNode wrapper = value; SyntaxTree::is(wrapper, "satisfies_expression")
             || SyntaxTree::is(wrapper, "as_expression")
             || SyntaxTree::is(wrapper, "parenthesized_expression");
             wrapper = SyntaxTree::firstNamedChild(wrapper)) {
            const QList<TSNode> parts = SyntaxTree::namedChildren(wrapper);
            if (parts.size() > 1 && isAuthOptionsType(tree.text(parts.last())))
                return true;
        }
        return false;
    };

    SyntaxTree::visit(tree.root(), [&](TSNode node) {
        // export default { … } satisfies NextAuthConfig (an auth.config.ts of Auth.js v5)
        if (SyntaxTree::is(node, "export_statement")) {
            const TSNode value = SyntaxTree::field(node, "value");
            if (!ts_node_is_null(value) && typedAsOptions(value)
                && SyntaxTree::is(TsEvaluator::unwrap(value), "object"))
                add(declared, value, TSNode{});
            return true;
        }
        if (!SyntaxTree::is(node, "variable_declarator"))
            return true;
        const TSNode name = SyntaxTree::field(node, "name");
        const TSNode value = SyntaxTree::field(node, "value");
        if (ts_node_is_null(value))
            return true;
        const QString nameText = tree.text(name);
        const bool named
            = nameText == QLatin1String{"authOptions"} || nameText == QLatin1String{"authConfig"};
        const bool typed = isAuthOptionsType(tree.text(SyntaxTree::field(node, "type")));
        if ((named || typed || typedAsOptions(value))
            && SyntaxTree::is(TsEvaluator::unwrap(value), "object"))
            add(declared, value, node);
        return true;
    });
    SyntaxTree::visit(tree.root(), [&](TSNode node) {
        if (!SyntaxTree::is(node, "call_expression"))
            return true;
        if (!nextAuthNames.contains(compact(tree.text(SyntaxTree::field(node, "function")))))
            return true;
        const QList<TSNode> args = SyntaxTree::namedChildren(SyntaxTree::field(node, "arguments"));
        if (args.isEmpty())
            return true;
        // NextAuth(options), NextAuth(req, res, options): the options come last.
        TSNode options = TsEvaluator::unwrap(args.last());
        // Auth.js v5 lazy initialisation: NextAuth((req) => ({…})) or a function whose
        // one return gives the options.
        if (SyntaxTree::is(options, "arrow_function") || SyntaxTree::is(options, "function")
            || SyntaxTree::is(options, "function_expression")) {
            const TSNode body = SyntaxTree::field(options, "body");
            QList<TSNode> returns;
            if (SyntaxTree::is(body, "statement_block")) {
                SyntaxTree::visit(body, [&](TSNode inner) {
                    if (inner.id != body.id
                        && (SyntaxTree::is(inner, "arrow_function")
                            || SyntaxTree::is(inner, "function")
                            || SyntaxTree::is(inner, "function_declaration")
                            || SyntaxTree::is(inner, "method_definition")))
                        return false;
                    if (SyntaxTree::is(inner, "return_statement"))
                        returns.append(SyntaxTree::firstNamedChild(inner));
                    return true;
                });
            } else {
                returns.append(body);
            }
            if (returns.size() != 1 || ts_node_is_null(returns.first())) {
                unresolved.append(
                    Text::tr("NextAuth(%1) at line %2: the options come from a function with %3 "
                             "return statements")
                        .arg(tree.excerpt(options, 40))
                        .arg(SyntaxTree::line(node))
                        .arg(returns.size()));
                return true;
            }
            options = TsEvaluator::unwrap(returns.first());
        }
        TSNode declarator{};
        if (SyntaxTree::is(options, "identifier")) {
            const std::optional<TsEvaluator::Binding> binding = evaluator.resolve(options);
            if (binding && binding->kind == TsEvaluator::Binding::Kind::Import) {
                // NextAuth(authConfig) with authConfig imported: the object of that file.
                EvaluatedValue imported = evaluator.evaluate(options);
                if (imported.kind != EvaluatedValue::Kind::Object) {
                    unresolved.append(Text::tr("NextAuth(%1) at line %2: %3")
                                          .arg(tree.text(options))
                                          .arg(SyntaxTree::line(node))
                                          .arg(imported.explain()));
                    return true;
                }
                calls.append(Candidate{options, {}, SyntaxTree::line(options), imported});
                return true;
            }
            const TSNode value = evaluator.constValue(options);
            if (ts_node_is_null(value)) {
                unresolved.append(Text::tr("NextAuth(%1) at line %2: %3")
                                      .arg(tree.text(options))
                                      .arg(SyntaxTree::line(node))
                                      .arg(evaluator.evaluate(options).reason));
                return true;
            }
            declarator = ts_node_parent(value);
            while (
                !ts_node_is_null(declarator) && !SyntaxTree::is(declarator, "variable_declarator"))
                declarator = ts_node_parent(declarator);
            options = value;
        }
        if (SyntaxTree::is(TsEvaluator::unwrap(options), "object"))
            add(calls, options, declarator);
        else
            unresolved.append(Text::tr("NextAuth(%1) at line %2 is not an object literal")
                                  .arg(tree.excerpt(options, 40))
                                  .arg(SyntaxTree::line(node)));
        return true;
    });
    // What NextAuth is called with wins over consts that merely look like options (a
    // `{ ...authOptions, session: … }` passed to it is the object that counts).
    const QList<Candidate> candidates
        = !calls.isEmpty() || !unresolved.isEmpty() ? calls : declared;
    const auto evaluate = [&](const Candidate& candidate) {
        if (candidate.imported)
            return *candidate.imported;
        return ts_node_is_null(candidate.declarator)
            ? evaluator.evaluate(candidate.node)
            : evaluator.evaluateBinding(candidate.declarator);
    };

    AuthOptions result;
    if (candidates.size() == 1 && unresolved.isEmpty()) {
        result.value = evaluate(candidates.first());
        result.line = candidates.first().line;
        return result;
    }
    if (candidates.size() > 1) {
        QStringList lines;
        for (const Candidate& candidate : candidates)
            lines.append(QString::number(candidate.line));
        result.ambiguous = true;
        result.line = candidates.first().line;
        result.problem
            = Text::tr("several NextAuth option objects (lines %1); cannot tell which one is used")
                  .arg(lines.join(QStringLiteral(", ")));
        return result;
    }
    if (!unresolved.isEmpty()) {
        result.ambiguous = true;
        result.problem = unresolved.join(QStringLiteral("; "));
        return result;
    }
    result.problem = Text::tr(
        "no NextAuth options found (looked for NextAuth({…}), a const typed or satisfying "
        "NextAuthOptions/NextAuthConfig, and authOptions/authConfig)");
    return result;
}

// --- query strings with holes ----------------------------------------------------------

enum class Presence { Yes, No, Maybe };

// Whether a URL (holes allowed) carries name=value in its query.
Presence queryCarries(const QString& url, const QString& name, const QString& value)
{
    const QChar holeChar{EvaluatedValue::kHole};
    const qsizetype question = url.indexOf(u'?');
    if (question < 0)
        return url.contains(holeChar) ? Presence::Maybe : Presence::No;
    QString query = url.mid(question + 1).section(u'#', 0, 0);
    bool unsure = false;
    for (const QString& pair : query.split(u'&')) {
        if (pair.contains(holeChar)) {
            // "error=…" with the value unknown, or an unknown key: could be it. A known
            // other key with an unknown value ("callbackUrl=…") cannot.
            const QString key = pair.section(u'=', 0, 0);
            if (key.contains(holeChar) || !pair.contains(u'=')
                || QUrl::fromPercentEncoding(QString{key}.replace(u'+', u' ').toUtf8()) == name)
                unsure = true;
            continue;
        }
        QString key = pair.section(u'=', 0, 0);
        QString val = pair.section(u'=', 1);
        key.replace(u'+', u' ');
        val.replace(u'+', u' ');
        if (QUrl::fromPercentEncoding(key.toUtf8()) == name
            && QUrl::fromPercentEncoding(val.toUtf8()) == value)
            return Presence::Yes;
    }
    return unsure ? Presence::Maybe : Presence::No;
}

struct Navigation
{
    QString how; // "router.push", "signOut callbackUrl", …
    EvaluatedValue target;
    int line{0};
};

QList<Navigation> findNavigations(const TsEvaluator& evaluator)
{
    const SyntaxTree& tree = evaluator.tree();
    // Names bound to useRouter(): const router = useRouter(), const nav = useRouter()
    QSet<QString> routers = namesBoundTo(tree, QLatin1String{"useRouter"});
    routers.insert(QStringLiteral("router"));
    QSet<QString> redirects{QStringLiteral("redirect"), QStringLiteral("permanentRedirect")};
    for (const QString& exported :
        {QStringLiteral("redirect"), QStringLiteral("permanentRedirect")}) {
        for (const QString& local :
            evaluator.importedAs(QStringLiteral("next/navigation"), exported))
            redirects.insert(local);
    }

    QList<Navigation> found;
    SyntaxTree::visit(tree.root(), [&](TSNode node) {
        if (SyntaxTree::is(node, "assignment_expression")) {
            const QString left = compact(tree.text(SyntaxTree::field(node, "left")));
            if (left == QLatin1String{"window.location.href"}
                || left == QLatin1String{"location.href"}
                || left == QLatin1String{"window.location"}) {
                found.append(Navigation{left, evaluator.evaluate(SyntaxTree::field(node, "right")),
                    SyntaxTree::line(node)});
            }
            return true;
        }
        if (!SyntaxTree::is(node, "call_expression"))
            return true;
        const TSNode function = SyntaxTree::field(node, "function");
        const QString name = compact(tree.text(function));
        const QList<TSNode> args = SyntaxTree::namedChildren(SyntaxTree::field(node, "arguments"));
        const int line = SyntaxTree::line(node);
        const QString receiver = name.section(u'.', 0, -2);
        const QString method = name.section(u'.', -1);

        const bool routerCall
            = (method == QLatin1String{"push"} || method == QLatin1String{"replace"})
            && (routers.contains(receiver)
                || receiver.endsWith(QLatin1String{"router"}, Qt::CaseInsensitive));
        const bool locationCall
            = (method == QLatin1String{"assign"} || method == QLatin1String{"replace"})
            && (receiver == QLatin1String{"window.location"}
                || receiver == QLatin1String{"location"});
        // redirect()/permanentRedirect() from next/navigation (also renamed on import),
        // NextResponse.redirect(url) in middleware, Response.redirect(url) in a route.
        const bool redirectCall = redirects.contains(name)
            || ((receiver == QLatin1String{"NextResponse"} || receiver == QLatin1String{"Response"})
                && method == QLatin1String{"redirect"});
        if ((routerCall || locationCall || redirectCall) && !args.isEmpty()) {
            found.append(Navigation{name, evaluator.evaluate(args.first()), line});
            return true;
        }
        if (name == QLatin1String{"signIn"} || name == QLatin1String{"signOut"}) {
            // signOut({ callbackUrl }), signIn(provider, { callbackUrl }); v5: redirectTo
            for (const TSNode arg : args) {
                const EvaluatedValue options = evaluator.evaluate(arg);
                if (options.kind != EvaluatedValue::Kind::Object)
                    continue;
                for (const QString& key :
                    {QStringLiteral("callbackUrl"), QStringLiteral("redirectTo")}) {
                    if (const std::optional<ObjectEntry> entry = options.object->lookup(key))
                        found.append(Navigation{name + u' ' + key, entry->value, entry->line});
                }
            }
        }
        return true;
    });
    return found;
}

bool readsParameter(const TsEvaluator& evaluator, TSNode node, const QString& parameter,
    const QSet<QString>& searchParamNames)
{
    const SyntaxTree& tree = evaluator.tree();
    static const QRegularExpression paramsLike{
        QStringLiteral("searchparams|params|query"), QRegularExpression::CaseInsensitiveOption};
    if (SyntaxTree::is(node, "call_expression")) {
        const TSNode function = SyntaxTree::field(node, "function");
        if (!SyntaxTree::is(function, "member_expression")
            || tree.text(SyntaxTree::field(function, "property")) != QLatin1String{"get"})
            return false;
        const QList<TSNode> args = SyntaxTree::namedChildren(SyntaxTree::field(node, "arguments"));
        if (args.isEmpty())
            return false;
        const EvaluatedValue key = evaluator.evaluate(args.first());
        if (key.kind != EvaluatedValue::Kind::String || key.string != parameter)
            return false;
        const QString receiver = compact(tree.text(SyntaxTree::field(function, "object")));
        return searchParamNames.contains(receiver)
            || receiver.startsWith(QLatin1String{"useSearchParams("})
            || paramsLike.match(receiver).hasMatch();
    }
    if (SyntaxTree::is(node, "member_expression") || SyntaxTree::is(node, "subscript_expression")) {
        const QString object = compact(tree.text(SyntaxTree::field(node, "object")));
        QString property;
        if (SyntaxTree::is(node, "member_expression")) {
            property = tree.text(SyntaxTree::field(node, "property"));
        } else {
            const EvaluatedValue index = evaluator.evaluate(SyntaxTree::field(node, "index"));
            property = index.kind == EvaluatedValue::Kind::String ? index.string : QString{};
        }
        return property == parameter && paramsLike.match(object).hasMatch();
    }
    if (SyntaxTree::is(node, "variable_declarator")) {
        // const { error } = searchParams
        const TSNode name = SyntaxTree::field(node, "name");
        if (!SyntaxTree::is(name, "object_pattern"))
            return false;
        if (!paramsLike.match(tree.text(SyntaxTree::field(node, "value"))).hasMatch())
            return false;
        for (const TSNode part : SyntaxTree::namedChildren(name)) {
            const TSNode key
                = SyntaxTree::is(part, "pair_pattern") ? SyntaxTree::field(part, "key") : part;
            if (tree.text(key) == parameter)
                return true;
        }
    }
    return false;
}

// A place that renders or maps the code: error === 'SessionExpired', case 'SessionExpired':,
// { SessionExpired: '…' }.
bool handlesCode(const TsEvaluator& evaluator, TSNode node, const QString& code)
{
    const SyntaxTree& tree = evaluator.tree();
    if (SyntaxTree::is(node, "binary_expression")) {
        const QString op = tree.text(SyntaxTree::field(node, "operator"));
        if (op != QLatin1String{"==="} && op != QLatin1String{"=="})
            return false;
        for (const char* side : {"left", "right"}) {
            const EvaluatedValue value = evaluator.evaluate(SyntaxTree::field(node, side));
            if (value.kind == EvaluatedValue::Kind::String && value.string == code)
                return true;
        }
        return false;
    }
    if (SyntaxTree::is(node, "switch_case")) {
        const EvaluatedValue value = evaluator.evaluate(SyntaxTree::field(node, "value"));
        return value.kind == EvaluatedValue::Kind::String && value.string == code;
    }
    if (SyntaxTree::is(node, "pair")) {
        const TSNode key = SyntaxTree::field(node, "key");
        QString name = tree.text(key);
        if (SyntaxTree::is(key, "string"))
            name = evaluator.evaluate(key).string;
        if (name != code)
            return false;
        // The entry must hold something to show: a non-empty string or markup.
        const EvaluatedValue value = evaluator.evaluate(SyntaxTree::field(node, "value"));
        return !(value.kind == EvaluatedValue::Kind::String && value.string.trimmed().isEmpty())
            && value.kind != EvaluatedValue::Kind::Null;
    }
    return false;
}

} // namespace

namespace {

QList<Finding> sessionDurationFindings(CheckContext& context);

// session.strategy, reported only when the baseline expects one (not `any`).
Finding strategyFinding(CheckContext& context)
{
    const SessionSpec& spec = context.baseline().session;
    const QString id{QStringLiteral("session.strategy")};
    const QString expected = toString(spec.strategy);
    const Result<const ParsedSource*> parsed = context.parsed(QStringLiteral("auth"));
    if (!parsed)
        return context.unavailable(id, expected, parsed.error());
    const SourceFile& file = (*parsed)->file;
    const TsEvaluator evaluator = context.evaluator(**parsed);
    const AuthOptions options = findAuthOptions(evaluator);
    if (!options.value) {
        return context.make(id, options.ambiguous ? CheckStatus::Unknown : CheckStatus::Missing,
            expected, {}, options.line > 0 ? file.evidence(options.line) : file.relativePath(),
            options.problem);
    }
    const EvaluatedValue& object = *options.value;
    if (object.kind != EvaluatedValue::Kind::Object) {
        return context.make(id, CheckStatus::Unknown, expected, {},
            file.evidence(object.line > 0 ? object.line : options.line),
            Text::tr("the NextAuth options cannot be evaluated: %1").arg(object.explain()));
    }
    const std::optional<ObjectEntry> session = object.object->lookup(QStringLiteral("session"));
    const std::optional<ObjectEntry> strategy
        = session && session->value.kind == EvaluatedValue::Kind::Object
        ? session->value.object->lookup(QStringLiteral("strategy"))
        : std::nullopt;
    if (session && session->value.kind != EvaluatedValue::Kind::Object) {
        return context.make(id, CheckStatus::Unknown, expected, session->value.expression,
            CheckContext::evidenceOf(file, *session),
            Text::tr("`session` cannot be evaluated: %1").arg(session->value.explain()));
    }
    if (!strategy) {
        // NextAuth's default: database sessions with an adapter, JWT without.
        const std::optional<ObjectEntry> adapter = object.object->lookup(QStringLiteral("adapter"));
        const QString actual = adapter ? QStringLiteral("database") : QStringLiteral("jwt");
        return context.make(id, actual == expected ? CheckStatus::Pass : CheckStatus::Fail,
            expected,
            Text::tr("%1 (NextAuth's default %2)")
                .arg(
                    actual, adapter ? Text::tr("with an adapter") : Text::tr("without an adapter")),
            session ? CheckContext::evidenceOf(file, *session) : file.evidence(options.line),
            Text::tr("`session.strategy` is not set"));
    }
    context.observed.insert(id, strategy->value);
    if (!strategy->value.isKnown())
        return context.make(id, CheckStatus::Unknown, expected, strategy->value.expression,
            CheckContext::evidenceOf(file, *strategy), strategy->value.explain());
    const QString actual = strategy->value.kind == EvaluatedValue::Kind::String
        ? strategy->value.string
        : strategy->value.display();
    return context.make(id, actual == expected ? CheckStatus::Pass : CheckStatus::Fail, expected,
        actual, CheckContext::evidenceOf(file, *strategy));
}

} // namespace

QList<Finding> sessionFindings(CheckContext& context)
{
    QList<Finding> findings = sessionDurationFindings(context);
    if (context.baseline().session.strategy != SessionSpec::Strategy::Any)
        findings.append(strategyFinding(context));
    return findings;
}

namespace {

QList<Finding> sessionDurationFindings(CheckContext& context)
{
    const SessionSpec& spec = context.baseline().session;
    const QString maxAgeId{QStringLiteral("session.maxAge")};
    const QString updateAgeId{QStringLiteral("session.updateAge")};
    const QString maxAgeExpected = CheckContext::expectedText(spec.maxAge);
    const QString updateAgeExpected = CheckContext::expectedText(spec.updateAge);

    const Result<const ParsedSource*> parsed = context.parsed(QStringLiteral("auth"));
    if (!parsed) {
        return {context.unavailable(maxAgeId, maxAgeExpected, parsed.error()),
            context.unavailable(updateAgeId, updateAgeExpected, parsed.error())};
    }
    const SourceFile& file = (*parsed)->file;
    const TsEvaluator evaluator = context.evaluator(**parsed);
    const AuthOptions options = findAuthOptions(evaluator);
    if (!options.value) {
        const CheckStatus status = options.ambiguous ? CheckStatus::Unknown : CheckStatus::Missing;
        const QString evidence
            = options.line > 0 ? file.evidence(options.line) : file.relativePath();
        return {context.make(maxAgeId, status, maxAgeExpected, {}, evidence, options.problem),
            context.make(updateAgeId, status, updateAgeExpected, {}, evidence, options.problem)};
    }
    const EvaluatedValue& object = *options.value;
    if (object.kind != EvaluatedValue::Kind::Object) {
        const QString why
            = Text::tr("the NextAuth options cannot be evaluated: %1").arg(object.explain());
        const int line = object.line > 0 ? object.line : options.line;
        return {context.make(
                    maxAgeId, CheckStatus::Unknown, maxAgeExpected, {}, file.evidence(line), why),
            context.make(updateAgeId, CheckStatus::Unknown, updateAgeExpected, {},
                file.evidence(line), why)};
    }

    const std::optional<ObjectEntry> session = object.object->lookup(QStringLiteral("session"));
    const auto check = [&](const QString& id, const QString& key, const Duration& expected,
                           const QString& expectedText, const QString& nextAuthDefault) {
        if (!session) {
            return context.make(id, CheckStatus::Missing, expectedText, {},
                file.evidence(options.line),
                Text::tr("the NextAuth options set no `session`; NextAuth's default %1 is %2")
                    .arg(key, nextAuthDefault));
        }
        if (session->value.kind != EvaluatedValue::Kind::Object) {
            return context.make(id, CheckStatus::Unknown, expectedText, session->value.expression,
                CheckContext::evidenceOf(file, *session),
                Text::tr("`session` cannot be evaluated: %1").arg(session->value.explain()));
        }
        const std::optional<ObjectEntry> entry = session->value.object->lookup(key);
        if (!entry) {
            return context.make(id, CheckStatus::Missing, expectedText, {},
                CheckContext::evidenceOf(file, *session),
                Text::tr("`session.%1` is not set; NextAuth's default is %2")
                    .arg(key, nextAuthDefault));
        }
        // NextAuth never reads updateAge for JWT sessions: whatever it says has no effect.
        const std::optional<ObjectEntry> strategy
            = session->value.object->lookup(QStringLiteral("strategy"));
        if (key == QLatin1String{"updateAge"} && strategy
            && strategy->value.kind == EvaluatedValue::Kind::String
            && strategy->value.string == QLatin1String{"jwt"}) {
            return context.make(id, CheckStatus::Unknown, expectedText, entry->value.expression,
                CheckContext::evidenceOf(file, *entry),
                Text::tr("has no effect: with `strategy: 'jwt'` (line %1) NextAuth ignores "
                         "session.updateAge")
                    .arg(strategy->line));
        }
        return context.compareSeconds(
            id, expected, entry->value, CheckContext::evidenceOf(file, *entry));
    };
    return {
        check(maxAgeId, QStringLiteral("maxAge"), spec.maxAge, maxAgeExpected, Text::tr("30 days")),
        check(updateAgeId, QStringLiteral("updateAge"), spec.updateAge, updateAgeExpected,
            Text::tr("24 h"))};
}

} // namespace

QList<Finding> providerFindings(CheckContext& context)
{
    QList<Finding> findings;
    for (const ProviderSpec& spec : context.baseline().providers) {
        const QString intervalId = QStringLiteral("provider.%1.refetchInterval").arg(spec.id);
        const QString focusId = QStringLiteral("provider.%1.refetchOnWindowFocus").arg(spec.id);
        const QString intervalExpected = CheckContext::expectedText(spec.refetchInterval);
        const QString focusExpected
            = spec.refetchOnWindowFocus ? QStringLiteral("true") : QStringLiteral("false");

        const Result<const ParsedSource*> parsed = context.parsed(spec.fileKey);
        if (!parsed) {
            findings.append(context.unavailable(intervalId, intervalExpected, parsed.error()));
            findings.append(context.unavailable(focusId, focusExpected, parsed.error()));
            continue;
        }
        const SourceFile& file = (*parsed)->file;
        const SyntaxTree& tree = (*parsed)->tree;
        const TsEvaluator evaluator = context.evaluator(**parsed);

        QStringList names = evaluator.importedAs(
            QStringLiteral("next-auth/react"), QStringLiteral("SessionProvider"));
        if (!names.contains(QStringLiteral("SessionProvider")))
            names.append(QStringLiteral("SessionProvider"));

        // Each <SessionProvider …> as an object of its props; a {...spread} makes the
        // props after it in doubt, as in an object literal.
        struct Element
        {
            int line;
            ObjectValue props;
        };
        QList<Element> elements;
        SyntaxTree::visit(tree.root(), [&](TSNode node) {
            if (!SyntaxTree::is(node, "jsx_opening_element")
                && !SyntaxTree::is(node, "jsx_self_closing_element"))
                return true;
            const QString name = compact(tree.text(SyntaxTree::field(node, "name")));
            if (!names.contains(name) && !name.endsWith(QLatin1String{".SessionProvider"}))
                return true;
            Element element{SyntaxTree::line(node), {}};
            for (const TSNode attribute : SyntaxTree::namedChildren(node)) {
                const int line = SyntaxTree::line(attribute);
                if (SyntaxTree::is(attribute, "jsx_attribute")) {
                    const QList<TSNode> parts = SyntaxTree::namedChildren(attribute);
                    if (parts.isEmpty())
                        continue;
                    const QString key = tree.text(parts.first());
                    EvaluatedValue value;
                    if (parts.size() == 1) {
                        value = EvaluatedValue::makeBoolean(true);
                        value.line = line;
                        value.expression = QStringLiteral("shorthand");
                    } else if (SyntaxTree::is(parts.at(1), "jsx_expression")) {
                        value = evaluator.evaluate(SyntaxTree::firstNamedChild(parts.at(1)));
                    } else {
                        value = evaluator.evaluate(parts.at(1));
                    }
                    element.props.entries.append(ObjectEntry::known(key, value, line));
                } else if (SyntaxTree::is(attribute, "jsx_expression")) {
                    // {...props}
                    const TSNode inner = SyntaxTree::firstNamedChild(attribute);
                    if (ts_node_is_null(inner))
                        continue; // {/* a comment */}
                    const EvaluatedValue spread = evaluator.evaluate(
                        SyntaxTree::is(inner, "spread_element") ? SyntaxTree::firstNamedChild(inner)
                                                                : inner);
                    if (spread.kind == EvaluatedValue::Kind::Object)
                        element.props.entries.append(spread.object->entries);
                    else
                        element.props.entries.append(ObjectEntry::opaqueAt(line,
                            Text::tr("the spread %1 cannot be followed: %2")
                                .arg(tree.excerpt(attribute), spread.explain())));
                }
            }
            elements.append(element);
            return true;
        });

        if (elements.isEmpty()) {
            const QString why = Text::tr("no <SessionProvider> in the file");
            findings.append(context.make(
                intervalId, CheckStatus::Missing, intervalExpected, {}, file.relativePath(), why));
            findings.append(context.make(
                focusId, CheckStatus::Missing, focusExpected, {}, file.relativePath(), why));
            continue;
        }

        // Every <SessionProvider> in the layout must agree; the first that does not is shown.
        const auto worst = [](const QList<Finding>& candidates) {
            for (const Finding& candidate : candidates) {
                if (candidate.status != CheckStatus::Pass)
                    return candidate;
            }
            return candidates.first();
        };
        QList<Finding> intervals;
        QList<Finding> focuses;
        for (const Element& element : elements) {
            if (const std::optional<ObjectEntry> entry
                = element.props.lookup(QStringLiteral("refetchInterval"))) {
                intervals.append(context.compareSeconds(intervalId, spec.refetchInterval,
                    entry->value, CheckContext::evidenceOf(file, *entry)));
            } else {
                intervals.append(context.make(intervalId, CheckStatus::Missing, intervalExpected,
                    {}, file.evidence(element.line),
                    Text::tr("<SessionProvider> has no refetchInterval; NextAuth's default 0 never "
                             "polls "
                             "the session")));
            }
            if (const std::optional<ObjectEntry> entry
                = element.props.lookup(QStringLiteral("refetchOnWindowFocus"))) {
                const bool shorthand = entry->value.expression == QLatin1String{"shorthand"};
                focuses.append(context.compareBoolean(focusId, spec.refetchOnWindowFocus,
                    entry->value, CheckContext::evidenceOf(file, *entry), shorthand));
            } else {
                focuses.append(context.make(focusId, CheckStatus::Missing, focusExpected, {},
                    file.evidence(element.line),
                    Text::tr(
                        "<SessionProvider> has no refetchOnWindowFocus; NextAuth defaults to true, "
                        "but the "
                        "sign-off requires it written out")));
            }
        }
        findings.append(worst(intervals));
        findings.append(worst(focuses));
    }
    return findings;
}

Finding guardFinding(CheckContext& context)
{
    const LoginSpec& login = context.baseline().login;
    const QString id{QStringLiteral("guard.sessionExpiredRedirect")};
    const QString wanted = login.errorParameter + u'=' + login.sessionExpiredCode;
    const QString expected = Text::tr("a redirect whose URL carries %1").arg(wanted);

    const Result<const ParsedSource*> parsed = context.parsed(QStringLiteral("sessionGuard"));
    if (!parsed)
        return context.unavailable(id, expected, parsed.error());
    const SourceFile& file = (*parsed)->file;
    const TsEvaluator evaluator = context.evaluator(**parsed);
    const QList<Navigation> navigations = findNavigations(evaluator);
    if (navigations.isEmpty()) {
        return context.make(id, CheckStatus::Missing, expected, {}, file.relativePath(),
            Text::tr("no navigation found (router.push/replace, redirect, NextResponse.redirect, "
                     "Response.redirect, signIn/signOut callbackUrl, window.location)"));
    }

    QStringList seen;
    const Navigation* unsure = nullptr;
    for (const Navigation& navigation : navigations) {
        const QString shown = navigation.target.isKnown() ? navigation.target.display()
                                                          : navigation.target.expression;
        seen.append(
            QStringLiteral("%1(%2) line %3").arg(navigation.how, shown).arg(navigation.line));
        if (navigation.target.kind != EvaluatedValue::Kind::String) {
            if (!unsure)
                unsure = &navigation;
            continue;
        }
        switch (queryCarries(
            navigation.target.string, login.errorParameter, login.sessionExpiredCode)) {
        case Presence::Yes:
            return context.make(id, CheckStatus::Pass, expected,
                QStringLiteral("%1(%2)").arg(navigation.how, navigation.target.display()),
                file.evidence(navigation.line));
        case Presence::Maybe:
            if (!unsure)
                unsure = &navigation;
            break;
        case Presence::No:
            break;
        }
    }
    if (unsure) {
        const QString why = unsure->target.isKnown()
            ? Text::tr("part of the URL %1 cannot be evaluated").arg(unsure->target.display())
            : unsure->target.explain();
        return context.make(id, CheckStatus::Unknown, expected, seen.join(QStringLiteral("; ")),
            file.evidence(unsure->line), why);
    }
    if (const std::optional<int> broken = CheckContext::syntaxErrorNear((*parsed)->tree, 0)) {
        return context.make(id, CheckStatus::Unknown, expected, seen.join(QStringLiteral("; ")),
            file.evidence(*broken),
            Text::tr("no redirect read carries %1, but the file has a syntax error at line %2 "
                     "that may hide one")
                .arg(wanted)
                .arg(*broken));
    }
    return context.make(id, CheckStatus::Fail, expected, seen.join(QStringLiteral("; ")),
        file.evidence(navigations.first().line), Text::tr("no redirect carries %1").arg(wanted));
}

Finding loginFinding(CheckContext& context)
{
    const LoginSpec& login = context.baseline().login;
    const QString id{QStringLiteral("login.sessionExpiredMessage")};
    const QString expected = Text::tr("reads the '%1' search parameter and shows a message for %2")
                                 .arg(login.errorParameter, login.sessionExpiredCode);

    const Result<const ParsedSource*> parsed = context.parsed(QStringLiteral("loginForm"));
    if (!parsed)
        return context.unavailable(id, expected, parsed.error());
    const SourceFile& file = (*parsed)->file;
    const SyntaxTree& tree = (*parsed)->tree;
    const TsEvaluator evaluator = context.evaluator(**parsed);

    const QSet<QString> searchParamNames = namesBoundTo(tree, QLatin1String{"useSearchParams"});

    int readLine = 0;
    int handleLine = 0;
    SyntaxTree::visit(tree.root(), [&](TSNode node) {
        if (readLine == 0
            && readsParameter(evaluator, node, login.errorParameter, searchParamNames))
            readLine = SyntaxTree::line(node);
        if (handleLine == 0 && handlesCode(evaluator, node, login.sessionExpiredCode))
            handleLine = SyntaxTree::line(node);
        return true;
    });

    const QString reads = readLine > 0
        ? Text::tr("reads '%1' (line %2)").arg(login.errorParameter).arg(readLine)
        : Text::tr("does not read '%1'").arg(login.errorParameter);
    const QString handles = handleLine > 0
        ? Text::tr("handles %1 (line %2)").arg(login.sessionExpiredCode).arg(handleLine)
        : Text::tr("no branch or message for %1").arg(login.sessionExpiredCode);
    const QString actual = reads + QStringLiteral("; ") + handles;
    if (readLine > 0 && handleLine > 0)
        return context.make(id, CheckStatus::Pass, expected, actual, file.evidence(handleLine));
    if (readLine == 0 && handleLine == 0) {
        return context.make(id, CheckStatus::Missing, expected, {}, file.relativePath(),
            Text::tr("the form neither reads the '%1' parameter nor mentions %2")
                .arg(login.errorParameter, login.sessionExpiredCode));
    }
    if (const std::optional<int> broken = CheckContext::syntaxErrorNear(tree, 0)) {
        return context.make(id, CheckStatus::Unknown, expected, actual, file.evidence(*broken),
            Text::tr("the file has a syntax error at line %1 that may hide the rest").arg(*broken));
    }
    return context.make(
        id, CheckStatus::Fail, expected, actual, file.evidence(std::max(readLine, handleLine)));
}

} // namespace opsdash
