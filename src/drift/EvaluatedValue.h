#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace opsdash {

struct ObjectValue;

// What the source plane's constant evaluator made of one expression. Either a known value
// (number, string, boolean, null, object) or Unknown with the reason, and — when the value
// comes from the environment with a literal default — that default.
struct EvaluatedValue final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluatedValue)

public:
    enum class Kind { Unknown, Number, String, Boolean, Null, Object };

    // A string whose parts could not be evaluated holds this character in their place
    // (U+FFFC OBJECT REPLACEMENT CHARACTER), so a URL can be checked around the holes.
    static constexpr char16_t kHole{0xFFFC};

    Kind kind{Kind::Unknown};
    double number{0};
    // Go: `number` holds nanoseconds of a time.Duration. TypeScript never sets it.
    bool duration{false};
    QString string;
    bool boolean{false};
    std::shared_ptr<const ObjectValue> object;

    QString reason; // Unknown: why, in words
    QString environment; // Unknown: the variable it reads ("process.env.DB_POOL_MAX"), if any
    std::shared_ptr<const EvaluatedValue> fallback; // Unknown: the literal default, if any

    int line{0}; // 1-based line of the expression
    QString expression; // the expression as written, on one line, shortened

    static EvaluatedValue makeNumber(double value);
    static EvaluatedValue makeString(QString value);
    static EvaluatedValue makeBoolean(bool value);
    static EvaluatedValue makeNull();
    static EvaluatedValue makeUnknown(QString reason);

    bool isKnown() const { return kind != Kind::Unknown; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isIntegral() const;
    bool hasHoles() const { return kind == Kind::String && string.contains(QChar{kHole}); }

    // The value in words: "86400", "true", "'/login?error=SessionExpired'", "{…}",
    // "unknown". Holes in strings show as "…".
    QString display() const;
    // For an Unknown value, the reason with its environment default when there is one:
    // "comes from the environment (process.env.DB_POOL_MAX); its literal default is 150".
    QString explain() const;
};

// An object literal after spreads are flattened. Entries keep source order; a later
// entry wins. An opaque entry stands for keys that cannot be known (a spread that could
// not be followed, a computed key), so a lookup that reaches it is Unknown.
struct ObjectEntry final
{
    QString key;
    EvaluatedValue value;
    int line{0}; // line of the key
    bool opaque{false};
    QString opaqueReason;
    // The file the key is written in, relative to the checkout, when it is not the file
    // being checked (an object imported from another file); empty otherwise.
    QString file;

    static ObjectEntry known(QString key, EvaluatedValue value, int line)
    {
        return ObjectEntry{std::move(key), std::move(value), line, false, {}, {}};
    }
    static ObjectEntry opaqueAt(int line, QString reason)
    {
        return ObjectEntry{{}, {}, line, true, std::move(reason), {}};
    }
};

struct ObjectValue final
{
    QList<ObjectEntry> entries;

    // The entry for key, or nullopt when the object certainly has no such key. An opaque
    // entry after the last assignment of key makes the result an Unknown entry.
    std::optional<ObjectEntry> lookup(const QString& key) const;
};

// Marks the entries of value (and of the objects nested in it) that name no file yet as
// written in path: what an imported object holds was read in the file it comes from.
void locateEntriesIn(EvaluatedValue& value, const QString& path);

// A number as JavaScript prints it: "86400", "1.5", "-3".
QString formatNumber(double value);

} // namespace opsdash
