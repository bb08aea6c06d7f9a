#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <utility>

namespace opsdash {

// One line per event on stderr for `opsdash serve`: logfmt (`time=… level=info
// event=target.up target=prod`), which journald keeps as it is, or one JSON object a line.
class EventLog final
{
public:
    enum class Format { KeyValue, Json };
    enum class Level { Info, Warning, Error };
    using Fields = QList<std::pair<QString, QString>>;

    explicit EventLog(Format format = Format::KeyValue, QTextStream* out = nullptr);

    void info(const QString& event, const Fields& fields = {})
    {
        write(Level::Info, event, fields);
    }
    void warning(const QString& event, const Fields& fields = {})
    {
        write(Level::Warning, event, fields);
    }
    void error(const QString& event, const Fields& fields = {})
    {
        write(Level::Error, event, fields);
    }
    void write(Level level, const QString& event, const Fields& fields);

    // One logfmt value: bare when it can be, else double-quoted with \" \\ \n escaped.
    static QString logfmtValue(const QString& value);
    // The whole line, without the time (tests compare it).
    static QString format(Format format, Level level, const QString& event, const Fields& fields);

private:
    Format m_format;
    QTextStream* m_out;
};

} // namespace opsdash
