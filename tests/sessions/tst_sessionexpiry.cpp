// The expiry model: buckets from the baseline's thresholds, time left and age on the
// server's clock (never the desktop's), summary counts, histogram and clock skew.
#include "sessions/SessionExpiry.h"

#include <QTest>

using namespace opsdash;

namespace {

constexpr qint64 kMinute{60 * 1000};

Thresholds::Session thresholds(qint64 warnMinutes, qint64 criticalMinutes, qint64 maxAgeMinutes)
{
    Thresholds::Session t;
    t.warnBefore = Duration::fromMinutes(warnMinutes);
    t.criticalBefore = Duration::fromMinutes(criticalMinutes);
    if (maxAgeMinutes > 0)
        t.maxAge = Duration::fromMinutes(maxAgeMinutes);
    return t;
}

SessionRecord session(const QString& user, const QDateTime& server, qint64 minutesLeft,
    std::optional<qint64> ageMinutes = std::nullopt)
{
    SessionRecord record;
    record.user = user;
    record.hash = SessionRecord::shortHash(user.toUtf8());
    record.expiresAt = server.addMSecs(minutesLeft * kMinute);
    if (ageMinutes)
        record.createdAt = server.addMSecs(-*ageMinutes * kMinute);
    return record;
}

} // namespace

