#include "BaselineInit.h"

#include "CheckContext.h"
#include "SourceChecks.h"
#include "SourceFile.h"
#include "SyntaxTree.h"
#include "TsEvaluator.h"
#include "model/BaselineLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace opsdash {

namespace {

using Observed = QHash<QString, EvaluatedValue>;

bool isSkippedDirectory(const QString& name)
{
    static const QStringList skipped{QStringLiteral("node_modules"), QStringLiteral("vendor"),
        QStringLiteral("dist"), QStringLiteral("build"), QStringLiteral("out"),
        QStringLiteral("target"), QStringLiteral("coverage")};
    return name.startsWith(u'.') || skipped.contains(name); // .git, .next, …
}

bool isScript(const QString& name)
{
    static const QRegularExpression script{QStringLiteral("\\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$")};
    return script.match(name).hasMatch() && !name.endsWith(QLatin1String{".d.ts"});
}

bool isDocument(const QString& name)
{
    static const QRegularExpression document{QStringLiteral("\\.(md|markdown|rst|txt|adoc|[1-9])$"),
        QRegularExpression::CaseInsensitiveOption};
    return document.match(name).hasMatch();
}

// Lower is preferred: files whose path says what they are come first.
int preference(const QString& path, const QStringList& words)
{
    const QString lower = path.toLower();
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (lower.contains(words.at(i)))
            return static_cast<int>(i);
    }
    return static_cast<int>(words.size());
}

void sortByPreference(QStringList& paths, const QStringList& words)
{
    std::stable_sort(paths.begin(), paths.end(), [&](const QString& a, const QString& b) {
        const int pa = preference(a, words);
        const int pb = preference(b, words);
        return pa != pb ? pa < pb : a.count(u'/') < b.count(u'/');
    });
}

// An id the baseline accepts: letters, digits, '_' and '-', starting with a letter.
QString identifier(const QString& text, const QString& fallback)
{
    QString id = text;
    id.remove(QRegularExpression{QStringLiteral("[^A-Za-z0-9_-]")});
    while (!id.isEmpty() && !id.at(0).isLetter())
        id.remove(0, 1);
    return id.isEmpty() ? fallback : id;
}

QString unique(const QString& id, const QStringList& taken)
{
    QString candidate = id;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = id + QString::number(n);
    return candidate;
}

// A duration in the largest unit that holds it exactly.
QJsonObject durationJson(qint64 milliseconds)
{
    static const std::pair<const char*, qint64> units[]{{"w", 7LL * 24 * 3600 * 1000},
        {"d", 24LL * 3600 * 1000}, {"h", 3600LL * 1000}, {"min", 60LL * 1000}, {"s", 1000}};
    for (const auto& [unit, per] : units) {
        if (milliseconds != 0 && milliseconds % per == 0)
            return QJsonObject{{QStringLiteral("value"), milliseconds / per},
                {QStringLiteral("unit"), QLatin1String{unit}}};
    }
    if (milliseconds == 0)
        return QJsonObject{
            {QStringLiteral("value"), 0}, {QStringLiteral("unit"), QStringLiteral("s")}};
    return QJsonObject{
        {QStringLiteral("value"), milliseconds}, {QStringLiteral("unit"), QStringLiteral("ms")}};
}

std::optional<qint64> wholeNumber(const Observed& observed, const QString& id)
{
    const auto it = observed.constFind(id);
    if (it == observed.cend() || !it->isIntegral() || it->number < 0 || it->number > 2147483647.0)
        return std::nullopt;
    return static_cast<qint64>(it->number);
}

// Seconds (TypeScript) or nanoseconds (a Go time.Duration) as milliseconds, when whole.
std::optional<qint64> milliseconds(const Observed& observed, const QString& id, bool go)
{
    const auto it = observed.constFind(id);
    if (it == observed.cend() || !it->isNumber() || it->number < 0 || it->number > 9e15)
        return std::nullopt;
    const double ms = go ? it->number / 1e6 : it->number * 1000.0;
    if (std::trunc(ms) != ms)
        return std::nullopt;
    return static_cast<qint64>(ms);
}

