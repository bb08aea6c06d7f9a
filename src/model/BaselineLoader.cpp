#include "model/BaselineLoader.h"

#include "model/JsonRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <utility>

namespace opsdash {

namespace {

using L1 = QLatin1String;

// Counts (budgets, connection limits, percentages) never need more; keeping them well inside
// qint64 also keeps sums like totalBudget() from overflowing.
constexpr qint64 kMaxCount{std::numeric_limits<qint32>::max()};

// PostgreSQL truncates identifiers beyond NAMEDATALEN - 1 bytes.
constexpr qsizetype kMaxPgIdentifierBytes{63};

QString quoted(const QString& text)
{
    return QLatin1Char{'"'} + text + QLatin1Char{'"'};
}

// "pools" + "budget" → "pools.budget"; keys that are not plain names are bracketed as JSON
// strings (files["odd key"]) so the path can be read back unambiguously.
QString child(const QString& parent, const QString& key)
{
    static const QRegularExpression plain{QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$")};
    if (!plain.match(key).hasMatch()) {
        const QByteArray asJson{QJsonDocument{QJsonArray{key}}.toJson(QJsonDocument::Compact)};
        return parent + QString::fromUtf8(asJson);
    }
    return parent.isEmpty() ? key : parent + QLatin1Char{'.'} + key;
}

QString element(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char{'['} + QString::number(index) + QLatin1Char{']'};
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution{previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)};
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

enum class Need { Required, Optional };

// A member looked up in its object: absent when value is Undefined.
struct Field
{
    QJsonValue value;
    QString path;

    bool present() const { return !value.isUndefined(); }
};

// Where each value of a (valid) JSON document starts, by the key path the Reader uses
// (`pools[1].budget`, `files["odd key"]`), so content errors can name line and column.
class JsonPositions final
{
public:
    explicit JsonPositions(const QByteArray& json)
        : m_json{json}
    {
        qsizetype i = 0;
        value(i, {}, 0);
    }

    // The offset of the value at path, or of its nearest ancestor that is there (a missing
    // key is reported at the object that lacks it).
    qsizetype offsetOf(QString path) const
    {
        while (true) {
            const auto it = m_offsets.constFind(path);
            if (it != m_offsets.cend())
                return it.value();
            if (path.isEmpty())
                return 0;
            if (path.endsWith(QLatin1Char{']'}))
                path.truncate(path.lastIndexOf(QLatin1Char{'['}));
            else
                path.truncate(std::max<qsizetype>(0, path.lastIndexOf(QLatin1Char{'.'})));
        }
    }

private:
    static constexpr int kMaxDepth{512};

    void skip(qsizetype& i) const
    {
        while (i < m_json.size() && std::strchr(" \t\r\n", m_json.at(i)) != nullptr
            && m_json.at(i) != '\0')
            ++i;
    }
    QString string(qsizetype& i) const
    {
        const qsizetype start = i++;
        while (i < m_json.size() && m_json.at(i) != '"')
            i += m_json.at(i) == '\\' ? 2 : 1;
        ++i;
        const QByteArray wrapped = '[' + m_json.mid(start, i - start) + ']';
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }
    void value(qsizetype& i, const QString& path, int depth)
    {
        skip(i);
        if (i >= m_json.size() || depth > kMaxDepth)
            return;
        m_offsets.insert(path, i);
        const char c = m_json.at(i);
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++i;
            for (qsizetype index = 0; i < m_json.size(); ++index) {
                skip(i);
                if (i < m_json.size() && m_json.at(i) == close) {
                    ++i;
                    return;
                }
                const qsizetype before = i;
                if (c == '{') {
                    const QString key = string(i);
                    skip(i);
                    ++i; // ':'
                    value(i, child(path, key), depth + 1);
                } else {
                    value(i, element(path, index), depth + 1);
                }
                skip(i);
                if (i < m_json.size() && m_json.at(i) == ',')
                    ++i;
                else if (i == before)
                    ++i; // too deep to follow: move on, whatever it is
            }
        } else if (c == '"') {
            string(i);
        } else {
            while (i < m_json.size() && std::strchr(",]} \t\r\n", m_json.at(i)) == nullptr)
                ++i;
        }
    }

    const QByteArray& m_json;
    QHash<QString, qsizetype> m_offsets;
};

// Walks the document once; the first error wins and later reads only return nothing, so
// reading code stays a straight list of fields.
class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(BaselineLoader)

public:
    // 1-based line and column (in characters) of a byte offset.
    static std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray& json, qsizetype offset)
    {
        qsizetype line{1};
        qsizetype lineStart{0};
        for (qsizetype i = 0; i < offset; ++i) {
            if (json[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        // A UTF-8 BOM is no character an editor shows.
        if (lineStart == 0 && json.startsWith("\xEF\xBB\xBF"))
            lineStart = std::min<qsizetype>(3, offset);
        qsizetype column{1};
        for (qsizetype i = lineStart; i < offset; ++i) {
            if ((static_cast<uchar>(json[i]) & 0xC0) != 0x80) // not a UTF-8 continuation byte
                ++column;
        }
        return {line, column};
    }

    // Qt's parser accepts escapes JSON does not have (`\[` reads as `[`), which would
    // silently change a path such as `app/\[locale\]`; reject them where they are.
    static std::optional<Error> invalidEscape(const QByteArray& json, const QString& source)
    {
        bool inString = false;
        for (qsizetype i = 0; i < json.size(); ++i) {
            const char c = json.at(i);
            if (!inString) {
                inString = c == '"';
                continue;
            }
            if (c == '"') {
                inString = false;
            } else if (c == '\\' && i + 1 < json.size()) {
                const char next = json.at(i + 1);
                if (next != '\0' && std::strchr("\"\\/bfnrtu", next) != nullptr) {
                    ++i;
                    continue;
                }
                const auto [line, column] = lineAndColumn(json, i);
                Error error{
                    {}, source + u':' + QString::number(line) + u':' + QString::number(column)};
                error.message = tr("JSON syntax error: invalid escape '\\%1' in a string (JSON "
                                   "knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX; a "
                                   "backslash itself is written \\\\)")
                                    .arg(QString::fromUtf8(json.mid(i + 1, 1)));
                return error;
            }
        }
        return std::nullopt;
    }

    Reader(QString source, const QByteArray& json)
        : m_source{std::move(source)}
        , m_json{json}
        , m_positions{json}
    { }

    const QStringList& warnings() const { return m_warnings; }

    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

    Baseline read(const QJsonObject& root);

private:
    void fail(const QString& path, const QString& message)
    {
        if (!m_error)
            m_error = Error{message + at(path), m_source + QStringLiteral(": ") + path};
    }
    // Something the file may well mean, but that is likely a mistake; loading goes on.
    void warn(const QString& path, const QString& message)
    {
        m_warnings.append(
            m_source + QStringLiteral(": ") + path + QStringLiteral(": ") + message + at(path));
    }
    QString at(const QString& path) const
    {
        const auto [line, column] = lineAndColumn(m_json, m_positions.offsetOf(path));
        return tr(" (line %1, column %2)").arg(line).arg(column);
    }

    Field field(const QJsonObject& obj, const QString& objPath, L1 key, Need need)
    {
        Field f{obj.value(key), child(objPath, key)};
        if (!f.present() && need == Need::Required)
            fail(f.path, tr("required field is missing"));
        return f;
    }

    void onlyKeys(const QJsonObject& obj, const QString& path, std::initializer_list<L1> allowed,
        const QString& context = {})
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key{it.key()};
            if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
                continue;
            L1 best{};
            int bestDistance{3}; // suggest only near misses
            QStringList names;
            for (const L1 name : allowed) {
                names << QString{name};
                const int d{editDistance(key, QString{name})};
                if (d < bestDistance) {
                    best = name;
                    bestDistance = d;
                }
            }
            const QString hint{best.isEmpty()
                    ? tr("expected one of: %1").arg(names.join(QStringLiteral(", ")))
                    : tr("did you mean %1?").arg(quoted(QString{best}))};
            fail(child(path, key), tr("unknown key %1%2 (%3)").arg(quoted(key), context, hint));
            return;
        }
    }

    // onlyKeys for the objects that may carry a free-text `comment` (opsdash baseline init
    // writes where it found each value there); the comment itself is not kept.
    void onlyKeysAndComment(
        const QJsonObject& obj, const QString& path, std::initializer_list<L1> allowed)
    {
        if (obj.contains(QLatin1String{"comment"})) {
            string(field(obj, path, L1{"comment"}, Need::Optional), Empty::Allowed);
            QJsonObject rest = obj;
            rest.remove(QLatin1String{"comment"});
            onlyKeys(rest, path, allowed);
            return;
        }
        onlyKeys(obj, path, allowed);
    }

    std::optional<QJsonObject> object(const Field& f)
    {
        if (!f.present())
            return std::nullopt;
        if (!f.value.isObject()) {
            fail(f.path, JsonRead::typeError(JsonRead::Type::Object, f.value));
            return std::nullopt;
        }
        return f.value.toObject();
    }

    std::optional<QJsonArray> array(const Field& f)
    {
        if (!f.present())
            return std::nullopt;
        if (!f.value.isArray()) {
            fail(f.path, JsonRead::typeError(JsonRead::Type::Array, f.value));
            return std::nullopt;
        }
        return f.value.toArray();
    }

    enum class Empty { Allowed, Rejected };

    std::optional<QString> string(const Field& f, Empty empty = Empty::Rejected)
    {
        if (!f.present())
            return std::nullopt;
        if (!f.value.isString()) {
            fail(f.path, JsonRead::typeError(JsonRead::Type::String, f.value));
            return std::nullopt;
        }
        QString s{f.value.toString()};
        if (empty == Empty::Rejected && s.trimmed().isEmpty()) {
            fail(f.path, tr("must not be empty"));
            return std::nullopt;
        }
        return s;
    }

    // Ids end up in check ids (pool.<id>.max), so they stay plain.
    std::optional<QString> identifier(const Field& f)
    {
        static const QRegularExpression pattern{QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$")};
        auto s{string(f)};
        if (s && !pattern.match(*s).hasMatch()) {
            fail(f.path,
                tr("%1 must start with a letter and hold only letters, digits, '_' and "
                   "'-'")
                    .arg(quoted(*s)));
            return std::nullopt;
        }
        return s;
    }

    std::optional<QString> pgIdentifier(const Field& f)
    {
        auto s{string(f)};
        if (!s)
            return s;
        if (s->contains(QChar{u'\0'})) {
            fail(f.path, tr("must not contain a NUL character"));
            return std::nullopt;
        }
        if (s->toUtf8().size() > kMaxPgIdentifierBytes) {
            fail(f.path, tr("is longer than PostgreSQL's 63-byte identifier limit"));
            return std::nullopt;
        }
        return s;
    }

    std::optional<bool> boolean(const Field& f)
    {
        if (!f.present())
            return std::nullopt;
        if (!f.value.isBool()) {
            fail(f.path, JsonRead::typeError(JsonRead::Type::Boolean, f.value));
            return std::nullopt;
        }
        return f.value.toBool();
    }

    std::optional<qint64> integer(const Field& f, qint64 min, qint64 max = kMaxCount)
    {
        if (!f.present())
            return std::nullopt;
        const double d{f.value.toDouble()};
        if (!f.value.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
            fail(f.path, JsonRead::typeError(JsonRead::Type::Integer, f.value));
            return std::nullopt;
        }
        // Compared as doubles first, so the cast below cannot overflow.
        if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
            QString message;
            if (max != kMaxCount)
                message = tr("must be between %1 and %2").arg(min).arg(max);
            else if (d > static_cast<double>(max))
                message = tr("must be at most %1").arg(max);
            else if (min == 1)
                message = tr("must be greater than zero");
            else if (min == 0)
                message = tr("must not be negative");
            else
                message = tr("must be at least %1").arg(min);
            fail(f.path, message);
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    enum class Zero { Allowed, Rejected };

    std::optional<Duration> duration(const Field& f, Zero zero)
    {
        if (!f.present())
            return std::nullopt;
        auto d{Duration::fromJson(f.value)};
        if (!d) {
            fail(d.error().where.isEmpty() ? f.path : child(f.path, d.error().where),
                d.error().message);
            return std::nullopt;
        }
        if (zero == Zero::Rejected && d->milliseconds() == 0) {
            fail(child(f.path, QStringLiteral("value")), tr("must be greater than zero"));
            return std::nullopt;
        }
        return d.value();
    }

    template<typename E>
    std::optional<E> choice(
        const Field& f, std::optional<E> (*fromString)(QStringView), const QString& expected)
    {
        const auto s{string(f, Empty::Allowed)};
        if (!s)
            return std::nullopt;
        const auto e{fromString(*s)};
        if (!e)
            fail(f.path, tr("unknown value %1 (expected %2)").arg(quoted(*s), expected));
        return e;
    }

    std::optional<QStringList> stringList(const Field& f)
    {
        const auto arr{array(f)};
        if (!arr)
            return std::nullopt;
        QStringList list;
        QSet<QString> seen;
        for (qsizetype i = 0; i < arr->size(); ++i) {
            const Field item{arr->at(i), element(f.path, i)};
            const auto s{string(item)};
            if (!s)
                return std::nullopt;
            if (seen.contains(*s)) {
                fail(item.path, tr("duplicate entry %1").arg(quoted(*s)));
                return std::nullopt;
            }
            seen.insert(*s);
            list << *s;
        }
        return list;
    }

    void readFiles(const QJsonObject& root, Baseline& b);
    void readSession(const QJsonObject& root, Baseline& b);
    void readProviders(const QJsonObject& root, Baseline& b);
    void readLogin(const QJsonObject& root, Baseline& b);
    void readPools(const QJsonObject& root, Baseline& b);
    void readPoolSettings(const QJsonObject& pool, const QString& path, PoolSpec& spec);
    void readServer(const QJsonObject& root, Baseline& b);
    void readAttribution(const QJsonObject& root, Baseline& b);
    void readThresholds(const QJsonObject& root, Baseline& b);
    void readSessionsTable(const QJsonObject& root, Baseline& b);
    void readPgBouncer(const QJsonObject& root, Baseline& b);
    void readTasks(const QJsonObject& root, Baseline& b);

    // Keys of `files` that no check reads are warned about now rather than silently
    // ignored; a pool without its `<id>PoolClient` is not checked, which is said too.
    void checkFileKeys(const Baseline& b)
    {
        if (failed())
            return;
        QSet<QString> read{QStringLiteral("auth"), QStringLiteral("sessionGuard"),
            QStringLiteral("loginForm"), QStringLiteral("poolDocumentation"),
            QStringLiteral("tasks")};
        for (const ProviderSpec& provider : b.providers)
            read.insert(provider.fileKey);
        const QString suffix{QStringLiteral("PoolClient")};
        QStringList poolIds;
        for (const PoolSpec& pool : b.pools) {
            read.insert(pool.id + suffix);
            poolIds.append(pool.id);
            if (!b.files.contains(pool.id + suffix))
                warn(QStringLiteral("files"),
                    tr("names no %1 file for pool %2: its pool checks are not-checked")
                        .arg(quoted(pool.id + suffix), quoted(pool.id)));
        }
        for (auto it = b.files.cbegin(); it != b.files.cend(); ++it) {
            if (read.contains(it.key()))
                continue;
            const QString path = child(QStringLiteral("files"), it.key());
            if (it.key().endsWith(suffix)) {
                warn(path,
                    tr("no pool has the id %1 (a pool's client file is files.<pool id>%2; pool "
                       "ids: %3)")
                        .arg(quoted(it.key().chopped(suffix.size())), suffix,
                            poolIds.join(QStringLiteral(", "))));
            } else {
                warn(path,
                    tr("no check reads this key (they read auth, sessionGuard, loginForm, "
                       "poolDocumentation, tasks, the providers' files and <pool id>%1)")
                        .arg(suffix));
            }
        }
    }

    bool knowsPool(const QString& id) const
    {
        return id == Baseline::kMonitorPool || id == Baseline::kOtherPool || m_poolIds.contains(id);
    }

    QString m_source;
    const QByteArray& m_json;
    JsonPositions m_positions;
    std::optional<Error> m_error;
    QStringList m_warnings;
    // Sets rather than Baseline's linear lookups: a hostile file may list many thousands.
    QSet<QString> m_poolIds;
    QSet<QString> m_providerIds;
};

Baseline Reader::read(const QJsonObject& root)
{
    Baseline b;
    // The version first: a newer file may well use keys this version does not know.
    const auto version{integer(field(root, {}, L1{"schemaVersion"}, Need::Required), 0)};
    if (version && *version != Baseline::kSchemaVersion) {
        fail(QStringLiteral("schemaVersion"),
            tr("unsupported schemaVersion %1 (this opsdash reads version %2)")
                .arg(*version)
                .arg(Baseline::kSchemaVersion));
    }
    if (failed())
        return b;

    onlyKeysAndComment(root, {},
        {L1{"$schema"}, L1{"schemaVersion"}, L1{"name"}, L1{"description"}, L1{"files"},
            L1{"session"}, L1{"providers"}, L1{"login"}, L1{"pools"}, L1{"server"},
            L1{"attribution"}, L1{"attributionFallback"}, L1{"thresholds"}, L1{"sessionsTable"},
            L1{"pgbouncer"}, L1{"tasks"}});
    if (auto s = string(field(root, {}, L1{"$schema"}, Need::Optional)))
        b.schemaRef = *s;
    if (auto s = string(field(root, {}, L1{"name"}, Need::Required)))
        b.name = *s;
    if (auto s = string(field(root, {}, L1{"description"}, Need::Optional), Empty::Allowed))
        b.description = *s;

    // Order matters only for references: files before providers, pools before attribution.
    readFiles(root, b);
    readSession(root, b);
    readProviders(root, b);
    readLogin(root, b);
    readPools(root, b);
    readServer(root, b);
    readAttribution(root, b);
    readThresholds(root, b);
    readSessionsTable(root, b);
    readPgBouncer(root, b);
    readTasks(root, b);
    checkFileKeys(b);
    return b;
}

void Reader::readFiles(const QJsonObject& root, Baseline& b)
{
    const auto files{object(field(root, {}, L1{"files"}, Need::Required))};
    if (!files)
        return;
    for (auto it = files->begin(); it != files->end(); ++it) {
        const Field f{it.value(), child(QStringLiteral("files"), it.key())};
        if (it.key().trimmed().isEmpty()) {
            fail(f.path, tr("file key must not be empty"));
            return;
        }
        if (auto s = string(f))
            b.files.insert(it.key(), *s);
    }
}

void Reader::readSession(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("session")};
    const auto session{object(field(root, {}, L1{"session"}, Need::Required))};
    if (!session)
        return;
    onlyKeysAndComment(*session, path, {L1{"strategy"}, L1{"maxAge"}, L1{"updateAge"}});
    if (auto s = choice(field(*session, path, L1{"strategy"}, Need::Optional), &strategyFromString,
            tr("any, jwt or database")))
        b.session.strategy = *s;
    if (auto d = duration(field(*session, path, L1{"maxAge"}, Need::Required), Zero::Rejected))
        b.session.maxAge = *d;
    const Field updateAge{field(*session, path, L1{"updateAge"}, Need::Required)};
    if (auto d = duration(updateAge, Zero::Allowed)) {
        b.session.updateAge = *d;
        // NextAuth allows it; the session then ends before it is ever extended.
        if (!failed() && b.session.updateAge > b.session.maxAge)
            warn(updateAge.path,
                tr("updateAge (%1) is longer than maxAge (%2): NextAuth allows it, but a "
                   "session then expires before it is ever extended")
                    .arg(b.session.updateAge.toString(), b.session.maxAge.toString()));
    }
}

void Reader::readProviders(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("providers")};
    const auto providers{array(field(root, {}, L1{"providers"}, Need::Optional))};
    if (!providers)
        return;
    for (qsizetype i = 0; i < providers->size() && !failed(); ++i) {
        const QString itemPath{element(path, i)};
        const auto obj{object(Field{providers->at(i), itemPath})};
        if (!obj)
            return;
        onlyKeysAndComment(*obj, itemPath,
            {L1{"id"}, L1{"file"}, L1{"refetchInterval"}, L1{"refetchOnWindowFocus"}});
        ProviderSpec p;
        const Field id{field(*obj, itemPath, L1{"id"}, Need::Required)};
        if (auto s = identifier(id)) {
            p.id = *s;
            if (m_providerIds.contains(p.id))
                fail(id.path, tr("duplicate provider id %1").arg(quoted(p.id)));
        }
        const Field file{field(*obj, itemPath, L1{"file"}, Need::Required)};
        if (auto s = string(file)) {
            p.fileKey = *s;
            if (!b.files.contains(p.fileKey))
                fail(file.path, tr("names unknown file key %1").arg(quoted(p.fileKey)));
        }
        if (auto d
            = duration(field(*obj, itemPath, L1{"refetchInterval"}, Need::Required), Zero::Allowed))
            p.refetchInterval = *d;
        if (auto v = boolean(field(*obj, itemPath, L1{"refetchOnWindowFocus"}, Need::Required)))
            p.refetchOnWindowFocus = *v;
        m_providerIds.insert(p.id);
        b.providers.append(p);
    }
}

void Reader::readLogin(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("login")};
    const auto login{object(field(root, {}, L1{"login"}, Need::Optional))};
    if (!login)
        return;
    onlyKeysAndComment(
        *login, path, {L1{"errorParameter"}, L1{"sessionExpiredCode"}, L1{"errorVocabulary"}});
    if (auto s = string(field(*login, path, L1{"errorParameter"}, Need::Optional)))
        b.login.errorParameter = *s;
    const Field code{field(*login, path, L1{"sessionExpiredCode"}, Need::Optional)};
    if (auto s = string(code))
        b.login.sessionExpiredCode = *s;
    if (auto list = stringList(field(*login, path, L1{"errorVocabulary"}, Need::Optional)))
        b.login.errorVocabulary = *list;
    if (!failed() && !b.login.errorVocabulary.contains(b.login.sessionExpiredCode)) {
        fail(code.path,
            tr("sessionExpiredCode %1 must be listed in errorVocabulary")
                .arg(quoted(b.login.sessionExpiredCode)));
    }
}

