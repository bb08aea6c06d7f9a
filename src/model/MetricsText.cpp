#include "MetricsText.h"

#include <QCoreApplication>
#include <QSet>

#include <charconv>
#include <limits>

namespace opsdash::MetricsText {

namespace {

// tr() for this file; a class rather than a function so that lupdate files the strings
// under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetricsText)
};

bool nameStart(char c, bool colon)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colon && c == ':');
}

bool nameChar(char c, bool colon)
{
    return nameStart(c, colon) || (c >= '0' && c <= '9');
}

bool blank(char c)
{
    return c == ' ' || c == '\t';
}

// What is left of a line, read from the front.
class Cursor final
{
public:
    explicit Cursor(QByteArrayView line)
        : m_line{line}
    { }

    bool atEnd() const { return m_at >= m_line.size(); }
    char peek() const { return atEnd() ? '\0' : m_line.at(m_at); }
    void skip() { ++m_at; }
    void skipBlanks()
    {
        while (!atEnd() && blank(peek()))
            ++m_at;
    }
    // A metric name (colons allowed) or a label name; empty when none starts here.
    QByteArrayView name(bool colon)
    {
        const qsizetype start = m_at;
        if (atEnd() || !nameStart(peek(), colon))
            return {};
        while (!atEnd() && nameChar(peek(), colon))
            ++m_at;
        return m_line.sliced(start, m_at - start);
    }
    // Up to the next blank or the end.
    QByteArrayView word()
    {
        const qsizetype start = m_at;
        while (!atEnd() && !blank(peek()))
            ++m_at;
        return m_line.sliced(start, m_at - start);
    }
    QByteArrayView rest() const { return m_line.sliced(std::min(m_at, m_line.size())); }

private:
    QByteArrayView m_line;
    qsizetype m_at{0};
};

QString latin(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

// Shown in an error: at most 40 characters of what was found.
QString excerpt(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 40)));
    return bytes.size() > 40 ? text + QStringLiteral("…") : text;
}