QString whyNot(const Observed& observed, const QList<Finding>& findings, const QString& id)
{
    const auto it = observed.constFind(id);
    if (it != observed.cend() && !it->isKnown())
        return it->explain();
    for (const Finding& finding : findings) {
        if (finding.checkId == id)
            return QStringLiteral("%1 (%2)").arg(toString(finding.status),
                finding.reason.isEmpty() ? finding.actual : finding.reason);
    }
    return BaselineInit::tr("not read");
}

const Finding* findingFor(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& finding : findings) {
        if (finding.checkId == id)
            return &finding;
    }
    return nullptr;
}

QString evidenceOf(const QList<Finding>& findings, const QString& id)
{
    const Finding* finding = findingFor(findings, id);
    return finding ? finding->evidence : QString{};
}

struct Probe
{
    QList<Finding> findings;
    Observed observed;
    bool loaded{false};
};

// The source checks with a baseline made for the question (its expected values do not
// matter: what counts is what each check read).
Probe probe(const QString& root, QJsonObject json)
{
    json.insert(QStringLiteral("schemaVersion"), 1);
    json.insert(QStringLiteral("name"), QStringLiteral("probe"));
    if (!json.contains(QStringLiteral("files")))
        json.insert(QStringLiteral("files"), QJsonObject{});
    if (!json.contains(QStringLiteral("session")))
        json.insert(QStringLiteral("session"),
            QJsonObject{{QStringLiteral("maxAge"), durationJson(1000)},
                {QStringLiteral("updateAge"), durationJson(0)}});
    if (!json.contains(QStringLiteral("pools")))
        json.insert(QStringLiteral("pools"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("probe")},
                {QStringLiteral("client"), QStringLiteral("postgres.js")},
                {QStringLiteral("budget"), 1}}});
    if (!json.contains(QStringLiteral("server")))
        json.insert(
            QStringLiteral("server"), QJsonObject{{QStringLiteral("maxConnections"), 2147483647}});
    json.insert(QStringLiteral("attribution"), QJsonArray{});
    Probe result;
    const Result<Baseline> baseline
        = BaselineLoader::parse(QJsonDocument{json}.toJson(), QStringLiteral("init"));
    if (!baseline)
        return result;
    result.loaded = true;
    result.findings = SourceChecks::run(
        *baseline, root, QDateTime::currentDateTimeUtc(), nullptr, &result.observed);
    return result;
}

struct Candidates
{
    QStringList auth;
    QStringList providers;
    QStringList sessionExpired; // guard and login candidates
    QStringList postgres;
    QStringList go;
    QStringList documents;
    QStringList tasks;
    int walked{0};
    int read{0};
};