void Reader::readPools(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("pools")};
    const Field poolsField{field(root, {}, L1{"pools"}, Need::Required)};
    const auto pools{array(poolsField)};
    if (!pools)
        return;
    if (pools->isEmpty()) {
        fail(path, tr("must list at least one pool"));
        return;
    }
    for (qsizetype i = 0; i < pools->size() && !failed(); ++i) {
        const QString itemPath{element(path, i)};
        const auto obj{object(Field{pools->at(i), itemPath})};
        if (!obj)
            return;
        onlyKeysAndComment(*obj, itemPath,
            {L1{"id"}, L1{"label"}, L1{"client"}, L1{"budget"}, L1{"settings"}, L1{"binding"},
                L1{"call"}, L1{"role"}, L1{"database"}, L1{"metricsUrl"}});
        PoolSpec p;
        const Field id{field(*obj, itemPath, L1{"id"}, Need::Required)};
        if (auto s = identifier(id)) {
            p.id = *s;
            if (p.id == Baseline::kMonitorPool || p.id == Baseline::kOtherPool) {
                fail(id.path,
                    tr("pool id %1 is reserved (an implicit pool without a budget)")
                        .arg(quoted(p.id)));
            } else if (p.id == Baseline::kPgBouncerPool) {
                fail(id.path,
                    tr("pool id %1 is reserved (the server connections of a PgBouncer in front)")
                        .arg(quoted(p.id)));
            } else if (m_poolIds.contains(p.id)) {
                fail(id.path, tr("duplicate pool id %1").arg(quoted(p.id)));
            }
        }
        p.label = p.id;
        if (auto s = string(field(*obj, itemPath, L1{"label"}, Need::Optional)))
            p.label = *s;
        const auto client{choice(field(*obj, itemPath, L1{"client"}, Need::Required),
            &poolClientFromString, tr("postgres.js or go-database-sql"))};
        if (client)
            p.client = *client;
        if (auto n = integer(field(*obj, itemPath, L1{"budget"}, Need::Required), 1))
            p.budget = *n;
        const Field binding{field(*obj, itemPath, L1{"binding"}, Need::Optional)};
        if (auto s = string(binding)) {
            static const QRegularExpression name{QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$")};
            if (name.match(*s).hasMatch())
                p.binding = *s;
            else
                fail(binding.path,
                    tr("%1 is not a variable name (letters, digits, '_' and '$')").arg(quoted(*s)));
        }
        if (auto n = integer(field(*obj, itemPath, L1{"call"}, Need::Optional), 1))
            p.call = *n;
        if (auto s = pgIdentifier(field(*obj, itemPath, L1{"role"}, Need::Optional)))
            p.role = *s;
        if (auto s = pgIdentifier(field(*obj, itemPath, L1{"database"}, Need::Optional)))
            p.database = *s;
        const Field metricsUrl{field(*obj, itemPath, L1{"metricsUrl"}, Need::Optional)};
        if (auto s = string(metricsUrl)) {
            const QUrl url{*s, QUrl::StrictMode};
            if (url.isValid() && !url.host().isEmpty()
                && (url.scheme() == QLatin1String{"http"}
                    || url.scheme() == QLatin1String{"https"}))
                p.metricsUrl = *s;
            else
                fail(metricsUrl.path,
                    tr("%1 is not an http:// or https:// URL with a host").arg(quoted(*s)));
        }
        if (client)
            readPoolSettings(*obj, itemPath, p);
        m_poolIds.insert(p.id);
        b.pools.append(p);
    }
}

