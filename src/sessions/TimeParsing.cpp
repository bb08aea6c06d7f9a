#include "TimeParsing.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace opsdash {

namespace {

std::optional<QDateTime> utc(int year, int month, int day, int hour, int minute, int second,
    int millisecond, int offsetSeconds)
{
    const QDate date{year, month, day};
    const QTime time{hour, minute, second, millisecond};
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime{date, time, Qt::UTC}.addSecs(-offsetSeconds);
}

} // namespace

std::optional<QDateTime> parseIsoTimestamp(QStringView text)
{
    static const QRegularExpression pattern{
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?)"
                       R"(([Zz]|[+-]\d{2}:\d{2})$)")};
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) {
        return match.capturedView(group).toInt();
    };

    int millisecond = 0;
    if (match.hasCaptured(7))
        millisecond = match.captured(7).leftJustified(3, u'0').left(3).toInt();

    int offset = 0;
    const QStringView zone = match.capturedView(8);
    if (zone.size() == 6) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (zone.front() == u'-' ? -1 : 1);
    }
    return utc(
        number(1), number(2), number(3), number(4), number(5), number(6), millisecond, offset);
}

std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    static const QRegularExpression pattern{
        QStringLiteral(R"(^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) )"
                       R"((\d{2}):(\d{2}):(\d{2}) GMT$)")};
    static constexpr std::array<const char*, 12> months{
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    const QString string = QString::fromLatin1(text.trimmed());
    const QRegularExpressionMatch match = pattern.match(string);
    if (!match.hasMatch())
        return std::nullopt;
    int month = 0;
    for (std::size_t i = 0; i < months.size(); ++i) {
        if (match.capturedView(3) == QLatin1String{months.at(i)})
            month = static_cast<int>(i) + 1;
    }
    if (month == 0)
        return std::nullopt;
    const auto number = [&match](int group) {
        return match.capturedView(group).toInt();
    };
    std::optional<QDateTime> time
        = utc(number(4), month, number(2), number(5), number(6), number(7), 0, 0);
    // The weekday is redundant; a wrong one means the header is not what it claims to be.
    if (time
        && QLocale::c().dayName(time->date().dayOfWeek(), QLocale::ShortFormat)
            != match.capturedView(1))
        return std::nullopt;
    return time;
}

} // namespace opsdash