class TestSessionExpiry final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<qint64>("minutesLeft");
        QTest::addColumn<qint64>("ageMinutes"); // -1: unknown
        QTest::addColumn<qint64>("warn");
        QTest::addColumn<qint64>("critical");
        QTest::addColumn<qint64>("maxAge"); // 0: none
        QTest::addColumn<QString>("bucket");

        QTest::newRow("2 h left is ok with defaults")
            << 120LL << -1LL << 60LL << 15LL << 0LL << "ok";
        QTest::newRow("exactly 60 min left is still ok")
            << 60LL << -1LL << 60LL << 15LL << 0LL << "ok";
        QTest::newRow("59 min left warns") << 59LL << -1LL << 60LL << 15LL << 0LL << "warn";
        QTest::newRow("exactly 15 min left warns") << 15LL << -1LL << 60LL << 15LL << 0LL << "warn";
        QTest::newRow("14 min left is critical")
            << 14LL << -1LL << 60LL << 15LL << 0LL << "critical";
        QTest::newRow("a stricter baseline warns at 2 h")
            << 100LL << -1LL << 120LL << 30LL << 0LL << "warn";
        QTest::newRow("a stricter baseline is critical at 29 min")
            << 29LL << -1LL << 120LL << 30LL << 0LL << "critical";
        QTest::newRow("older than the age limit")
            << 600LL << 721LL << 60LL << 15LL << 720LL << "over-age";
        QTest::newRow("younger than the age limit stays ok")
            << 600LL << 60LL << 60LL << 15LL << 720LL << "ok";
        QTest::newRow("unknown age never counts as over age")
            << 600LL << -1LL << 60LL << 15LL << 720LL << "ok";
    }
    void classify()
    {
        QFETCH(qint64, minutesLeft);
        QFETCH(qint64, ageMinutes);
        QFETCH(qint64, warn);
        QFETCH(qint64, critical);
        QFETCH(qint64, maxAge);
        QFETCH(QString, bucket);
        const std::optional<qint64> age
            = ageMinutes < 0 ? std::nullopt : std::optional<qint64>{ageMinutes * kMinute};
        QCOMPARE(toString(SessionExpiry::classify(
                     minutesLeft * kMinute, age, thresholds(warn, critical, maxAge))),
            bucket);
    }

    void serverClockTwoHoursOffTheDesktop_data()
    {
        QTest::addColumn<qint64>("skewHours"); // desktop − server
        QTest::newRow("server 2 h behind the desktop") << 2LL;
        QTest::newRow("server 2 h ahead of the desktop") << -2LL;
        QTest::newRow("clocks agree") << 0LL;
    }
    void serverClockTwoHoursOffTheDesktop()
    {
        QFETCH(qint64, skewHours);
        const QDateTime desktop = QDateTime::currentDateTimeUtc();
        SessionSnapshot snapshot;
        snapshot.serverTime = desktop.addSecs(-skewHours * 3600);
        snapshot.receivedAt = desktop;
        // 30 min left on the server's clock: with the desktop's it would look expired (or 2.5 h).
        snapshot.sessions = {session(QStringLiteral("ann"), snapshot.serverTime, 30)};

        const ExpirySummary summary = SessionExpiry::evaluate(snapshot, thresholds(60, 15, 0));
        QCOMPARE(summary.active, 1);
        QCOMPARE(summary.warn, 1);
        QCOMPARE(summary.sessions.front().millisecondsLeft, 30 * kMinute);
        QCOMPARE(summary.clockSkewMs, skewHours * 3600 * 1000);
        QCOMPARE(summary.clockSkewNotable(), skewHours != 0);
        const QString skew = SessionExpiry::skewLine(summary);
        if (skewHours > 0)
            QVERIFY2(skew.contains(QStringLiteral("2 h 0 min ahead")), qPrintable(skew));
        else if (skewHours < 0)
            QVERIFY2(skew.contains(QStringLiteral("2 h 0 min behind")), qPrintable(skew));
        else
            QVERIFY(skew.isEmpty());
    }

    void skewUnderFiveSecondsIsNotShown()
    {
        SessionSnapshot snapshot;
        snapshot.serverTime = QDateTime::currentDateTimeUtc();
        snapshot.receivedAt = snapshot.serverTime.addMSecs(4900);
        QVERIFY(!SessionExpiry::evaluate(snapshot, thresholds(60, 15, 0)).clockSkewNotable());
        snapshot.receivedAt = snapshot.serverTime.addMSecs(5100);
        QVERIFY(SessionExpiry::evaluate(snapshot, thresholds(60, 15, 0)).clockSkewNotable());
    }

    void summaryCountsSortingAndHistogram()
    {
        SessionSnapshot snapshot;
        snapshot.serverTime = QDateTime{QDate(2025, 3, 1), QTime(12, 0), Qt::UTC};
        snapshot.receivedAt = snapshot.serverTime;
        const QDateTime& t = snapshot.serverTime;
        snapshot.sessions = {
            session(QStringLiteral("ok-23h"), t, 23 * 60 + 30),
            session(QStringLiteral("ok-3h"), t, 180),
            session(QStringLiteral("warn-40"), t, 40),
            session(QStringLiteral("critical-5"), t, 5),
            session(QStringLiteral("critical-10"), t, 10),
            session(QStringLiteral("expired"), t, -1),
            session(QStringLiteral("later-30h"), t, 30 * 60),
        };
        const Thresholds::Session limits = thresholds(60, 15, 0);
        const ExpirySummary summary = SessionExpiry::evaluate(snapshot, limits);
        QCOMPARE(summary.active, 6);
        QCOMPARE(summary.expired, 1);
        QCOMPARE(summary.ok, 3);
        QCOMPARE(summary.warn, 1);
        QCOMPARE(summary.critical, 2);
        QCOMPARE(summary.soonest()->record.user, QStringLiteral("critical-5"));
        QStringList order;
        for (const SessionStanding& standing : summary.sessions)
            order << standing.record.user;
        QCOMPARE(order,
            (QStringList{QStringLiteral("critical-5"), QStringLiteral("critical-10"),
                QStringLiteral("warn-40"), QStringLiteral("ok-3h"), QStringLiteral("ok-23h"),
                QStringLiteral("later-30h")}));
        QCOMPARE(summary.histogram.at(0), 3); // 5, 10 and 40 min
        QCOMPARE(summary.histogram.at(3), 1); // 3 h
        QCOMPARE(summary.histogram.at(23), 1); // 23.5 h
        QCOMPARE(summary.later, 1);
        QCOMPARE(SessionExpiry::summaryLine(summary, limits),
            QStringLiteral("6 active · 3 expire within 1 h · 2 within 15 min"));
    }

    void ageLimitBringsTheDeadlineForward()
    {
        SessionSnapshot snapshot;
        snapshot.serverTime = QDateTime{QDate(2025, 3, 1), QTime(12, 0), Qt::UTC};
        // Idle expiry in 20 h, but created 11 h 50 min ago under a 12 h age limit: 10 min left.
        snapshot.sessions
            = {session(QStringLiteral("long-lived"), snapshot.serverTime, 20 * 60, 11 * 60 + 50),
                session(QStringLiteral("too-old"), snapshot.serverTime, 20 * 60, 13 * 60)};
        const Thresholds::Session limits = thresholds(60, 15, 12 * 60);
        const ExpirySummary summary = SessionExpiry::evaluate(snapshot, limits);
        QCOMPARE(summary.sessions.size(), 2);
        const SessionStanding& longLived = summary.sessions.at(1);
        QCOMPARE(longLived.record.user, QStringLiteral("long-lived"));
        QCOMPARE(longLived.millisecondsLeft, 10 * kMinute);
        QCOMPARE(toString(longLived.bucket), toString(ExpiryBucket::Critical));
        QCOMPARE(toString(summary.sessions.at(0).bucket), toString(ExpiryBucket::OverAge));
        QCOMPARE(summary.overAge, 1);
        QVERIFY(SessionExpiry::summaryLine(summary, limits)
                    .contains(QStringLiteral("1 over the 12 h age limit")));
    }

    void formatLeft_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("hours") << qint64{(3600 + 4 * 60) * 1000} << "1 h 4 min";
        QTest::newRow("minutes") << qint64{(4 * 60 + 12) * 1000} << "4 min 12 s";
        QTest::newRow("seconds") << qint64{12500} << "12 s";
        QTest::newRow("none") << qint64{0} << "expired";
    }
    void formatLeft()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(SessionExpiry::formatLeft(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestSessionExpiry)
#include "tst_sessionexpiry.moc"