void Reader::readPoolSettings(const QJsonObject& pool, const QString& poolPath, PoolSpec& spec)
{
    const QString path{child(poolPath, QStringLiteral("settings"))};
    const auto settings{object(field(pool, poolPath, L1{"settings"}, Need::Optional))};
    if (!settings)
        return;

    // The options each client really has, under the client's own names (they become check
    // ids such as pool.web.idle_timeout). Counts may be 0 where the client gives 0 a meaning
    // (Go: 0 open = unlimited, 0 idle = keep none); times may be 0 (= no limit).
    enum class Kind { PositiveCount, Count, Time };
    struct Setting
    {
        L1 name;
        Kind kind;
    };
    static constexpr std::array<Setting, 4> postgresJs{
        {{L1{"max"}, Kind::PositiveCount}, {L1{"idle_timeout"}, Kind::Time},
            {L1{"connect_timeout"}, Kind::Time}, {L1{"max_lifetime"}, Kind::Time}}};
    static constexpr std::array<Setting, 4> goSql{
        {{L1{"maxOpenConns"}, Kind::Count}, {L1{"maxIdleConns"}, Kind::Count},
            {L1{"connMaxLifetime"}, Kind::Time}, {L1{"connMaxIdleTime"}, Kind::Time}}};
    const auto& known{spec.client == PoolClient::PostgresJs ? postgresJs : goSql};

    onlyKeys(*settings, path, {known[0].name, known[1].name, known[2].name, known[3].name},
        tr(" for a %1 pool").arg(toString(spec.client)));
    for (const Setting& s : known) {
        const Field f{field(*settings, path, s.name, Need::Optional)};
        if (s.kind == Kind::Time) {
            if (auto d = duration(f, Zero::Allowed))
                spec.settings.insert(QString{s.name}, *d);
        } else if (auto n = integer(f, s.kind == Kind::PositiveCount ? 1 : 0)) {
            spec.settings.insert(QString{s.name}, *n);
        }
    }
}