Candidates walk(const QString& root)
{
    Candidates found;
    const QDir base{root};
    QStringList pending{root};
    QStringList documents;
    while (!pending.isEmpty()) {
        QDirIterator it{
            pending.takeLast(), QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden};
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString name = info.fileName();
            if (info.isSymLink())
                continue;
            if (info.isDir()) {
                if (!isSkippedDirectory(name))
                    pending.append(info.filePath());
                continue;
            }
            ++found.walked;
            const QString relative = base.relativeFilePath(info.filePath());
            if (name.compare(QLatin1String{"tasks.md"}, Qt::CaseInsensitive) == 0) {
                found.tasks.append(relative);
                continue;
            }
            const bool script = isScript(name);
            const bool go
                = name.endsWith(QLatin1String{".go"}) && !name.endsWith(QLatin1String{"_test.go"});
            const bool document = !script && !go && isDocument(name);
            if (!script && !go && !document)
                continue;
            const Result<SourceFile> file = SourceFile::read(root, relative);
            ++found.read;
            if (!file)
                continue;
            const QByteArray& bytes = file->bytes();
            if (go) {
                if (bytes.contains("SetMaxOpenConns") || bytes.contains("SetMaxIdleConns")
                    || bytes.contains("SetConnMaxLifetime") || bytes.contains("SetConnMaxIdleTime"))
                    found.go.append(relative);
                continue;
            }
            if (document) {
                if (bytes.contains("pool") || bytes.contains("Pool") || bytes.contains("POOL"))
                    found.documents.append(relative);
                continue;
            }
            if (bytes.contains("NextAuth") || bytes.contains("next-auth")
                || bytes.contains("@auth/"))
                found.auth.append(relative);
            if (bytes.contains("<SessionProvider"))
                found.providers.append(relative);
            if (bytes.contains("SessionExpired"))
                found.sessionExpired.append(relative);
            if (bytes.contains("\"postgres\"") || bytes.contains("'postgres'"))
                found.postgres.append(relative);
        }
    }
    for (QStringList* list : {&found.auth, &found.providers, &found.sessionExpired, &found.postgres,
             &found.go, &found.documents, &found.tasks})
        list->sort();
    return found;
}

} // namespace

