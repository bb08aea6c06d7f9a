#include "model/BaselineLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

const QString kSource{QStringLiteral("test.json")};

QString dataPath(const char* name)
{
    return QStringLiteral(OPSDASH_TEST_DATA_DIR "/baselines/") + QLatin1String{name};
}

QByteArray readAll(const QString& path)
{
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject defaultObject()
{
    return QJsonDocument::fromJson(readAll(BaselineLoader::kDefaultResource)).object();
}

QByteArray toBytes(const QJsonObject& obj)
{
    return QJsonDocument{obj}.toJson(QJsonDocument::Indented);
}

// One step of a path such as pools[1].settings.max: a key, or an index when key is empty.
struct Step
{
    QString key;
    qsizetype index{-1};
};

QList<Step> stepsOf(const QString& path)
{
    QList<Step> steps;
    for (const QString& part : path.split(QLatin1Char{'.'})) {
        qsizetype bracket{part.indexOf(QLatin1Char{'['})};
        const QString key{bracket < 0 ? part : part.left(bracket)};
        if (!key.isEmpty())
            steps.append(Step{key, -1});
        while (bracket >= 0) {
            const qsizetype close{part.indexOf(QLatin1Char{']'}, bracket)};
            steps.append(Step{{}, part.mid(bracket + 1, close - bracket - 1).toInt()});
            bracket = part.indexOf(QLatin1Char{'['}, close);
        }
    }
    return steps;
}

// Sets (or, for an undefined value, removes) the value at steps inside node.
QJsonValue setAt(const QJsonValue& node, QList<Step> steps, const QJsonValue& value)
{
    if (steps.isEmpty())
        return value;
    const Step step{steps.takeFirst()};
    if (step.index < 0) {
        QJsonObject obj{node.toObject()};
        const QJsonValue next{setAt(obj.value(step.key), steps, value)};
        if (next.isUndefined())
            obj.remove(step.key);
        else
            obj.insert(step.key, next);
        return obj;
    }
    QJsonArray arr = node.toArray(); // not {}: that would nest it in a new array
    const QJsonValue next{setAt(arr.at(step.index), steps, value)};
    if (next.isUndefined())
        arr.removeAt(step.index);
    else if (step.index == arr.size())
        arr.append(next);
    else
        arr.replace(step.index, next);
    return arr;
}

// default.json with one value replaced (or removed, for QJsonValue::Undefined).
QByteArray defaultWith(const QString& path, const QJsonValue& value)
{
    return toBytes(setAt(defaultObject(), stepsOf(path), value).toObject());
}

QJsonObject duration(qint64 value, const char* unit)
{
    return QJsonObject{
        {QStringLiteral("value"), value}, {QStringLiteral("unit"), QLatin1String{unit}}};
}

QJsonObject rule(const char* pool, const char* field, const char* match, const char* value)
{
    return QJsonObject{{QStringLiteral("pool"), QLatin1String{pool}},
        {QStringLiteral("field"), QLatin1String{field}},
        {QStringLiteral("match"), QLatin1String{match}},
        {QStringLiteral("value"), QString::fromUtf8(value)}};
}

QString at(const char* path)
{
    return kSource + QStringLiteral(": ") + QString::fromUtf8(path);
}

} // namespace

class TestBaselineLoader final : public QObject
{
    Q_OBJECT

private slots:
    void defaultValues_data();
    void defaultValues();
    void defaultIsItsOwnEffectiveBaseline();
    void embeddedDefaultEqualsCheckedInFile();
    void summaryStatesBudgetsAgainstServer();
    void roundTrip_data();
    void roundTrip();
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void syntaxErrors_data();
    void syntaxErrors();
    void fileErrors_data();
    void fileErrors();
    void durations_data();
    void durations();
    void attributionRules_data();
    void attributionRules();
    void neverCrashesOnDamagedInput();
    void warnings_data();
    void warnings();
    void contentErrorsNameLineAndColumn();
};