void Reader::readServer(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("server")};
    const auto server{object(field(root, {}, L1{"server"}, Need::Required))};
    if (!server)
        return;
    onlyKeysAndComment(*server, path, {L1{"maxConnections"}, L1{"monitorConnections"}});
    // Σ budgets against maxConnections is deliberately not checked here: an over-committed
    // sign-off is a finding (budget.total, server.capacity), not an unreadable baseline.
    if (auto n = integer(field(*server, path, L1{"maxConnections"}, Need::Required), 1))
        b.server.maxConnections = *n;
    if (auto n = integer(field(*server, path, L1{"monitorConnections"}, Need::Optional), 0))
        b.server.monitorConnections = *n;
}

void Reader::readAttribution(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("attribution")};
    const auto rules{array(field(root, {}, L1{"attribution"}, Need::Required))};
    for (qsizetype i = 0; rules && i < rules->size() && !failed(); ++i) {
        const QString itemPath{element(path, i)};
        const auto obj{object(Field{rules->at(i), itemPath})};
        if (!obj)
            return;
        onlyKeys(*obj, itemPath, {L1{"pool"}, L1{"field"}, L1{"match"}, L1{"value"}});
        AttributionRule r;
        const Field pool{field(*obj, itemPath, L1{"pool"}, Need::Required)};
        if (auto s = string(pool)) {
            r.pool = *s;
            if (!knowsPool(r.pool))
                fail(pool.path, tr("names unknown pool %1").arg(quoted(r.pool)));
        }
        if (auto f = choice(field(*obj, itemPath, L1{"field"}, Need::Required),
                &attributionFieldFromString,
                tr("application_name, usename, datname or client_addr")))
            r.field = *f;
        if (auto m = choice(field(*obj, itemPath, L1{"match"}, Need::Required),
                &attributionMatchFromString, tr("exact, prefix or regex")))
            r.match = *m;
        // An empty exact value is meaningful: Go's lib/pq sends no application_name at all.
        const Field value{field(*obj, itemPath, L1{"value"}, Need::Required)};
        if (auto s = string(value, Empty::Allowed)) {
            r.value = *s;
            if (failed())
                return;
            if (r.value.isEmpty() && r.match != AttributionRule::Match::Exact) {
                fail(value.path,
                    tr("must not be empty (an empty prefix or regex matches every "
                       "session; attributionFallback covers those)"));
            } else if (r.match == AttributionRule::Match::Regex) {
                r.regex = QRegularExpression{r.value};
                if (!r.regex.isValid()) {
                    fail(value.path,
                        tr("invalid regular expression: %1 at offset %2")
                            .arg(r.regex.errorString())
                            .arg(r.regex.patternErrorOffset()));
                } else {
                    r.regex.optimize();
                }
            }
        }
        b.attribution.append(r);
    }

    const Field fallback{field(root, {}, L1{"attributionFallback"}, Need::Optional)};
    if (auto s = string(fallback)) {
        b.attributionFallback = *s;
        if (!failed() && !knowsPool(*s))
            fail(fallback.path, tr("names unknown pool %1").arg(quoted(*s)));
    }
}