BaselineInit::Outcome BaselineInit::discover(const QString& checkout)
{
    const QString root = QFileInfo{checkout}.absoluteFilePath();
    Outcome outcome;
    const Candidates candidates = walk(root);
    outcome.filesWalked = candidates.walked;
    outcome.filesRead = candidates.read;

    QJsonObject files;
    QJsonObject baseline;

    // --- NextAuth session options ---------------------------------------------------------
    {
        QStringList auth = candidates.auth;
        sortByPreference(auth,
            {QStringLiteral("[...nextauth]"), QStringLiteral("auth.ts"), QStringLiteral("auth"),
                QStringLiteral("options")});
        QJsonObject session;
        QStringList rejected;
        for (const QString& path : std::as_const(auth)) {
            const Probe result = probe(root,
                QJsonObject{{QStringLiteral("files"), QJsonObject{{QStringLiteral("auth"), path}}},
                    {QStringLiteral("session"),
                        QJsonObject{{QStringLiteral("strategy"), QStringLiteral("jwt")},
                            {QStringLiteral("maxAge"), durationJson(1000)},
                            {QStringLiteral("updateAge"), durationJson(0)}}}});
            const std::optional<qint64> maxAge
                = milliseconds(result.observed, QStringLiteral("session.maxAge"), false);
            if (!maxAge || *maxAge == 0) {
                if (findingFor(result.findings, QStringLiteral("session.maxAge"))
                    && findingFor(result.findings, QStringLiteral("session.maxAge"))->status
                        != CheckStatus::Missing)
                    rejected.append(tr("%1: session.maxAge %2")
                                        .arg(path,
                                            whyNot(result.observed, result.findings,
                                                QStringLiteral("session.maxAge"))));
                continue;
            }
            files.insert(QStringLiteral("auth"), path);
            QStringList where{
                tr("session.maxAge at %1")
                    .arg(evidenceOf(result.findings, QStringLiteral("session.maxAge")))};
            session.insert(QStringLiteral("maxAge"), durationJson(*maxAge));
            outcome.found.append(
                tr("NextAuth options: session.maxAge %1 s at %2")
                    .arg(*maxAge / 1000)
                    .arg(evidenceOf(result.findings, QStringLiteral("session.maxAge"))));
            const auto strategy = result.observed.constFind(QStringLiteral("session.strategy"));
            if (strategy != result.observed.cend() && strategy->kind == EvaluatedValue::Kind::String
                && (strategy->string == QLatin1String{"jwt"}
                    || strategy->string == QLatin1String{"database"})) {
                session.insert(QStringLiteral("strategy"), strategy->string);
                outcome.found.append(
                    tr("NextAuth options: session.strategy %1 at %2")
                        .arg(strategy->string,
                            evidenceOf(result.findings, QStringLiteral("session.strategy"))));
            }
            const std::optional<qint64> updateAge
                = milliseconds(result.observed, QStringLiteral("session.updateAge"), false);
            if (updateAge) {
                session.insert(QStringLiteral("updateAge"), durationJson(*updateAge));
                where.append(
                    tr("session.updateAge at %1")
                        .arg(evidenceOf(result.findings, QStringLiteral("session.updateAge"))));
                outcome.found.append(
                    tr("NextAuth options: session.updateAge %1 s at %2")
                        .arg(*updateAge / 1000)
                        .arg(evidenceOf(result.findings, QStringLiteral("session.updateAge"))));
            } else {
                session.insert(QStringLiteral("updateAge"), durationJson(24LL * 3600 * 1000));
                where.append(tr("session.updateAge not read (%1); NextAuth's default 24 h written")
                                 .arg(whyNot(result.observed, result.findings,
                                     QStringLiteral("session.updateAge"))));
                outcome.notFound.append(tr("session.updateAge in %1: %2")
                                            .arg(path,
                                                whyNot(result.observed, result.findings,
                                                    QStringLiteral("session.updateAge"))));
            }
            session.insert(QStringLiteral("comment"), where.join(QStringLiteral("; ")));
            break;
        }
        if (session.isEmpty()) {
            outcome.notFound.append(candidates.auth.isEmpty()
                    ? tr("NextAuth options: no file mentions NextAuth; files.auth left out, the "
                         "session checks are not-checked")
                    : tr("NextAuth options with a readable session.maxAge: none (%1); files.auth "
                         "left out")
                          .arg(rejected.isEmpty() ? candidates.auth.join(QStringLiteral(", "))
                                                  : rejected.join(QStringLiteral("; "))));
            session = QJsonObject{{QStringLiteral("maxAge"), durationJson(30LL * 24 * 3600 * 1000)},
                {QStringLiteral("updateAge"), durationJson(24LL * 3600 * 1000)},
                {QStringLiteral("comment"),
                    tr("not found in the checkout: NextAuth's defaults, not checked (files.auth "
                       "is left out)")}};
        }
        baseline.insert(QStringLiteral("session"), session);
    }

    // --- <SessionProvider> ----------------------------------------------------------------
    {
        QJsonArray probeProviders;
        QJsonObject probeFiles;
        for (qsizetype i = 0; i < candidates.providers.size(); ++i) {
            const QString key = QStringLiteral("p%1").arg(i);
            probeFiles.insert(key + QStringLiteral("Layout"), candidates.providers.at(i));
            probeProviders.append(QJsonObject{{QStringLiteral("id"), key},
                {QStringLiteral("file"), QString{key + QStringLiteral("Layout")}},
                {QStringLiteral("refetchInterval"), durationJson(0)},
                {QStringLiteral("refetchOnWindowFocus"), true}});
        }
        QJsonArray providers;
        QStringList ids;
        if (!probeProviders.isEmpty()) {
            const Probe result = probe(root,
                QJsonObject{{QStringLiteral("files"), probeFiles},
                    {QStringLiteral("providers"), probeProviders}});
            for (qsizetype i = 0; i < candidates.providers.size(); ++i) {
                const QString path = candidates.providers.at(i);
                const QString intervalId = QStringLiteral("provider.p%1.refetchInterval").arg(i);
                const QString focusId = QStringLiteral("provider.p%1.refetchOnWindowFocus").arg(i);
                const std::optional<qint64> interval
                    = milliseconds(result.observed, intervalId, false);
                const auto focus = result.observed.constFind(focusId);
                if (!interval || focus == result.observed.cend()
                    || focus->kind != EvaluatedValue::Kind::Boolean) {
                    outcome.notFound.append(
                        tr("<SessionProvider> in %1: refetchInterval %2, "
                           "refetchOnWindowFocus %3; left out")
                            .arg(path, whyNot(result.observed, result.findings, intervalId),
                                whyNot(result.observed, result.findings, focusId)));
                    continue;
                }
                const QString directory = QFileInfo{path}.dir().dirName();
                const QString id = unique(identifier(directory, QStringLiteral("app")), ids);
                ids.append(id);
                const QString key = id + QStringLiteral("Layout");
                files.insert(key, path);
                providers.append(
                    QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("file"), key},
                        {QStringLiteral("refetchInterval"), durationJson(*interval)},
                        {QStringLiteral("refetchOnWindowFocus"), focus->boolean},
                        {QStringLiteral("comment"),
                            tr("refetchInterval at %1, refetchOnWindowFocus at %2")
                                .arg(evidenceOf(result.findings, intervalId),
                                    evidenceOf(result.findings, focusId))}});
                outcome.found.append(
                    tr("<SessionProvider> %1: refetchInterval %2 s, "
                       "refetchOnWindowFocus %3 at %4")
                        .arg(id)
                        .arg(*interval / 1000)
                        .arg(focus->boolean ? QStringLiteral("true") : QStringLiteral("false"),
                            evidenceOf(result.findings, intervalId)));
            }
        } else {
            outcome.notFound.append(tr("<SessionProvider>: in no file; providers left out"));
        }
        if (!providers.isEmpty())
            baseline.insert(QStringLiteral("providers"), providers);
    }

    // --- the SessionExpired redirect and the login form -------------------------------------
    {
        QStringList guards = candidates.sessionExpired;
        sortByPreference(guards,
            {QStringLiteral("guard"), QStringLiteral("middleware"), QStringLiteral("proxy")});
        QStringList logins = candidates.sessionExpired;
        sortByPreference(logins,
            {QStringLiteral("loginform"), QStringLiteral("login"), QStringLiteral("signin"),
                QStringLiteral("sign-in")});
        QStringList where;
        const auto pick = [&](const QStringList& paths, const QString& key, const QString& check,
                              const QString& what) {
            for (const QString& path : paths) {
                const Probe result
                    = probe(root, QJsonObject{{QStringLiteral("files"), QJsonObject{{key, path}}}});
                const Finding* finding = findingFor(result.findings, check);
                if (finding && finding->status == CheckStatus::Pass) {
                    files.insert(key, path);
                    where.append(tr("%1 at %2").arg(what, finding->evidence));
                    outcome.found.append(
                        tr("%1: %2 at %3").arg(what, finding->actual, finding->evidence));
                    return;
                }
            }
            outcome.notFound.append(
                tr("%1: no file passes %2 (looked at %3 files that mention SessionExpired); "
                   "files.%4 left out")
                    .arg(what, check)
                    .arg(paths.size())
                    .arg(key));
        };
        pick(guards, QStringLiteral("sessionGuard"), QStringLiteral("guard.sessionExpiredRedirect"),
            tr("session-expired redirect"));
        pick(logins, QStringLiteral("loginForm"), QStringLiteral("login.sessionExpiredMessage"),
            tr("login form"));
        if (!where.isEmpty())
            baseline.insert(QStringLiteral("login"),
                QJsonObject{{QStringLiteral("comment"), where.join(QStringLiteral("; "))}});
    }

    // --- pools ------------------------------------------------------------------------------
    QJsonArray pools;
    qint64 budgets = 0;
    {
        struct Pool
        {
            QString id;
            QString client;
            QString path;
            QString binding;
            int call{0};
            QString where;
        };
        QList<Pool> found;
        QStringList ids;
        const auto idFor = [&](const QString& path, const QString& binding, bool several) {
            const QStringList parts = path.split(u'/');
            QString base;
            for (qsizetype i = 0; i + 2 < parts.size(); ++i) {
                if (parts.at(i) == QLatin1String{"apps"} || parts.at(i) == QLatin1String{"packages"}
                    || parts.at(i) == QLatin1String{"services"}) {
                    base = parts.at(i + 1);
                    break;
                }
            }
            if (base.isEmpty())
                base = binding.isEmpty() ? QFileInfo{path}.completeBaseName() : binding;
            else if (several && !binding.isEmpty())
                base += u'-' + binding;
            QString id = identifier(base, QStringLiteral("pool"));
            if (id == QLatin1String{"monitor"} || id == QLatin1String{"other"})
                id += QStringLiteral("-pool");
            id = unique(id, ids);
            ids.append(id);
            return id;
        };
        for (const QString& path : candidates.postgres) {
            const Result<SourceFile> file = SourceFile::read(root, path);
            if (!file)
                continue;
            const Result<SyntaxTree> tree
                = SyntaxTree::parse(file->bytes(), SyntaxTree::languageForPath(path));
            if (!tree)
                continue;
            const QList<PostgresCall> calls = postgresCalls(TsEvaluator{*tree});
            for (qsizetype i = 0; i < calls.size(); ++i) {
                const PostgresCall& call = calls.at(i);
                const auto sameBinding = std::count_if(calls.cbegin(), calls.cend(),
                    [&](const PostgresCall& other) { return other.binding == call.binding; });
                Pool pool{idFor(path, call.binding, calls.size() > 1),
                    QStringLiteral("postgres.js"), path, {}, 0,
                    call.binding.isEmpty() ? tr("postgres(…) at %1:%2").arg(path).arg(call.line)
                                           : tr("postgres(…) bound to %1 at %2:%3")
                                                 .arg(call.binding, path)
                                                 .arg(call.line)};
                if (calls.size() > 1) {
                    if (!call.binding.isEmpty() && sameBinding == 1)
                        pool.binding = call.binding;
                    else
                        pool.call = static_cast<int>(i + 1);
                }
                found.append(pool);
            }
        }
        for (const QString& path : candidates.go) {
            const Result<SourceFile> file = SourceFile::read(root, path);
            if (!file)
                continue;
            const Result<SyntaxTree> tree = SyntaxTree::parse(file->bytes(), SourceLanguage::Go);
            if (!tree)
                continue;
            const QStringList receivers = goPoolReceivers(*tree);
            for (const QString& receiver : receivers) {
                const bool plain = QRegularExpression{QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$")}
                                       .match(receiver)
                                       .hasMatch();
                Pool pool{idFor(path, plain ? receiver : QString{}, receivers.size() > 1),
                    QStringLiteral("go-database-sql"), path, {}, 0,
                    tr("database/sql setters of %1 in %2").arg(receiver, path)};
                if (receivers.size() > 1) {
                    if (!plain) {
                        outcome.notFound.append(
                            tr("Go pool %1 in %2: the receiver is not a plain name; left out")
                                .arg(receiver, path));
                        continue;
                    }
                    pool.binding = receiver;
                }
                found.append(pool);
            }
        }

        QJsonArray probePools;
        QJsonObject probeFiles;
        for (const Pool& pool : std::as_const(found)) {
            QJsonObject json{{QStringLiteral("id"), pool.id},
                {QStringLiteral("client"), pool.client}, {QStringLiteral("budget"), 1}};
            if (!pool.binding.isEmpty())
                json.insert(QStringLiteral("binding"), pool.binding);
            if (pool.call > 0)
                json.insert(QStringLiteral("call"), pool.call);
            json.insert(QStringLiteral("settings"),
                pool.client == QLatin1String{"postgres.js"}
                    ? QJsonObject{{QStringLiteral("max"), 1},
                        {QStringLiteral("idle_timeout"), durationJson(0)},
                        {QStringLiteral("connect_timeout"), durationJson(0)},
                        {QStringLiteral("max_lifetime"), durationJson(0)}}
                    : QJsonObject{{QStringLiteral("maxOpenConns"), 0},
                        {QStringLiteral("maxIdleConns"), 0},
                        {QStringLiteral("connMaxLifetime"), durationJson(0)},
                        {QStringLiteral("connMaxIdleTime"), durationJson(0)}});
            probePools.append(json);
            probeFiles.insert(pool.id + QStringLiteral("PoolClient"), pool.path);
        }
        if (!probePools.isEmpty()) {
            const Probe result = probe(root,
                QJsonObject{
                    {QStringLiteral("files"), probeFiles}, {QStringLiteral("pools"), probePools}});
            for (const Pool& pool : std::as_const(found)) {
                const bool go = pool.client == QLatin1String{"go-database-sql"};
                const QStringList counts = go
                    ? QStringList{QStringLiteral("maxOpenConns"), QStringLiteral("maxIdleConns")}
                    : QStringList{QStringLiteral("max")};
                const QStringList durations = go
                    ? QStringList{QStringLiteral("connMaxLifetime"),
                        QStringLiteral("connMaxIdleTime")}
                    : QStringList{QStringLiteral("idle_timeout"), QStringLiteral("connect_timeout"),
                        QStringLiteral("max_lifetime")};
                QJsonObject settings;
                QStringList where{pool.where};
                QStringList read;
                const auto idOf = [&](const QString& setting) {
                    return QStringLiteral("pool.%1.%2").arg(pool.id, setting);
                };
                for (const QString& setting : counts) {
                    const std::optional<qint64> value = wholeNumber(result.observed, idOf(setting));
                    if (value && (*value > 0 || go)) {
                        settings.insert(setting, *value);
                        where.append(tr("%1 at %2")
                                         .arg(setting, evidenceOf(result.findings, idOf(setting))));
                        read.append(QStringLiteral("%1 %2").arg(setting).arg(*value));
                    } else {
                        outcome.notFound.append(
                            tr("pool %1: %2 %3; left out")
                                .arg(pool.id, setting,
                                    whyNot(result.observed, result.findings, idOf(setting))));
                    }
                }
                for (const QString& setting : durations) {
                    const std::optional<qint64> value
                        = milliseconds(result.observed, idOf(setting), go);
                    if (value) {
                        settings.insert(setting, durationJson(*value));
                        where.append(tr("%1 at %2")
                                         .arg(setting, evidenceOf(result.findings, idOf(setting))));
                        read.append(QStringLiteral("%1 %2 ms").arg(setting).arg(*value));
                    } else {
                        outcome.notFound.append(
                            tr("pool %1: %2 %3; left out")
                                .arg(pool.id, setting,
                                    whyNot(result.observed, result.findings, idOf(setting))));
                    }
                }
                const QString sizeKey = go ? QStringLiteral("maxOpenConns") : QStringLiteral("max");
                qint64 budget = settings.value(sizeKey).toInteger(0);
                if (budget <= 0) {
                    budget = 10;
                    where.append(tr("budget 10 is a placeholder: the pool's size is not known from "
                                    "source"));
                }
                budgets += budget;
                QJsonObject json{{QStringLiteral("id"), pool.id},
                    {QStringLiteral("client"), pool.client}, {QStringLiteral("budget"), budget},
                    {QStringLiteral("settings"), settings},
                    {QStringLiteral("comment"), where.join(QStringLiteral("; "))}};
                if (!pool.binding.isEmpty())
                    json.insert(QStringLiteral("binding"), pool.binding);
                if (pool.call > 0)
                    json.insert(QStringLiteral("call"), pool.call);
                pools.append(json);
                files.insert(pool.id + QStringLiteral("PoolClient"), pool.path);
                outcome.found.append(tr("pool %1 (%2): %3; %4")
                                         .arg(pool.id, pool.client, pool.where,
                                             read.isEmpty() ? tr("no setting readable")
                                                            : read.join(QStringLiteral(", "))));
            }
        }
        if (pools.isEmpty())
            outcome.notFound.append(
                tr("connection pools: no postgres(…) call and no database/sql setter "
                   "(SetMaxOpenConns, …) in the checkout"));
    }
    if (!pools.isEmpty()) {
        baseline.insert(QStringLiteral("pools"), pools);
        const qint64 maxConnections = std::max<qint64>(100, budgets + 1);
        baseline.insert(QStringLiteral("server"),
            QJsonObject{{QStringLiteral("maxConnections"), maxConnections},
                {QStringLiteral("comment"),
                    tr("not in the source: the larger of PostgreSQL's default 100 and the pools' "
                       "budgets plus opsdash's own connection; set the server's "
                       "max_connections")}});
    }

    // --- docs that state the pool sizes -----------------------------------------------------
    if (!pools.isEmpty()) {
        QStringList documents = candidates.documents;
        sortByPreference(documents,
            {QStringLiteral("readme"), QStringLiteral("claude.md"), QStringLiteral("agents.md"),
                QStringLiteral("docs/")});
        constexpr qsizetype kMaxDocuments{25};
        bool documented = false;
        for (const QString& path : documents.mid(0, kMaxDocuments)) {
            QJsonObject probeFiles = files;
            probeFiles.insert(QStringLiteral("poolDocumentation"), path);
            const Probe result = probe(root,
                QJsonObject{{QStringLiteral("files"), probeFiles}, {QStringLiteral("pools"), pools},
                    {QStringLiteral("session"), baseline.value(QStringLiteral("session"))}});
            const Finding* finding
                = findingFor(result.findings, QStringLiteral("docs.poolDocumentation"));
            if (finding && finding->status == CheckStatus::Pass) {
                files.insert(QStringLiteral("poolDocumentation"), path);
                outcome.found.append(
                    tr("pool documentation: %1 at %2").arg(finding->actual, finding->evidence));
                documented = true;
                break;
            }
        }
        if (!documented)
            outcome.notFound.append(
                tr("pool documentation: none of %1 documents that mention pools states their "
                   "sizes; files.poolDocumentation left out")
                    .arg(std::min(documents.size(), kMaxDocuments)));
    }

    // --- tasks.md ---------------------------------------------------------------------------
    {
        bool taken = false;
        for (const QString& path : candidates.tasks) {
            const Probe result = probe(root,
                QJsonObject{
                    {QStringLiteral("files"), QJsonObject{{QStringLiteral("tasks"), path}}}});
            const Finding* finding = findingFor(result.findings, QStringLiteral("tasks.progress"));
            const auto progress = result.observed.constFind(QStringLiteral("tasks.progress"));
            if (finding && finding->status == CheckStatus::Pass
                && progress != result.observed.cend()) {
                files.insert(QStringLiteral("tasks"), path);
                baseline.insert(QStringLiteral("tasks"),
                    QJsonObject{{QStringLiteral("progress"), progress->string},
                        {QStringLiteral("comment"),
                            tr("progress line at %1").arg(finding->evidence)}});
                outcome.found.append(
                    tr("tasks: progress %1 at %2").arg(progress->string, finding->evidence));
                taken = true;
                break;
            }
            if (finding)
                outcome.notFound.append(tr("tasks: %1: %2").arg(path, finding->reason));
        }
        if (!taken)
            outcome.notFound.append(candidates.tasks.isEmpty()
                    ? tr("tasks: no tasks.md; files.tasks left out")
                    : tr("tasks: no tasks.md with a progress line that matches its checkboxes; "
                         "files.tasks left out"));
    }

    if (pools.isEmpty())
        return outcome;
    const QString name = QFileInfo{root}.canonicalFilePath().section(u'/', -1);
    baseline.insert(QStringLiteral("schemaVersion"), 1);
    baseline.insert(QStringLiteral("name"), name.isEmpty() ? QStringLiteral("checkout") : name);
    baseline.insert(QStringLiteral("description"),
        tr("Made by opsdash baseline init from what the code says now; review each value against "
           "the sign-off before relying on it."));
    baseline.insert(QStringLiteral("files"), files);
    baseline.insert(QStringLiteral("attribution"), QJsonArray{});
    outcome.baseline = baseline;
    return outcome;
}

} // namespace opsdash