// Go's strconv.ParseFloat as the format uses it: decimal or exponent notation, NaN, ±Inf.
std::optional<double> parseValue(QByteArrayView word)
{
    if (word.isEmpty())
        return std::nullopt;
    QByteArrayView body = word;
    const bool negative = body.front() == '-';
    if (body.front() == '+' || body.front() == '-')
        body = body.sliced(1);
    const auto is = [&](const char* text) {
        return body.compare(QByteArrayView{text}, Qt::CaseInsensitive) == 0;
    };
    if (is("inf") || is("infinity"))
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (is("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (body.isEmpty() || body.front() == '+' || body.front() == '-')
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(
        body.data(), body.data() + body.size(), value, std::chars_format::general);
    if (error != std::errc{} || end != body.data() + body.size())
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<Type> typeFrom(QByteArrayView word)
{
    if (word == "counter")
        return Type::Counter;
    if (word == "gauge")
        return Type::Gauge;
    if (word == "histogram")
        return Type::Histogram;
    if (word == "summary")
        return Type::Summary;
    if (word == "untyped")
        return Type::Untyped;
    return std::nullopt;
}

// The family a sample name belongs to: a histogram's or summary's _bucket/_sum/_count go
// to the declared base name.
QString familyOf(const QString& name, const QHash<QString, Type>& types)
{
    if (types.contains(name))
        return name;
    for (const QLatin1String suffix :
        {QLatin1String{"_bucket"}, QLatin1String{"_sum"}, QLatin1String{"_count"}}) {
        if (!name.endsWith(suffix))
            continue;
        const QString base = name.first(name.size() - suffix.size());
        const auto type = types.constFind(base);
        if (type == types.constEnd())
            continue;
        if (type.value() == Type::Histogram
            || (type.value() == Type::Summary && suffix != QLatin1String{"_bucket"}))
            return base;
    }
    return name;
}

class Parser final
{
public:
    Result<Page, ParseError> run(QByteArrayView text)
    {
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = text.indexOf('\n', start);
            if (end < 0)
                end = text.size();
            ++m_line;
            QByteArrayView line = text.sliced(start, end - start);
            if (line.endsWith('\r'))
                line.chop(1);
            start = end + 1;
            if (!(line.startsWith('#') ? comment(line) : sample(line)))
                return *m_error;
        }
        return std::move(m_page);
    }

private:
    bool fail(ErrorKind kind, const QString& message)
    {
        m_error = ParseError{kind, m_line, message};
        return false;
    }

    bool comment(QByteArrayView line)
    {
        Cursor cursor{line.sliced(1)};
        cursor.skipBlanks();
        const QByteArrayView keyword = cursor.word();
        const bool isType = keyword == "TYPE";
        if (!isType && keyword != "HELP")
            return true; // any other comment
        cursor.skipBlanks();
        const QByteArrayView name = cursor.name(true);
        if (name.isEmpty() || (!cursor.atEnd() && !blank(cursor.peek()))) {
            return fail(isType ? ErrorKind::BadTypeLine : ErrorKind::BadHelpLine,
                Text::tr("# %1 needs a metric name, found '%2'")
                    .arg(latin(keyword), excerpt(cursor.rest())));
        }
        const QString family = latin(name);
        cursor.skipBlanks();
        if (!isType) {
            m_page.help.insert(family, unescape(cursor.rest(), false).value_or(QString{}));
            return true;
        }
        const QByteArrayView word = cursor.word();
        const std::optional<Type> type = typeFrom(word);
        cursor.skipBlanks();
        if (!type || !cursor.atEnd())
            return fail(ErrorKind::BadTypeLine,
                Text::tr("unknown metric type '%1' for %2 (counter, gauge, histogram, summary, "
                         "untyped)")
                    .arg(excerpt(cursor.atEnd() ? word : line.sliced(1)), family));
        if (m_page.types.contains(family))
            return fail(ErrorKind::DuplicateType, Text::tr("a second # TYPE for %1").arg(family));
        if (m_sampled.contains(family))
            return fail(ErrorKind::TypeAfterSamples,
                Text::tr("# TYPE for %1 after its first sample").arg(family));
        m_page.types.insert(family, *type);
        return true;
    }

    // A label value's or help text's escapes: \\ and \n, and \" in label values. Help
    // text keeps an unknown escape as written; a label value fails on it.
    static std::optional<QString> unescape(QByteArrayView raw, bool label)
    {
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw);
        QByteArray out;
        out.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) != '\\') {
                out.append(raw.at(i));
                continue;
            }
            const char next = i + 1 < raw.size() ? raw.at(i + 1) : '\0';
            if (next == '\\' || (label && next == '"')) {
                out.append(next);
            } else if (next == 'n') {
                out.append('\n');
            } else if (label) {
                return std::nullopt;
            } else {
                out.append('\\');
                continue;
            }
            ++i;
        }
        return QString::fromUtf8(out);
    }

    bool labels(Cursor& cursor, Sample& sample)
    {
        cursor.skip(); // {
        while (true) {
            cursor.skipBlanks();
            if (cursor.peek() == '}') {
                cursor.skip();
                return true;
            }
            const QByteArrayView name = cursor.name(false);
            cursor.skipBlanks();
            if (name.isEmpty() || cursor.peek() != '=')
                return fail(ErrorKind::BadLabelName,
                    Text::tr("expected a label name and '=', found '%1'")
                        .arg(excerpt(cursor.rest())));
            cursor.skip();
            cursor.skipBlanks();
            if (cursor.peek() != '"')
                return fail(ErrorKind::BadLabelValue,
                    Text::tr("label %1: expected a quoted value, found '%2'")
                        .arg(latin(name), excerpt(cursor.rest())));
            cursor.skip();
            const QByteArrayView rest = cursor.rest();
            qsizetype end = 0;
            while (end < rest.size() && rest.at(end) != '"')
                end += rest.at(end) == '\\' ? 2 : 1;
            if (end >= rest.size())
                return fail(ErrorKind::BadLabelValue,
                    Text::tr("label %1: the value's closing quote is missing").arg(latin(name)));
            const std::optional<QString> value = unescape(rest.first(end), true);
            if (!value)
                return fail(ErrorKind::BadLabelValue,
                    Text::tr("label %1: an escape other than \\\\, \\\" or \\n").arg(latin(name)));
            const QString key = latin(name);
            for (const auto& label : std::as_const(sample.labels)) {
                if (label.first == key)
                    return fail(ErrorKind::DuplicateLabel, Text::tr("label %1 twice").arg(key));
            }
            sample.labels.append({key, *value});
            for (qsizetype i = 0; i <= end; ++i)
                cursor.skip();
            cursor.skipBlanks();
            if (cursor.peek() == ',') {
                cursor.skip();
            } else if (cursor.peek() != '}') {
                return fail(ErrorKind::BadLabelName,
                    Text::tr("expected ',' or '}' after label %1, found '%2'")
                        .arg(key, excerpt(cursor.rest())));
            }
        }
    }

    bool sample(QByteArrayView line)
    {
        Cursor cursor{line};
        cursor.skipBlanks();
        if (cursor.atEnd())
            return true; // a blank line
        const QByteArrayView name = cursor.name(true);
        if (name.isEmpty() || (!cursor.atEnd() && !blank(cursor.peek()) && cursor.peek() != '{'))
            return fail(ErrorKind::BadMetricName,
                Text::tr("'%1' is not a metric name").arg(excerpt(cursor.rest())));
        Sample sample;
        sample.name = latin(name);
        sample.line = m_line;
        cursor.skipBlanks();
        if (cursor.peek() == '{' && !labels(cursor, sample))
            return false;
        cursor.skipBlanks();
        const QByteArrayView valueWord = cursor.word();
        const std::optional<double> value = parseValue(valueWord);
        if (!value)
            return fail(ErrorKind::BadValue,
                Text::tr("%1: '%2' is not a number").arg(sample.name, excerpt(valueWord)));
        sample.value = *value;
        cursor.skipBlanks();
        if (!cursor.atEnd()) {
            const QByteArrayView stamp = cursor.word();
            qint64 ms = 0;
            const auto [end, error]
                = std::from_chars(stamp.data(), stamp.data() + stamp.size(), ms);
            if (error != std::errc{} || end != stamp.data() + stamp.size())
                return fail(ErrorKind::BadTimestamp,
                    Text::tr("%1: '%2' is not a timestamp in milliseconds")
                        .arg(sample.name, excerpt(stamp)));
            sample.timestampMs = ms;
            cursor.skipBlanks();
            if (!cursor.atEnd())
                return fail(ErrorKind::TrailingCharacters,
                    Text::tr("%1: '%2' after the timestamp")
                        .arg(sample.name, excerpt(cursor.rest())));
        }
        sample.family = familyOf(sample.name, m_page.types);
        if (sample.name.endsWith(QLatin1String{"_bucket"}) && sample.family != sample.name
            && sample.label(u"le").isEmpty())
            return fail(ErrorKind::MissingBucketBound,
                Text::tr("%1 without its le label").arg(sample.name));
        m_sampled.insert(sample.family);
        m_page.samples.append(std::move(sample));
        return true;
    }

    Page m_page;
    QSet<QString> m_sampled; // families with a sample: # TYPE must come before
    std::optional<ParseError> m_error;
    int m_line{0};
};

} // namespace