void Reader::readThresholds(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("thresholds")};
    const auto thresholds{object(field(root, {}, L1{"thresholds"}, Need::Optional))};
    if (!thresholds)
        return;
    onlyKeys(*thresholds, path, {L1{"pool"}, L1{"session"}, L1{"live"}});
    auto& t{b.thresholds};

    const QString poolPath{child(path, QStringLiteral("pool"))};
    if (auto pool = object(field(*thresholds, path, L1{"pool"}, Need::Optional))) {
        onlyKeys(*pool, poolPath, {L1{"warnPercent"}, L1{"criticalPercent"}});
        const Field warn{field(*pool, poolPath, L1{"warnPercent"}, Need::Optional)};
        if (auto n = integer(warn, 1, 100))
            t.pool.warnPercent = *n;
        if (auto n = integer(field(*pool, poolPath, L1{"criticalPercent"}, Need::Optional), 1, 100))
            t.pool.criticalPercent = *n;
        if (!failed() && t.pool.warnPercent >= t.pool.criticalPercent)
            fail(warn.path, tr("warnPercent must be below criticalPercent"));
    }

    const QString sessionPath{child(path, QStringLiteral("session"))};
    if (auto session = object(field(*thresholds, path, L1{"session"}, Need::Optional))) {
        onlyKeys(*session, sessionPath, {L1{"warnBefore"}, L1{"criticalBefore"}, L1{"maxAge"}});
        if (auto d = duration(
                field(*session, sessionPath, L1{"warnBefore"}, Need::Optional), Zero::Rejected))
            t.session.warnBefore = *d;
        const Field critical{field(*session, sessionPath, L1{"criticalBefore"}, Need::Optional)};
        if (auto d = duration(critical, Zero::Rejected))
            t.session.criticalBefore = *d;
        if (!failed() && t.session.criticalBefore >= t.session.warnBefore)
            fail(critical.path, tr("criticalBefore must be shorter than warnBefore"));
        const Field maxAge{field(*session, sessionPath, L1{"maxAge"}, Need::Optional)};
        if (!maxAge.value.isNull()) { // null: no absolute age limit
            if (auto d = duration(maxAge, Zero::Rejected))
                t.session.maxAge = *d;
        }
    }

    const QString livePath{child(path, QStringLiteral("live"))};
    if (auto live = object(field(*thresholds, path, L1{"live"}, Need::Optional))) {
        onlyKeys(*live, livePath,
            {L1{"grace"}, L1{"canaryTolerance"}, L1{"idleInTransaction"},
                L1{"idleInTransactionExcluded"}, L1{"poolWaitsPerMinute"},
                L1{"poolIdleClosedPerMinute"}});
        if (auto d = duration(field(*live, livePath, L1{"grace"}, Need::Optional), Zero::Allowed))
            t.live.grace = *d;
        if (auto d = duration(
                field(*live, livePath, L1{"canaryTolerance"}, Need::Optional), Zero::Allowed))
            t.live.canaryTolerance = *d;
        if (auto d = duration(
                field(*live, livePath, L1{"idleInTransaction"}, Need::Optional), Zero::Rejected))
            t.live.idleInTransaction = *d;
        if (auto list
            = stringList(field(*live, livePath, L1{"idleInTransactionExcluded"}, Need::Optional)))
            t.live.idleInTransactionExcluded = *list;
        if (auto n = integer(field(*live, livePath, L1{"poolWaitsPerMinute"}, Need::Optional), 0))
            t.live.poolWaitsPerMinute = *n;
        if (auto n
            = integer(field(*live, livePath, L1{"poolIdleClosedPerMinute"}, Need::Optional), 1))
            t.live.poolIdleClosedPerMinute = *n;
    }
}