void TestBaselineLoader::defaultValues_data()
{
    QTest::addColumn<QVariant>("actual");
    QTest::addColumn<QVariant>("expected");

    const auto loaded{BaselineLoader::loadDefault()};
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString{} : loaded.error().toString()));
    const Baseline& b{loaded.value()};
    const PoolSpec* web{b.pool(u"web")};
    const PoolSpec* scheduling{b.pool(u"scheduling")};
    QVERIFY(web && scheduling);
    const auto row = [](const char* name, const QVariant& actual, const QVariant& expected) {
        QTest::newRow(name) << actual << expected;
    };
    const auto n = [](qint64 v) {
        return QVariant::fromValue(v);
    };

    row("web pool budget is 150", n(web->budget), n(150));
    row("web pool max is 150", n(web->integerSetting(QStringLiteral("max")).value_or(-1)), n(150));
    row("web idle_timeout is 30 s",
        n(web->durationSetting(QStringLiteral("idle_timeout")).value_or(Duration{}).seconds()),
        n(30));
    row("web max_lifetime is 1800 s",
        n(web->durationSetting(QStringLiteral("max_lifetime")).value_or(Duration{}).seconds()),
        n(1800));
    row("web pool is a postgres.js client", toString(web->client), QStringLiteral("postgres.js"));
    row("scheduling pool budget is 50", n(scheduling->budget), n(50));
    row("scheduling maxIdleConns is 10",
        n(scheduling->integerSetting(QStringLiteral("maxIdleConns")).value_or(-1)), n(10));
    row("scheduling connMaxLifetime is 1800 s",
        n(scheduling->durationSetting(QStringLiteral("connMaxLifetime"))
                .value_or(Duration{})
                .seconds()),
        n(1800));
    row("scheduling connMaxLifetime stays written in minutes",
        scheduling->durationSetting(QStringLiteral("connMaxLifetime"))
            .value_or(Duration{})
            .toWrittenString(),
        QStringLiteral("30 min"));
    row("pool budgets total 200", n(b.totalBudget()), n(200));
    row("server maxConnections is 200", n(b.server.maxConnections), n(200));
    row("opsdash holds one monitor connection", n(b.server.monitorConnections), n(1));
    row("session maxAge is 86400 s", n(b.session.maxAge.seconds()), n(86400));
    row("session updateAge is 240 s", n(b.session.updateAge.seconds()), n(240));
    row("two session providers", n(b.providers.size()), n(2));
    row("portal provider refetches every 240 s",
        n(b.provider(u"portal") ? b.provider(u"portal")->refetchInterval.seconds() : -1), n(240));
    row("three attribution rules", n(b.attribution.size()), n(3));
    row("first rule attributes opsdash to monitor", b.attribution.value(0).pool,
        QStringLiteral("monitor"));
    row("third rule matches scheduling by prefix", toString(b.attribution.value(2).match),
        QStringLiteral("prefix"));
    row("unmatched sessions fall back to other", b.attributionFallback, QStringLiteral("other"));
    row("pool warn threshold is 80 %", n(b.thresholds.pool.warnPercent), n(80));
    row("pool critical threshold is 95 %", n(b.thresholds.pool.criticalPercent), n(95));
    row("session warning 60 min before expiry", n(b.thresholds.session.warnBefore.seconds()),
        n(60 * 60));
    row("session critical 15 min before expiry", n(b.thresholds.session.criticalBefore.seconds()),
        n(15 * 60));
    row("no absolute session age limit", b.thresholds.session.maxAge.has_value(), false);
    row("session expired code is SessionExpired", b.login.sessionExpiredCode,
        QStringLiteral("SessionExpired"));
    row("sessions table is Prisma's Session", b.sessionsTable.table, QStringLiteral("Session"));
    row("tasks T167 and T178 are required", b.tasks.required.join(QLatin1Char{','}),
        QStringLiteral("T167,T178"));
    row("nine files", n(b.files.size()), n(9));
    row("source is the embedded resource", b.sourcePath, BaselineLoader::kDefaultResource);
    row("sha256 is 64 hex digits", n(b.sha256.size()), n(64));
}

void TestBaselineLoader::defaultValues()
{
    QFETCH(QVariant, actual);
    QFETCH(QVariant, expected);
    QCOMPARE(actual, expected);
}

void TestBaselineLoader::defaultIsItsOwnEffectiveBaseline()
{
    // default.json spells out every field, so its effective form is the file itself.
    const auto b{BaselineLoader::loadDefault()};
    QVERIFY(b.ok());
    QCOMPARE(b->toJson(), defaultObject());
}

void TestBaselineLoader::embeddedDefaultEqualsCheckedInFile()
{
    const QByteArray onDisk{
        readAll(QStringLiteral(OPSDASH_SOURCE_DIR "/resources/baselines/default.json"))};
    QVERIFY(!onDisk.isEmpty());
    QCOMPARE(readAll(BaselineLoader::kDefaultResource), onDisk);
}

void TestBaselineLoader::summaryStatesBudgetsAgainstServer()
{
    const auto b{BaselineLoader::loadDefault()};
    QVERIFY(b.ok());
    const QString summary{b->summaryLines().join(QLatin1Char{'\n'})};
    QVERIFY2(summary.contains(QStringLiteral("web 150")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("scheduling 50")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral(
                 "= 201 of server.maxConnections 200 (over by 1 even before reserved slots)")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("maxAge 24 h (86400 s), updateAge 4 min (240 s)")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("attribution rules: 3")), qPrintable(summary));
}

