#include "model/DisplayZone.h"

#include <cstdlib>

namespace opsdash {

QString toString(ZoneChoice choice)
{
    switch (choice) {
    case ZoneChoice::Local:
        return QStringLiteral("local");
    case ZoneChoice::Utc:
        return QStringLiteral("utc");
    case ZoneChoice::Server:
        return QStringLiteral("server");
    }
    return {};
}

std::optional<ZoneChoice> zoneChoiceFromString(const QString& text)
{
    for (const ZoneChoice choice : {ZoneChoice::Local, ZoneChoice::Utc, ZoneChoice::Server}) {
        if (text == toString(choice))
            return choice;
    }
    return std::nullopt;
}

DisplayZone DisplayZone::of(ZoneChoice choice, const QString& serverZone)
{
    DisplayZone display;
    display.m_choice = choice;
    display.m_serverZone = serverZone;
    switch (choice) {
    case ZoneChoice::Utc:
        display.m_zone = QTimeZone::utc();
        break;
    case ZoneChoice::Local:
        display.m_zone = QTimeZone::systemTimeZone();
        break;
    case ZoneChoice::Server: {
        // PostgreSQL's "localtime" is the server machine's zone, which this desktop cannot
        // know (Debian's zoneinfo would read it as the desktop's own).
        // An empty id would make Qt read the desktop's zone too.
        const bool unknowable = serverZone.isEmpty()
            || serverZone.compare(QLatin1String{"localtime"}, Qt::CaseInsensitive) == 0;
        const QTimeZone server = unknowable ? QTimeZone{} : QTimeZone{serverZone.toUtf8()};
        display.m_fellBack = !server.isValid();
        display.m_zone = display.m_fellBack ? QTimeZone::systemTimeZone() : server;
        break;
    }
    }
    return display;
}

QDateTime DisplayZone::convert(const QDateTime& time) const
{
    return time.toTimeZone(m_zone);
}

QString DisplayZone::offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char{'-'} : QLatin1Char{'+'})
        .arg(minutes / 60, 2, 10, QLatin1Char{'0'})
        .arg(minutes % 60, 2, 10, QLatin1Char{'0'});
}

QString DisplayZone::isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString{};
}

QString DisplayZone::format(const QDateTime& time, Style style) const
{
    if (!time.isValid())
        return {};
    const QDateTime shown = convert(time);
    switch (style) {
    case Style::DateTime: {
        const QString suffix = m_choice == ZoneChoice::Utc ? QStringLiteral("UTC")
                                                           : offsetText(shown.offsetFromUtc());
        return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + suffix;
    }
    case Style::Minute:
        return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Style::TimeOfDay:
        return shown.toString(QStringLiteral("HH:mm:ss"));
    case Style::ShortTime:
        return shown.toString(QStringLiteral("HH:mm"));
    }
    return {};
}

QString DisplayZone::name(const QDateTime& at) const
{
    const QDateTime shown = convert(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    if (m_choice == ZoneChoice::Utc)
        return tr("UTC");
    if (m_choice == ZoneChoice::Server && !m_fellBack)
        return tr("server (%1, %2)").arg(m_serverZone, offsetText(shown.offsetFromUtc()));
    return tr("local (%1)").arg(shown.timeZoneAbbreviation());
}

QString DisplayZone::statusText(const QDateTime& at) const
{
    if (m_fellBack)
        return tr("Times: %1 — no server zone").arg(name(at));
    return tr("Times: %1").arg(name(at));
}

QString DisplayZone::fallbackReason() const
{
    if (!m_fellBack)
        return {};
    if (m_serverZone.isEmpty())
        return tr("The server's time zone is not known (not connected yet, or a target that "
                  "does not report it): times are shown in local time.");
    return tr("The server's time zone “%1” is not one this desktop knows: times are shown in "
              "local time.")
        .arg(m_serverZone);
}

} // namespace opsdash