void Reader::readSessionsTable(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("sessionsTable")};
    const auto table{object(field(root, {}, L1{"sessionsTable"}, Need::Optional))};
    if (!table)
        return;
    onlyKeys(*table, path, {L1{"schema"}, L1{"table"}, L1{"columns"}});
    auto& t{b.sessionsTable};
    if (auto s = pgIdentifier(field(*table, path, L1{"schema"}, Need::Optional)))
        t.schema = *s;
    if (auto s = pgIdentifier(field(*table, path, L1{"table"}, Need::Optional)))
        t.table = *s;
    const QString columnsPath{child(path, QStringLiteral("columns"))};
    if (auto columns = object(field(*table, path, L1{"columns"}, Need::Optional))) {
        onlyKeys(*columns, columnsPath, {L1{"userId"}, L1{"expires"}, L1{"sessionToken"}});
        if (auto s = pgIdentifier(field(*columns, columnsPath, L1{"userId"}, Need::Optional)))
            t.userIdColumn = *s;
        if (auto s = pgIdentifier(field(*columns, columnsPath, L1{"expires"}, Need::Optional)))
            t.expiresColumn = *s;
        if (auto s = pgIdentifier(field(*columns, columnsPath, L1{"sessionToken"}, Need::Optional)))
            t.sessionTokenColumn = *s;
    }
}