void TestBaselineLoader::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("default baseline") << readAll(BaselineLoader::kDefaultResource);
    QTest::newRow("minimal baseline gains every default") << readAll(dataPath("minimal.json"));
    QTest::newRow("regex rule and absolute age limit")
        << toBytes(setAt(setAt(defaultObject(), stepsOf(QStringLiteral("attribution[3]")),
                             rule("scheduling", "usename", "regex", "^sched_[a-z]+$"))
                             .toObject(),
               stepsOf(QStringLiteral("thresholds.session.maxAge")), duration(7, "h"))
                       .toObject());
    QTest::newRow("progress left unset")
        << defaultWith(QStringLiteral("tasks.progress"), QJsonValue::Null);
}

void TestBaselineLoader::roundTrip()
{
    QFETCH(QByteArray, input);
    const auto first{BaselineLoader::parse(input, kSource)};
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString{} : first.error().toString()));
    const QJsonObject dump{first->toJson()};
    const auto second{BaselineLoader::parse(toBytes(dump), kSource)};
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString{} : second.error().toString()));
    QCOMPARE(second->toJson(), dump);
}

void TestBaselineLoader::accepts_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("$schema may be left out")
        << defaultWith(QStringLiteral("$schema"), QJsonValue::Undefined);
    QTest::newRow("integral number written as 150.0 is an integer")
        << QByteArray{readAll(BaselineLoader::kDefaultResource)
                          .replace("\"budget\": 150,", "\"budget\": 150.0,")};
    QTest::newRow("absolute session age limit may be set")
        << defaultWith(QStringLiteral("thresholds.session.maxAge"), duration(7, "h"));
    QTest::newRow("empty exact application_name attributes lib/pq sessions") << defaultWith(
        QStringLiteral("attribution[3]"), rule("scheduling", "application_name", "exact", ""));
    QTest::newRow("valid regex rule") << defaultWith(
        QStringLiteral("attribution[3]"), rule("web", "client_addr", "regex", "^10\\.0\\."));
    QTest::newRow("go pool may allow unlimited open connections")
        << defaultWith(QStringLiteral("pools[1].settings.maxOpenConns"), 0);
    QTest::newRow("zero duration means no limit for a pool setting")
        << defaultWith(QStringLiteral("pools[0].settings.idle_timeout"), duration(0, "s"));
    QTest::newRow("optional sections may be left out") << readAll(dataPath("minimal.json"));
    QTest::newRow("over-committed budgets are a finding, not a load error")
        << defaultWith(QStringLiteral("server.maxConnections"), 100);
    QTest::newRow("a pool may name its call by binding and position") << QByteArray{
        readAll(BaselineLoader::kDefaultResource)
            .replace("\"budget\": 150,", "\"budget\": 150, \"binding\": \"$sql\", \"call\": 2,")};
    QTest::newRow("an escaped backslash before a bracket is valid JSON")
        << QByteArray{readAll(BaselineLoader::kDefaultResource)
                          .replace("\"CLAUDE.md\"", "\"docs/\\\\[x\\\\].md\"")};
    for (const char* path : {"comment", "session.comment", "providers[0].comment", "login.comment",
             "pools[1].comment", "server.comment", "tasks.comment"}) {
        QTest::newRow(qPrintable(QStringLiteral("a comment in %1").arg(QString::fromUtf8(path))))
            << defaultWith(QString::fromUtf8(path),
                   QStringLiteral("found at apps/web/src/server/auth.ts:17"));
    }
    QTest::newRow("a PgBouncer admin console and its wait threshold") << defaultWith(
        QStringLiteral("pgbouncer"),
        QJsonObject{{QStringLiteral("admin"),
                        QStringLiteral("host=127.0.0.1 port=6432 dbname=pgbouncer user=stats")},
            {QStringLiteral("maxWait"), duration(2, "s")}});
    QTest::newRow("UTF-8 byte order mark is skipped")
        << QByteArray{"\xEF\xBB\xBF" + readAll(BaselineLoader::kDefaultResource)};
}

void TestBaselineLoader::accepts()
{
    QFETCH(QByteArray, input);
    const auto b{BaselineLoader::parse(input, kSource)};
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString{} : b.error().toString()));
}

