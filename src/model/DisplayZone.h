#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace opsdash {

// Which zone the window shows times in (the View menu's Time zone; docs/gui.md).
enum class ZoneChoice { Local, Utc, Server };

QString toString(ZoneChoice choice); // "local", "utc", "server": the settings' and evidence's word
std::optional<ZoneChoice> zoneChoiceFromString(const QString& text);

// The one formatter every displayed timestamp goes through: a choice resolved against the
// desktop's zone and the server's TimeZone setting. "Server" without a usable server zone
// (not connected yet, team mode, a POSIX-style or "localtime" setting Qt cannot read) falls
// back to local time, and says so (fellBack(), statusText()). Ages ("12 s ago") are not
// times of day and do not come here.
class DisplayZone final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayZone)

public:
    enum class Style {
        DateTime, // "2026-12-06 10:12:03 UTC", "2026-12-06 15:57:03 +05:45": tables, tooltips
        Minute, // "2026-12-06 10:12"
        TimeOfDay, // "10:12:03"
        ShortTime, // "10:12"
    };

    DisplayZone() = default; // UTC
    // `serverZone`: the target's TimeZone setting as PostgreSQL names it; empty: not known.
    static DisplayZone of(ZoneChoice choice, const QString& serverZone = {});

    ZoneChoice choice() const { return m_choice; } // what was asked for
    bool fellBack() const { return m_fellBack; } // Server asked for, local time shown
    QString serverZone() const { return m_serverZone; }
    const QTimeZone& zone() const { return m_zone; }

    QDateTime convert(const QDateTime& time) const;
    // Empty for an invalid time.
    QString format(const QDateTime& time, Style style = Style::DateTime) const;
    // The zone's name as the status bar and evidence give it, at `at`: "UTC", "local (CET)",
    // "server (Asia/Kathmandu, +05:45)"; a fallback: "local (CET)".
    QString name(const QDateTime& at) const;
    // "Times: UTC", "Times: local (CET)", "Times: server (Asia/Kathmandu, +05:45)"; a fallback
    // says it: "Times: local (CET) — no server zone".
    QString statusText(const QDateTime& at) const;
    // Why there is no server zone, for the status bar's tooltip; empty when there is one.
    QString fallbackReason() const;

    // "+05:45", "-03:00", "+00:00".
    static QString offsetText(int offsetSeconds);
    // ISO 8601 in UTC with its explicit offset, "2026-12-06T10:12:03Z": what machine-readable
    // outputs (exports, evidence's JSON) write whatever the display zone; empty when invalid.
    static QString isoUtc(const QDateTime& time);

private:
    ZoneChoice m_choice{ZoneChoice::Utc};
    QTimeZone m_zone{QTimeZone::utc()};
    QString m_serverZone;
    bool m_fellBack{false};
};

} // namespace opsdash