void Reader::readPgBouncer(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("pgbouncer")};
    const auto pgbouncer{object(field(root, {}, L1{"pgbouncer"}, Need::Optional))};
    if (!pgbouncer)
        return;
    onlyKeysAndComment(*pgbouncer, path, {L1{"admin"}, L1{"maxWait"}});
    const Field admin{field(*pgbouncer, path, L1{"admin"}, Need::Optional)};
    if (!admin.value.isNull()) { // null: no PgBouncer
        if (auto s = string(admin))
            b.pgbouncer.admin = *s;
    }
    if (auto d = duration(field(*pgbouncer, path, L1{"maxWait"}, Need::Optional), Zero::Allowed))
        b.pgbouncer.maxWait = *d;
}

void Reader::readTasks(const QJsonObject& root, Baseline& b)
{
    const QString path{QStringLiteral("tasks")};
    const auto tasks{object(field(root, {}, L1{"tasks"}, Need::Optional))};
    if (!tasks)
        return;
    onlyKeysAndComment(*tasks, path, {L1{"required"}, L1{"progress"}});
    if (auto list = stringList(field(*tasks, path, L1{"required"}, Need::Optional)))
        b.tasks.required = *list;
    const Field progress{field(*tasks, path, L1{"progress"}, Need::Optional)};
    if (progress.value.isNull())
        return;
    if (auto s = string(progress)) {
        static const QRegularExpression pattern{QStringLiteral("^(\\d{1,9})/(\\d{1,9})$")};
        const auto m{pattern.match(*s)};
        if (!m.hasMatch() || m.captured(1).toLongLong() > m.captured(2).toLongLong()) {
            fail(progress.path, tr("expected DONE/TOTAL such as \"36/36\", DONE not above TOTAL"));
            return;
        }
        b.tasks.progress = *s;
    }
}

} // namespace