void TestBaselineLoader::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    const auto row
        = [](const char* name, const QByteArray& input, const QString& where, const char* message) {
              QTest::newRow(name) << input << where << QString::fromUtf8(message);
          };
    const auto with = [](const char* path, const QJsonValue& value) {
        return defaultWith(QString::fromUtf8(path), value);
    };
    const QJsonValue removed{QJsonValue::Undefined};

    // whole document
    row("empty input", QByteArray{}, kSource, "the baseline is empty");
    row("whitespace only", QByteArray{" \n\t\n"}, kSource, "the baseline is empty");
    row("top level is an array", QByteArray{"[]"}, kSource,
        "expected a JSON object at the top level, got an array");
    row("schemaVersion 2 is unsupported", with("schemaVersion", 2), at("schemaVersion"),
        "unsupported schemaVersion 2 (this opsdash reads version 1)");
    row("newer schemaVersion is reported before its unknown keys",
        QByteArray{R"({"schemaVersion": 3, "futureKey": true})"}, at("schemaVersion"),
        "unsupported schemaVersion 3");
    row("schemaVersion missing", with("schemaVersion", removed), at("schemaVersion"),
        "required field is missing");
    row("schemaVersion as a string", with("schemaVersion", QStringLiteral("1")),
        at("schemaVersion"), "expected an integer, got a string");

    // unknown keys
    row("unknown top-level key suggests the near one", with("pool", 1), at("pool"),
        "unknown key \"pool\" (did you mean \"pools\"?)");
    row("unknown top-level key lists the known ones", with("colour", 1), at("colour"),
        "(expected one of: $schema, schemaVersion, name,");
    row("misspelt pool key", with("pools[0].budgte", 150), at("pools[0].budgte"),
        "unknown key \"budgte\" (did you mean \"budget\"?)");
    row("unknown key inside a duration", with("session.maxAge.units", QStringLiteral("s")),
        at("session.maxAge.units"), "unknown key");
    row("unknown key in thresholds", with("thresholds.pool.warn", 5), at("thresholds.pool.warn"),
        "unknown key \"warn\"");
    row("setting of the other client", with("pools[0].settings.maxOpenConns", 5),
        at("pools[0].settings.maxOpenConns"),
        "unknown key \"maxOpenConns\" for a postgres.js pool (expected one of: max, "
        "idle_timeout, connect_timeout, max_lifetime)");

    row("a comment is text", with("session.comment", 5), at("session.comment"),
        "expected a string, got 5");
    row("no comment among a pool's settings",
        with("pools[0].settings.comment", QStringLiteral("x")), at("pools[0].settings.comment"),
        "unknown key \"comment\" for a postgres.js pool");
    row("no comment in a duration", with("session.maxAge.comment", QStringLiteral("x")),
        at("session.maxAge.comment"), "unknown key");

    // required fields and types
    row("required field missing", with("server.maxConnections", removed),
        at("server.maxConnections"), "required field is missing");
    row("required section missing", with("session", removed), at("session"),
        "required field is missing");
    row("name must not be empty", with("name", QStringLiteral("  ")), at("name"),
        "must not be empty");
    row("pools as an object", with("pools", QJsonObject{}), at("pools"),
        "expected an array, got an object");
    row("no pools at all", with("pools", QJsonArray{}), at("pools"), "must list at least one pool");
    row("pool entry is not an object", with("pools[1]", 50), at("pools[1]"),
        "expected an object, got 50");
    row("budget as a string", with("pools[1].budget", QStringLiteral("50")), at("pools[1].budget"),
        "expected an integer, got a string");
    row("fractional budget", with("pools[0].budget", 150.5), at("pools[0].budget"),
        "expected an integer, got 150.5");
    row("zero budget", with("pools[1].budget", 0), at("pools[1].budget"),
        "must be greater than zero");
    row("huge budget", with("pools[0].budget", 1e300), at("pools[0].budget"),
        "must be at most 2147483647");
    row("negative monitor connections", with("server.monitorConnections", -1),
        at("server.monitorConnections"), "must not be negative");
    row("fractional Go setting", with("pools[1].settings.maxIdleConns", 10.5),
        at("pools[1].settings.maxIdleConns"), "expected an integer, got 10.5");
    row("boolean given as a string",
        with("providers[0].refetchOnWindowFocus", QStringLiteral("yes")),
        at("providers[0].refetchOnWindowFocus"), "expected true or false, got a string");
    row("odd file key is quoted in the path", with("files.my file", 5), at(R"(files["my file"])"),
        "expected a string, got 5");
    const QByteArray deepName
        = QByteArray{"\"name\": "} + QByteArray(500, '[') + QByteArray(500, ']');
    row("deeply nested value where a string belongs",
        QByteArray{
            readAll(BaselineLoader::kDefaultResource)
                .replace("\"name\": \"complete-high-priority-infra (T167, T178)\"", deepName)},
        at("name"), "expected a string, got an array");

    // durations
    row("unknown unit", with("session.maxAge.unit", QStringLiteral("days")),
        at("session.maxAge.unit"), "unknown unit \"days\" (expected ms, s, min, h, d or w)");
    row("duration as a bare number", with("session.maxAge", 86400), at("session.maxAge"),
        "expected a duration such as {\"value\": 30, \"unit\": \"s\"}, got 86400");
    row("duration without a unit", with("session.maxAge.unit", removed), at("session.maxAge.unit"),
        "required field is missing");
    row("negative duration", with("session.updateAge.value", -1), at("session.updateAge.value"),
        "must not be negative");
    row("fractional duration", with("session.updateAge.value", 2.5), at("session.updateAge.value"),
        "expected an integer, got 2.5");
    row("duration overflowing 64-bit milliseconds",
        with("session.maxAge", duration(9007199254740991, "h")), at("session.maxAge.value"),
        "duration is too large");
    row("zero session maxAge", with("session.maxAge", duration(0, "s")), at("session.maxAge.value"),
        "must be greater than zero");
    row("setting that needs a duration given a number", with("pools[0].settings.idle_timeout", 30),
        at("pools[0].settings.idle_timeout"), "expected a duration");

    // ids and references
    row("pool binding that is not a variable name",
        with("pools[0].binding", QStringLiteral("my pool")), at("pools[0].binding"),
        "\"my pool\" is not a variable name");
    row("pool call position zero", with("pools[0].call", 0), at("pools[0].call"), "");
    row("duplicate pool id", with("pools[1].id", QStringLiteral("web")), at("pools[1].id"),
        "duplicate pool id \"web\"");
    row("reserved pool id monitor", with("pools[0].id", QStringLiteral("monitor")),
        at("pools[0].id"), "pool id \"monitor\" is reserved");
    row("reserved pool id other", with("pools[1].id", QStringLiteral("other")), at("pools[1].id"),
        "pool id \"other\" is reserved");
    row("pool id with a space", with("pools[0].id", QStringLiteral("web pool")), at("pools[0].id"),
        "must start with a letter");
    row("unknown client", with("pools[0].client", QStringLiteral("pgx")), at("pools[0].client"),
        "unknown value \"pgx\" (expected postgres.js or go-database-sql)");
    row("duplicate provider id", with("providers[1].id", QStringLiteral("dashboard")),
        at("providers[1].id"), "duplicate provider id \"dashboard\"");
    row("provider names an unknown file key", with("providers[0].file", QStringLiteral("x")),
        at("providers[0].file"), "names unknown file key \"x\"");
    row("rule names an unknown pool", with("attribution[1].pool", QStringLiteral("foo")),
        at("attribution[1].pool"), "names unknown pool \"foo\"");
    row("fallback names an unknown pool", with("attributionFallback", QStringLiteral("nowhere")),
        at("attributionFallback"), "names unknown pool \"nowhere\"");

    // attribution rules
    row("invalid regular expression",
        with("attribution[2]", rule("scheduling", "application_name", "regex", "sched(uling")),
        at("attribution[2].value"),
        "invalid regular expression: missing closing parenthesis at offset 11");
    row("unknown match kind", with("attribution[0].match", QStringLiteral("glob")),
        at("attribution[0].match"), "unknown value \"glob\" (expected exact, prefix or regex)");
    row("unknown field", with("attribution[0].field", QStringLiteral("query")),
        at("attribution[0].field"), "(expected application_name, usename, datname or client_addr)");
    row("empty prefix would match everything", with("attribution[2].value", QString{}),
        at("attribution[2].value"), "must not be empty");

    // thresholds
    row("warnPercent not below criticalPercent", with("thresholds.pool.warnPercent", 95),
        at("thresholds.pool.warnPercent"), "warnPercent must be below criticalPercent");
    row("percentage zero", with("thresholds.pool.warnPercent", 0),
        at("thresholds.pool.warnPercent"), "must be between 1 and 100");
    row("percentage above 100", with("thresholds.pool.criticalPercent", 101),
        at("thresholds.pool.criticalPercent"), "must be between 1 and 100");
    row("criticalBefore not shorter than warnBefore",
        with("thresholds.session.criticalBefore", duration(2, "h")),
        at("thresholds.session.criticalBefore"), "criticalBefore must be shorter than warnBefore");
    row("absolute age limit of zero", with("thresholds.session.maxAge", duration(0, "min")),
        at("thresholds.session.maxAge.value"), "must be greater than zero");

    // login, sessions table, tasks
    row("session expired code missing from the vocabulary",
        with("login.errorVocabulary", QJsonArray{QStringLiteral("Other")}),
        at("login.sessionExpiredCode"), "must be listed in errorVocabulary");
    row("duplicate vocabulary entry",
        with("login.errorVocabulary",
            QJsonArray{QStringLiteral("SessionExpired"), QStringLiteral("SessionExpired")}),
        at("login.errorVocabulary[1]"), "duplicate entry \"SessionExpired\"");
    row("column name beyond PostgreSQL's limit",
        with("sessionsTable.columns.expires", QString{64, QLatin1Char{'x'}}),
        at("sessionsTable.columns.expires"), "63-byte identifier limit");
    row("unknown key in pgbouncer", with("pgbouncer.poolSize", 5), at("pgbouncer.poolSize"),
        "unknown key");
    row("progress with more done than total", with("tasks.progress", QStringLiteral("37/36")),
        at("tasks.progress"), "expected DONE/TOTAL");
}

