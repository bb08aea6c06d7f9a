// The one formatter every displayed time goes through (model/DisplayZone.h): UTC, the
// desktop's zone and the server's TimeZone setting, across a DST change and at a +05:45
// offset; "Server" without a usable zone falls back to local time and says so.
#include "model/DisplayZone.h"

#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace opsdash;

namespace {

QDateTime utc(const char* iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

class TestDisplayZone final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The desktop's zone for the Local rows: one with a DST change of its own.
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void formatsInTheChosenZone_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("serverZone");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("timeOfDay");

        const auto server = int(ZoneChoice::Server);
        const auto local = int(ZoneChoice::Local);
        QTest::newRow("UTC names itself") << int(ZoneChoice::Utc) << QString{}
                                          << utc("2026-12-06T10:12:03") << "2026-12-06 10:12:03 UTC"
                                          << "10:12:03";
        QTest::newRow("+05:45, the date moves on")
            << server << "Asia/Kathmandu" << utc("2026-12-06T20:00:00")
            << "2026-12-07 01:45:00 +05:45"
            << "01:45:00";
        QTest::newRow("negative half hour")
            << server << "America/St_Johns" << utc("2026-12-06T10:00:00")
            << "2026-12-06 06:30:00 -03:30"
            << "06:30:00";
        // Spring forward in Berlin: 02:00 CET does not exist, 01:59:59 is followed by 03:00.
        QTest::newRow("last second before DST")
            << server << "Europe/Berlin" << utc("2026-03-29T00:59:59")
            << "2026-03-29 01:59:59 +01:00"
            << "01:59:59";
        QTest::newRow("first second of DST")
            << server << "Europe/Berlin" << utc("2026-03-29T01:00:00")
            << "2026-03-29 03:00:00 +02:00"
            << "03:00:00";
        // Fall back: 02:30 happens twice; the offset tells them apart.
        QTest::newRow("02:30 the first time")
            << server << "Europe/Berlin" << utc("2026-10-25T00:30:00")
            << "2026-10-25 02:30:00 +02:00"
            << "02:30:00";
        QTest::newRow("02:30 the second time")
            << server << "Europe/Berlin" << utc("2026-10-25T01:30:00")
            << "2026-10-25 02:30:00 +01:00"
            << "02:30:00";
        QTest::newRow("local across DST, before")
            << local << QString{} << utc("2026-03-29T00:59:59") << "2026-03-29 01:59:59 +01:00"
            << "01:59:59";
        QTest::newRow("local across DST, after")
            << local << QString{} << utc("2026-03-29T01:00:00") << "2026-03-29 03:00:00 +02:00"
            << "03:00:00";
        QTest::newRow("a local time in, the same instant out")
            << int(ZoneChoice::Utc) << QString{}
            << QDateTime{QDate{2026, 7, 1}, QTime{14, 0}, QTimeZone{"Asia/Kathmandu"}}
            << "2026-07-01 08:15:00 UTC"
            << "08:15:00";
    }
    void formatsInTheChosenZone()
    {
        QFETCH(int, choice);
        QFETCH(QString, serverZone);
        QFETCH(QDateTime, time);
        QFETCH(QString, dateTime);
        QFETCH(QString, timeOfDay);
        const DisplayZone zone = DisplayZone::of(static_cast<ZoneChoice>(choice), serverZone);
        QVERIFY(!zone.fellBack());
        QCOMPARE(zone.format(time), dateTime);
        QCOMPARE(zone.format(time, DisplayZone::Style::TimeOfDay), timeOfDay);
        QCOMPARE(zone.format(time, DisplayZone::Style::ShortTime), timeOfDay.left(5));
        QCOMPARE(zone.format(time, DisplayZone::Style::Minute), dateTime.left(16));
        // The machine-readable form never moves with the choice.
        QCOMPARE(DisplayZone::isoUtc(time), time.toUTC().toString(Qt::ISODate));
        QVERIFY(DisplayZone::isoUtc(time).endsWith(u'Z'));
    }

    void statusTextNamesTheZone_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("serverZone");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("text");
        QTest::newRow("utc") << int(ZoneChoice::Utc) << QString{} << utc("2026-12-06T10:00:00")
                             << "Times: UTC";
        QTest::newRow("local in winter") << int(ZoneChoice::Local) << QString{}
                                         << utc("2026-12-06T10:00:00") << "Times: local (CET)";
        QTest::newRow("local in summer") << int(ZoneChoice::Local) << QString{}
                                         << utc("2026-07-06T10:00:00") << "Times: local (CEST)";
        QTest::newRow("server") << int(ZoneChoice::Server) << "Asia/Kathmandu"
                                << utc("2026-12-06T10:00:00")
                                << "Times: server (Asia/Kathmandu, +05:45)";
        QTest::newRow("server not known yet")
            << int(ZoneChoice::Server) << QString{} << utc("2026-12-06T10:00:00")
            << "Times: local (CET) — no server zone";
        // The server machine's own zone: not this desktop's, whatever zoneinfo says.
        QTest::newRow("server says localtime")
            << int(ZoneChoice::Server) << "localtime" << utc("2026-12-06T10:00:00")
            << "Times: local (CET) — no server zone";
        QTest::newRow("server zone unknown here")
            << int(ZoneChoice::Server) << "Mars/Olympus_Mons" << utc("2026-12-06T10:00:00")
            << "Times: local (CET) — no server zone";
    }
    void statusTextNamesTheZone()
    {
        QFETCH(int, choice);
        QFETCH(QString, serverZone);
        QFETCH(QDateTime, at);
        QFETCH(QString, text);
        const DisplayZone zone = DisplayZone::of(static_cast<ZoneChoice>(choice), serverZone);
        QCOMPARE(zone.statusText(at), text);
        QCOMPARE(zone.fellBack(), text.contains(QStringLiteral("no server zone")));
        QCOMPARE(zone.fallbackReason().isEmpty(), !zone.fellBack());
        if (zone.fellBack()) // shown in local time, not silently in UTC
            QCOMPARE(zone.format(utc("2026-12-06T10:00:00")),
                QStringLiteral("2026-12-06 11:00:00 +01:00"));
    }

    void choiceWordsReadBack()
    {
        for (const ZoneChoice choice : {ZoneChoice::Local, ZoneChoice::Utc, ZoneChoice::Server})
            QVERIFY(zoneChoiceFromString(toString(choice)) == choice);
        QVERIFY(!zoneChoiceFromString(QStringLiteral("UTC"))); // the words are lower case
        QCOMPARE(DisplayZone::offsetText(-12600), QStringLiteral("-03:30"));
        QCOMPARE(DisplayZone::offsetText(0), QStringLiteral("+00:00"));
        QCOMPARE(DisplayZone{}.format(QDateTime{}), QString{});
    }
};

QTEST_GUILESS_MAIN(TestDisplayZone)
#include "tst_displayzone.moc"