Result<Baseline> BaselineLoader::loadFile(const QString& path)
{
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the baseline: %1").arg(file.errorString()), path};
    // Bounded read: a device such as /dev/zero never ends.
    const QByteArray bytes{file.read(kMaxFileBytes + 1)};
    if (file.error() != QFileDevice::NoError)
        return Error{tr("cannot read the baseline: %1").arg(file.errorString()), path};
    if (bytes.size() > kMaxFileBytes) {
        return Error{tr("the file is larger than %1 MiB; a baseline is a few kilobytes")
                         .arg(kMaxFileBytes / (1024 * 1024)),
            path};
    }
    return parse(bytes, path);
}

Result<Baseline> BaselineLoader::loadDefault()
{
    return loadFile(kDefaultResource);
}

Result<Baseline> BaselineLoader::loadFileOrDefault(const QString& path)
{
    return path.isEmpty() ? loadDefault() : loadFile(path);
}

Result<Baseline> BaselineLoader::parse(const QByteArray& json, const QString& sourceName)
{
    if (json.trimmed().isEmpty())
        return Error{tr("the baseline is empty (expected a JSON object)"), sourceName};
    const Result<QJsonObject> root = parseObject(json, sourceName);
    if (!root)
        return root.error();

    Reader reader{sourceName, json};
    Baseline baseline{reader.read(*root)};
    if (reader.failed())
        return reader.error();
    baseline.warnings = reader.warnings();
    baseline.sourcePath = sourceName;
    baseline.sha256 = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
    return baseline;
}

Result<QJsonObject> BaselineLoader::parseObject(const QByteArray& json, const QString& sourceName)
{
    if (json.trimmed().isEmpty())
        return Error{tr("the file is empty (expected a JSON object)"), sourceName};
    const Result<QJsonDocument, JsonRead::SyntaxError> parsed{JsonRead::parse(json)};
    if (!parsed) {
        return Error{tr("JSON syntax error: %1").arg(parsed.error().reason),
            sourceName + u':' + parsed.error().position()};
    }
    const QJsonDocument& doc{parsed.value()};
    if (std::optional<Error> escape = Reader::invalidEscape(json, sourceName))
        return *escape;
    if (!doc.isObject()) {
        return Error{tr("expected a JSON object at the top level, got %1")
                         .arg(doc.isArray() ? tr("an array") : tr("a single value")),
            sourceName};
    }
    return doc.object();
}

} // namespace opsdash