QString Sample::label(QStringView name) const
{
    for (const auto& [key, value] : labels) {
        if (key == name)
            return value;
    }
    return {};
}

const Sample* Page::find(QStringView name, QStringView label, QStringView value) const
{
    for (const Sample& sample : samples) {
        if (sample.name == name && (label.isEmpty() || sample.label(label) == value))
            return &sample;
    }
    return nullptr;
}

std::optional<double> Page::value(QStringView name) const
{
    const Sample* sample = find(name);
    return sample != nullptr ? std::optional<double>{sample->value} : std::nullopt;
}

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case ErrorKind::BadMetricName:
        return QStringLiteral("bad-metric-name");
    case ErrorKind::BadLabelName:
        return QStringLiteral("bad-label-name");
    case ErrorKind::BadLabelValue:
        return QStringLiteral("bad-label-value");
    case ErrorKind::DuplicateLabel:
        return QStringLiteral("duplicate-label");
    case ErrorKind::BadValue:
        return QStringLiteral("bad-value");
    case ErrorKind::BadTimestamp:
        return QStringLiteral("bad-timestamp");
    case ErrorKind::BadTypeLine:
        return QStringLiteral("bad-type-line");
    case ErrorKind::DuplicateType:
        return QStringLiteral("duplicate-type");
    case ErrorKind::TypeAfterSamples:
        return QStringLiteral("type-after-samples");
    case ErrorKind::BadHelpLine:
        return QStringLiteral("bad-help-line");
    case ErrorKind::MissingBucketBound:
        return QStringLiteral("missing-bucket-bound");
    case ErrorKind::TrailingCharacters:
        return QStringLiteral("trailing-characters");
    }
    return QStringLiteral("bad-value");
}

QString ParseError::toString() const
{
    const QString what = QStringLiteral("%1: %2").arg(kindName(kind), message);
    return line > 0 ? Text::tr("line %1: %2").arg(line).arg(what) : what;
}

Result<Page, ParseError> parse(QByteArrayView text, qsizetype maxBytes)
{
    if (text.size() > maxBytes)
        return ParseError{ErrorKind::TooLarge, 0,
            Text::tr("the page has %1 bytes, more than the cap of %2")
                .arg(text.size())
                .arg(maxBytes)};
    return Parser{}.run(text);
}

} // namespace opsdash::MetricsText
