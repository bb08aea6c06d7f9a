#pragma once

#include "model/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace opsdash {

// The Prometheus text exposition format (version 0.0.4), as an application's /metrics page
// serves it (client_golang's DBStats collector: go_sql_open_connections, …). Pure parsing,
// no network: the page comes in as bytes and goes out as samples, or as a named error with
// its line.
namespace MetricsText {

enum class Type { Untyped, Counter, Gauge, Histogram, Summary };

// One line of samples: `name{label="value",…} value [timestamp]`.
struct Sample
{
    QString name; // as written: a histogram's "x_bucket", "x_sum", "x_count"
    QString family; // the # TYPE name it belongs to ("x" for "x_bucket"); the name otherwise
    QList<std::pair<QString, QString>> labels; // in page order, escapes resolved
    double value{0}; // NaN and ±Inf as written
    std::optional<qint64> timestampMs;
    int line{0};

    // The value of a label; empty when the sample has none of that name.
    QString label(QStringView name) const;
};

struct Page
{
    QList<Sample> samples;
    QHash<QString, Type> types; // family → # TYPE
    QHash<QString, QString> help; // family → # HELP, escapes resolved

    // The first sample of that name (with that label value, when given).
    const Sample* find(QStringView name, QStringView label = {}, QStringView value = {}) const;
    std::optional<double> value(QStringView name) const;
};

// Why a page could not be read. The kind is stable (tests and logs match on it); the
// message says what was found.
enum class ErrorKind {
    TooLarge, // the page is over the size cap
    BadMetricName,
    BadLabelName,
    BadLabelValue, // unterminated, or an escape other than \\ \" \n
    DuplicateLabel,
    BadValue,
    BadTimestamp,
    BadTypeLine, // # TYPE with no name or an unknown type
    DuplicateType, // a second # TYPE for a family
    TypeAfterSamples, // # TYPE after the family's first sample
    BadHelpLine, // # HELP without a name
    MissingBucketBound, // a histogram's _bucket without le
    TrailingCharacters, // something after the value and timestamp
};

struct ParseError
{
    ErrorKind kind{ErrorKind::BadValue};
    int line{0}; // 1-based; 0 for the whole page (TooLarge)
    QString message;

    // "line 12: bad-value: …"
    QString toString() const;
};

// The stable name of an error kind: "too-large", "bad-metric-name", …
QString kindName(ErrorKind kind);

inline constexpr qsizetype DefaultMaxBytes{4 * 1024 * 1024};

Result<Page, ParseError> parse(QByteArrayView text, qsizetype maxBytes = DefaultMaxBytes);

} // namespace MetricsText

} // namespace opsdash
