#include "EventLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace opsdash {

namespace {

QString levelName(EventLog::Level level)
{
    switch (level) {
    case EventLog::Level::Info:
        return QStringLiteral("info");
    case EventLog::Level::Warning:
        return QStringLiteral("warning");
    case EventLog::Level::Error:
        return QStringLiteral("error");
    }
    return {};
}

QTextStream& standardErrorStream()
{
    static QTextStream stream{stderr};
    return stream;
}

} // namespace

EventLog::EventLog(Format format, QTextStream* out)
    : m_format{format}
    , m_out{out != nullptr ? out : &standardErrorStream()}
{ }

QString EventLog::logfmtValue(const QString& value)
{
    const bool bare = !value.isEmpty() && std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u' ' || c == u'=' || c == u'"' || c == u'\\' || c.unicode() < 0x21;
    });
    if (bare)
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return u'"' + escaped + u'"';
}

QString EventLog::format(Format format, Level level, const QString& event, const Fields& fields)
{
    if (format == Format::Json) {
        QJsonObject object;
        object.insert(QStringLiteral("level"), levelName(level));
        object.insert(QStringLiteral("event"), event);
        for (const auto& [key, value] : fields)
            object.insert(key, value);
        return QString::fromUtf8(QJsonDocument{object}.toJson(QJsonDocument::Compact));
    }
    QString line = QStringLiteral("level=") + levelName(level) + QStringLiteral(" event=")
        + logfmtValue(event);
    for (const auto& [key, value] : fields)
        line += u' ' + key + u'=' + logfmtValue(value);
    return line;
}

void EventLog::write(Level level, const QString& event, const Fields& fields)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Fields all{{QStringLiteral("time"), time}};
    all += fields;
    if (m_format == Format::Json) {
        *m_out << format(m_format, level, event, all) << '\n';
    } else {
        *m_out << QStringLiteral("time=") << time << u' ' << format(m_format, level, event, fields)
               << '\n';
    }
    m_out->flush();
}

} // namespace opsdash