void TestBaselineLoader::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const auto b{BaselineLoader::parse(input, kSource)};
    QVERIFY2(!b.ok(), "loaded although it should not");
    QCOMPARE(b.error().where, where);
    QVERIFY2(b.error().message.contains(message), qPrintable(b.error().message));
}

void TestBaselineLoader::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    const auto row
        = [](const char* name, const QByteArray& input, const char* where, const char* message) {
              QTest::newRow(name) << input << kSource + QString::fromUtf8(where)
                                  << QString::fromUtf8(message);
          };
    row("missing comma on line 3", QByteArray{"{\n  \"a\": 1,\n  \"b\": 2 \"c\": 3\n}"}, ":3:10",
        "JSON syntax error: expected ',' or '}' after an object member");
    row("trailing comma reported where the key should be",
        QByteArray{"{\n  \"a\": 1,\n  \"b\": 2,\n}"}, ":4:1", "trailing commas are not allowed");
    row("column counts characters, not bytes", QByteArray{"{\n  \"näme\": \"Ünïcödé\" x\n}"},
        ":2:21", "JSON syntax error");
    row("bare word value", QByteArray{"{\n \"a\": tru\n}"}, ":2:10", "illegal value");
    row("input ends inside an object", QByteArray{"{\n \"a\": [1, 2]"}, ":2:12",
        "the input ends inside an object");
    row("unterminated string", QByteArray{"{\"a\": \"abc"}, ":1:11", "unterminated string");
    row("number out of range", QByteArray{"{\"a\": 1e400}"}, ":1:11",
        "invalid or out-of-range number");
    row("deep nesting", QByteArray(100000, '['), ":1:", "JSON syntax error");
    row("text after the document", QByteArray{"{}\n{}"}, ":2:1",
        "unexpected text after the end of the document");
    // Qt's parser would read "\[" as "[": a bracket path would silently change.
    row("invalid escape in a path", QByteArray{"{\n  \"files\": { \"a\": \"app/\\[locale]\" }\n}"},
        ":2:24", "invalid escape '\\[' in a string");
    row("invalid escape after a valid one", QByteArray{"{\"a\": \"\\\\ \\q\"}"}, ":1:11",
        "invalid escape '\\q'");
}

void TestBaselineLoader::syntaxErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const auto b{BaselineLoader::parse(input, kSource)};
    QVERIFY2(!b.ok(), "loaded although it should not");
    QVERIFY2(b.error().where.startsWith(where), qPrintable(b.error().where));
    QVERIFY2(b.error().message.contains(message), qPrintable(b.error().message));
}

void TestBaselineLoader::fileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    const QString line3{dataPath("syntax-error-line3.json")};
    QTest::newRow("syntax error on line 3 of a file")
        << line3 << line3 + QStringLiteral(":3:22") << QStringLiteral("JSON syntax error");
    const QString missing{dataPath("does-not-exist.json")};
    QTest::newRow("missing file names the OS reason")
        << missing << missing << QStringLiteral("No such file or directory");
    const QString dir{QStringLiteral(OPSDASH_TEST_DATA_DIR "/baselines")};
    QTest::newRow("directory instead of a file") << dir << dir << QStringLiteral("directory");
    const QString empty{dataPath("empty.json")};
    QTest::newRow("empty file") << empty << empty << QStringLiteral("the baseline is empty");
}

void TestBaselineLoader::fileErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const auto b{BaselineLoader::loadFile(path)};
    QVERIFY2(!b.ok(), "loaded although it should not");
    QCOMPARE(b.error().where, where);
    QVERIFY2(b.error().message.contains(message), qPrintable(b.error().message));
}

void TestBaselineLoader::durations_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("human");
    QTest::addColumn<QString>("written");

    QTest::newRow("a day in seconds reads as 24 h")
        << duration(86400, "s") << qint64{86400000} << QStringLiteral("24 h")
        << QStringLiteral("86400 s");
    QTest::newRow("240 s reads as 4 min") << duration(240, "s") << qint64{240000}
                                          << QStringLiteral("4 min") << QStringLiteral("240 s");
    QTest::newRow("90 s stays in seconds")
        << duration(90, "s") << qint64{90000} << QStringLiteral("90 s") << QStringLiteral("90 s");
    QTest::newRow("1500 ms stays in milliseconds")
        << duration(1500, "ms") << qint64{1500} << QStringLiteral("1500 ms")
        << QStringLiteral("1500 ms");
    QTest::newRow("zero reads as 0 s")
        << duration(0, "min") << qint64{0} << QStringLiteral("0 s") << QStringLiteral("0 min");
    QTest::newRow("30 days written in days reads in hours")
        << duration(30, "d") << qint64{2592000000} << QStringLiteral("720 h")
        << QStringLiteral("30 d");
    QTest::newRow("a week") << duration(1, "w") << qint64{604800000} << QStringLiteral("168 h")
                            << QStringLiteral("1 w");
}

void TestBaselineLoader::durations()
{
    QFETCH(QJsonObject, json);
    QFETCH(qint64, milliseconds);
    QFETCH(QString, human);
    QFETCH(QString, written);
    const auto d{Duration::fromJson(json)};
    QVERIFY(d.ok());
    QCOMPARE(d->milliseconds(), milliseconds);
    QCOMPARE(d->toString(), human);
    QCOMPARE(d->toWrittenString(), written);
    QCOMPARE(d->toJson(), json);
}

void TestBaselineLoader::attributionRules_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QString>("fieldValue");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact matches the whole name")
        << rule("web", "application_name", "exact", "postgres.js") << QStringLiteral("postgres.js")
        << true;
    QTest::newRow("exact does not match a longer name")
        << rule("web", "application_name", "exact", "postgres.js")
        << QStringLiteral("postgres.js-2") << false;
    QTest::newRow("exact is case-sensitive")
        << rule("web", "application_name", "exact", "postgres.js") << QStringLiteral("Postgres.js")
        << false;
    QTest::newRow("prefix matches the start")
        << rule("scheduling", "application_name", "prefix", "scheduling-service")
        << QStringLiteral("scheduling-service-7f9c") << true;
    QTest::newRow("prefix does not match in the middle")
        << rule("scheduling", "application_name", "prefix", "scheduling")
        << QStringLiteral("my-scheduling") << false;
    QTest::newRow("regex searches anywhere unless anchored")
        << rule("web", "usename", "regex", "web_[0-9]+") << QStringLiteral("app_web_12") << true;
    QTest::newRow("anchored regex must match the whole value")
        << rule("web", "usename", "regex", "^web_[0-9]+$") << QStringLiteral("app_web_12") << false;
}

void TestBaselineLoader::attributionRules()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QString, fieldValue);
    QFETCH(bool, matches);
    const auto b{BaselineLoader::parse(
        defaultWith(QStringLiteral("attribution"), QJsonArray{rule}), kSource)};
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString{} : b.error().toString()));
    QCOMPARE(b->attribution.size(), 1);
    QCOMPARE(b->attribution.constFirst().matches(fieldValue), matches);
}

void TestBaselineLoader::neverCrashesOnDamagedInput()
{
    // A cheap stand-in for the fuzzer: every truncation of the default, random byte flips,
    // and every value swapped for every JSON type. Only "no crash, some answer" is asserted.
    const QByteArray original{readAll(BaselineLoader::kDefaultResource)};
    for (qsizetype n = 0; n < original.size(); ++n)
        BaselineLoader::parse(original.left(n), kSource);

    QRandomGenerator random{20240601};
    for (int i = 0; i < 2000; ++i) {
        QByteArray damaged{original};
        for (int flips = 0; flips < 3; ++flips)
            damaged[random.bounded(damaged.size())] = static_cast<char>(random.bounded(256));
        BaselineLoader::parse(damaged, kSource);
    }

    const QList<QJsonValue> replacements{QJsonValue::Null, true, 0, -1, 1.5, 1e308, -9.2e18,
        QStringLiteral(""), QStringLiteral("x"), QJsonArray{}, QJsonArray{QJsonArray{}},
        QJsonObject{}, QJsonValue::Undefined};
    // Every path into the default, collected by walking it.
    QStringList paths;
    const std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& v,
                                                                            const QString& path) {
        if (!path.isEmpty())
            paths << path;
        if (v.isObject()) {
            const QJsonObject o{v.toObject()};
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char{'.'} + it.key());
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                walk(a.at(i), path + QLatin1Char{'['} + QString::number(i) + QLatin1Char{']'});
        }
    };
    walk(defaultObject(), {});
    QVERIFY(paths.size() > 50);
    int rejected{0};
    for (const QString& path : paths) {
        for (const QJsonValue& replacement : replacements) {
            const auto b{BaselineLoader::parse(defaultWith(path, replacement), kSource)};
            if (!b.ok()) {
                ++rejected;
                QVERIFY2(b.error().where.startsWith(kSource), qPrintable(b.error().toString()));
                QVERIFY2(!b.error().message.isEmpty(), qPrintable(path));
            }
        }
    }
    QVERIFY(rejected > paths.size());
}

void TestBaselineLoader::warnings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("warning"); // substring of the one warning; empty: none

    const QJsonValue removed{QJsonValue::Undefined};
    QTest::newRow("the default has none") << readAll(BaselineLoader::kDefaultResource) << "";
    QTest::newRow("updateAge longer than maxAge loads with a warning")
        << defaultWith(QStringLiteral("session.updateAge"), duration(25, "h"))
        << at("session.updateAge")
            + QStringLiteral(": updateAge (25 h) is longer than maxAge (24 h): NextAuth allows it");
    QTest::newRow("a files key no check reads")
        << defaultWith(QStringLiteral("files.authConfig"), QStringLiteral("auth.config.ts"))
        << at("files.authConfig") + QStringLiteral(": no check reads this key");
    QTest::newRow("a PoolClient key of no pool")
        << defaultWith(QStringLiteral("files.webbPoolClient"), QStringLiteral("db.ts"))
        << at("files.webbPoolClient")
            + QStringLiteral(": no pool has the id \"webb\" (a pool's client file is "
                             "files.<pool id>PoolClient; pool ids: web, scheduling)");
    QTest::newRow("a pool without its client file")
        << defaultWith(QStringLiteral("files.webPoolClient"), removed)
        << at("files")
            + QStringLiteral(": names no \"webPoolClient\" file for pool \"web\": its pool "
                             "checks are not-checked");
}

void TestBaselineLoader::warnings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, warning);
    const auto b{BaselineLoader::parse(input, kSource)};
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString{} : b.error().toString()));
    if (warning.isEmpty()) {
        QVERIFY2(b->warnings.isEmpty(), qPrintable(b->warnings.join(u'\n')));
        return;
    }
    QCOMPARE(b->warnings.size(), 1);
    QVERIFY2(b->warnings.first().startsWith(warning), qPrintable(b->warnings.first()));
    QVERIFY2(
        b->warnings.first().contains(QStringLiteral("(line ")), qPrintable(b->warnings.first()));
}

void TestBaselineLoader::contentErrorsNameLineAndColumn()
{
    // The checked-in file as written, with one bad value: the error points at it.
    const QByteArray input
        = readAll(BaselineLoader::kDefaultResource).replace("\"budget\": 50,", "\"budget\": -50,");
    const qsizetype offset = input.indexOf("-50,");
    QVERIFY(offset > 0);
    const qsizetype line = input.left(offset).count('\n') + 1;
    const qsizetype column = offset - input.lastIndexOf('\n', offset);
    const auto b{BaselineLoader::parse(input, kSource)};
    QVERIFY(!b.ok());
    QCOMPARE(b.error().where, at("pools[1].budget"));
    QVERIFY2(
        b.error().message.endsWith(QStringLiteral(" (line %1, column %2)").arg(line).arg(column)),
        qPrintable(b.error().toString()));

    // A missing key is shown at the object that lacks it.
    const QByteArray missing
        = readAll(BaselineLoader::kDefaultResource).replace("\"maxConnections\": 200,", "");
    const qsizetype serverAt = missing.indexOf("{", missing.indexOf("\"server\":"));
    const auto m{BaselineLoader::parse(missing, kSource)};
    QVERIFY(!m.ok());
    QCOMPARE(m.error().where, at("server.maxConnections"));
    QVERIFY2(m.error().message.endsWith(QStringLiteral(" (line %1, column %2)")
                                            .arg(missing.left(serverAt).count('\n') + 1)
                                            .arg(serverAt - missing.lastIndexOf('\n', serverAt))),
        qPrintable(m.error().toString()));
}

QTEST_GUILESS_MAIN(TestBaselineLoader)
#include "tst_baselineloader.moc"
