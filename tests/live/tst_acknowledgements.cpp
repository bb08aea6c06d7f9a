// Acknowledgements and mutes (model/Acknowledgement.h, live/Acknowledgements.h), on an
// injected clock: a muted or acknowledged condition is listed but not announced; a mute
// that ends while its condition is still raised announces it again, one that ends after it
// cleared does not; an acknowledgement ends when its condition clears. Records are written
// to the target's history and read back by a new engine, ended ones kept as history.
#include "history/HistoryStore.h"
#include "live/AlertLog.h"
#include "live/LiveTarget.h"
#include "model/Acknowledgement.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

// web's budget is 150: warn at 120; back to calm after three samples under 112.
ActivitySample web(int count, const QDateTime& at)
{
    return scripted::counts({{QStringLiteral("web"), count}}, at);
}

QStringList kinds(const QSignalSpy& spy)
{
    QStringList out;
    for (const QList<QVariant>& call : spy)
        out << call.first().value<Alert>().kind;
    return out;
}

const QString WebKey = QStringLiteral("threshold:web");

} // namespace

class TestAcknowledgements final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Alert>();
        QVERIFY(m_dir.isValid());
    }

    void alertKeysNameTheCondition_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("clears");
        QTest::newRow("a pool over warn")
            << QString{AlertKind::Threshold} << "web" << static_cast<int>(Severity::Warning)
            << "threshold:web" << false;
        QTest::newRow("a pool back to calm")
            << QString{AlertKind::Threshold} << "web" << static_cast<int>(Severity::Info)
            << "threshold:web" << true;
        QTest::newRow("a check is its own id")
            << QString{AlertKind::Drift} << "live.web.budget" << static_cast<int>(Severity::Warning)
            << "live.web.budget" << false;
        QTest::newRow("a reconnection clears the connection")
            << QString{AlertKind::Reconnected} << "" << static_cast<int>(Severity::Info)
            << "connection" << true;
        QTest::newRow("a user's own action is no condition")
            << QString{AlertKind::Backend} << "4242" << static_cast<int>(Severity::Info) << ""
            << false;
    }
    void alertKeysNameTheCondition()
    {
        QFETCH(QString, kind);
        QFETCH(QString, subject);
        QFETCH(int, severity);
        QFETCH(QString, key);
        QFETCH(bool, clears);
        const Alert alert{scripted::Start, static_cast<Severity>(severity), kind, subject, {}};
        QCOMPARE(alertKey(alert), key);
        QCOMPARE(clearsCondition(alert), clears);
    }

    void tomorrowMorningIsNineOClockInTheZone_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("until");
        const auto utc = [](const char* text) {
            return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
        };
        QTest::newRow("late evening in Berlin (CET, UTC+1)")
            << utc("2027-01-15T22:30:00Z") << QByteArray{"Europe/Berlin"}
            << utc("2027-01-16T08:00:00Z");
        QTest::newRow("early morning is still tomorrow, not today") << utc(
            "2027-01-15T06:00:00Z") << QByteArray{"Europe/Berlin"} << utc("2027-01-16T08:00:00Z");
        QTest::newRow("past midnight UTC but still evening in New York")
            << utc("2027-07-02T01:00:00Z") << QByteArray{"America/New_York"}
            << utc("2027-07-02T13:00:00Z");
        QTest::newRow("the night summer time starts in Berlin (CEST, UTC+2)") << utc(
            "2027-03-27T20:00:00Z") << QByteArray{"Europe/Berlin"} << utc("2027-03-28T07:00:00Z");
    }
    void tomorrowMorningIsNineOClockInTheZone()
    {
        QFETCH(QDateTime, now);
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, until);
        const QTimeZone timeZone{zone};
        QVERIFY2(timeZone.isValid(), zone.constData());
        QCOMPARE(tomorrowMorning(now, timeZone), until);
        QCOMPARE(muteForAnHour(now), now.addSecs(3600));
    }

    void bookEndsMutesByTheClockAndAcknowledgementsByTheCondition()
    {
        AcknowledgementBook book;
        const QDateTime t0 = scripted::Start;
        book.add(Acknowledgement{QStringLiteral("m1"), WebKey, {}, Acknowledgement::Kind::Mute,
            QStringLiteral("alice"), t0, QStringLiteral("deploy"), t0.addSecs(60), {}});
        book.add(Acknowledgement{QStringLiteral("a1"), QStringLiteral("live.web.budget"), {},
            Acknowledgement::Kind::Ack, QStringLiteral("bob"), t0.addSecs(5), {}, {}, {}});
        QCOMPARE(book.nextExpiry(), t0.addSecs(60));
        QVERIFY(book.inForce(WebKey, t0.addSecs(59)).has_value());
        QVERIFY(!book.inForce(WebKey, t0.addSecs(60)).has_value());
        QVERIFY(!book.inForce(QStringLiteral("capacity"), t0).has_value());

        QVERIFY(book.expire(t0.addSecs(59)).isEmpty());
        const QList<Acknowledgement> expired = book.expire(t0.addSecs(61));
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().ended, t0.addSecs(60)); // at its time, not when looked at
        QVERIFY(!book.nextExpiry().isValid());

        // A mute is not ended by its condition clearing; an acknowledgement is.
        QVERIFY(book.conditionCleared(WebKey, t0.addSecs(70)).isEmpty());
        QVERIFY(book.inForce(QStringLiteral("live.web.budget"), t0.addDays(3)).has_value());
        QCOMPARE(
            book.conditionCleared(QStringLiteral("live.web.budget"), t0.addSecs(80)).size(), 1);
        QVERIFY(!book.inForce(QStringLiteral("live.web.budget"), t0.addSecs(81)).has_value());
        QCOMPARE(book.all().size(), 2); // ended ones stay, as history
    }

    void mutedConditionIsListedNotAnnouncedAndAnnouncedAgainWhenTheMuteEnds()
    {
        QDateTime now = scripted::Start;
        AlertLog log{defaultBaseline()};
        log.acknowledgements().setClock([&now] { return now; });
        QSignalSpy raised{&log, &AlertLog::raised};
        QSignalSpy announced{&log, &AlertLog::announced};

        log.addSample(web(125, now), scripted::serverFacts());
        QCOMPARE(announced.size(), 1);
        log.mute(WebKey, QStringLiteral("release 4.2 rolling"), now.addSecs(2));
        QCOMPARE(kinds(raised).last(), QString{AlertKind::Muted});
        QVERIFY(raised.last().first().value<Alert>().message.contains(
            QStringLiteral("release 4.2 rolling")));
        const qsizetype announcedBefore = announced.size(); // the mute itself is no news

        // Critical while muted: listed, not announced.
        now = now.addSecs(1);
        log.addSample(web(145, now), scripted::serverFacts());
        QCOMPARE(kinds(raised).last(), QString{AlertKind::Threshold});
        QCOMPARE(announced.size(), announcedBefore);

        // Not yet its time: nothing.
        log.acknowledgements().checkExpiries();
        QCOMPARE(announced.size(), announcedBefore);

        now = now.addSecs(2);
        log.acknowledgements().checkExpiries();
        QCOMPARE(kinds(raised).last(), QString{AlertKind::MuteEnded});
        QCOMPARE(announced.size(), announcedBefore + 1);
        const Alert again = announced.last().first().value<Alert>();
        QCOMPARE(again.kind, QString{AlertKind::Threshold});
        QCOMPARE(toString(again.severity), toString(Severity::Critical));
        QCOMPARE(again.time, now);
        QVERIFY2(again.message.contains(QStringLiteral("145 of 150")), qPrintable(again.message));

        // Unmuted: the next change is announced as usual.
        now = now.addSecs(1);
        for (int i = 0; i < 3; ++i)
            log.addSample(web(100, now.addSecs(i)), scripted::serverFacts());
        QCOMPARE(announced.size(), announcedBefore + 2);
    }

    void muteEndingAfterTheConditionClearedAnnouncesNothing()
    {
        QDateTime now = scripted::Start;
        AlertLog log{defaultBaseline()};
        log.acknowledgements().setClock([&now] { return now; });
        QSignalSpy announced{&log, &AlertLog::announced};
        log.mute(WebKey, {}, muteForAnHour(now));
        log.addSample(web(125, now), scripted::serverFacts());
        for (int i = 1; i <= 3; ++i)
            log.addSample(web(100, now.addSecs(i)), scripted::serverFacts());
        QVERIFY(!log.conditions().contains(WebKey));
        now = now.addSecs(3600);
        log.acknowledgements().checkExpiries();
        QVERIFY(announced.isEmpty());
        QVERIFY(log.acknowledgements().all().first().ended.isValid());
    }

    void acknowledgementHoldsUntilTheConditionClears()
    {
        QDateTime now = scripted::Start;
        AlertLog log{defaultBaseline()};
        log.acknowledgements().setClock([&now] { return now; });
        QSignalSpy announced{&log, &AlertLog::announced};
        log.addSample(web(125, now), scripted::serverFacts());
        QCOMPARE(announced.size(), 1);
        const Acknowledgement ack = log.acknowledge(WebKey, QStringLiteral("known: batch import"));
        QCOMPARE(ack.who, Acknowledgements::osUser());
        QVERIFY(!ack.who.isEmpty());
        QCOMPARE(ack.when, now);
        QVERIFY(!ack.until.isValid());

        // Days later, still raised and worse: quiet, as is the all-clear.
        now = now.addDays(2);
        log.addSample(web(145, now), scripted::serverFacts());
        for (int i = 1; i <= 3; ++i)
            log.addSample(web(100, now.addSecs(i)), scripted::serverFacts());
        QCOMPARE(announced.size(), 1);
        QVERIFY(!log.acknowledgements().inForce(WebKey).has_value());
        QCOMPARE(log.acknowledgements().all().first().ended, now.addSecs(3));

        // The condition again: a new one, announced.
        log.addSample(web(125, now.addSecs(10)), scripted::serverFacts());
        QCOMPARE(announced.size(), 2);
    }

    void recordsSurviveARestartInTheTargetsHistory()
    {
        const QString path = m_dir.filePath(QStringLiteral("acks.sqlite"));
        QDateTime now = QDateTime::currentDateTimeUtc();
        QString muteId;
        QDateTime until;
        {
            LiveTarget target{defaultBaseline()};
            target.history().open(path);
            Acknowledgements& acks = target.acknowledgements();
            acks.setClock([&now] { return now; });
            acks.setTarget(QStringLiteral("db.example:5432/app"));
            muteId = acks.mute(WebKey, QStringLiteral("maintenance"), muteForAnHour(now)).id;
            until = muteForAnHour(now);
            now = now.addSecs(1);
            acks.mute(QStringLiteral("capacity"), {}, now.addSecs(10));
            now = now.addSecs(1);
            acks.acknowledge(QStringLiteral("live.web.budget"), QStringLiteral("ticket 81"));
            now = now.addSecs(11);
            acks.checkExpiries(); // the capacity mute ends, as history
            QSignalSpy flushed{&target.history(), &HistoryStore::flushed};
            target.history().flush();
            QVERIFY(flushed.wait(5000));
        }

        LiveTarget target{defaultBaseline()};
        target.history().open(path);
        Acknowledgements& acks = target.acknowledgements();
        acks.setClock([&now] { return now; });
        AlertLog log{defaultBaseline()};
        log.attach(target);
        QSignalSpy announced{&log, &AlertLog::announced};
        QSignalSpy done{&acks, &Acknowledgements::readBackDone};
        acks.readBack();
        // Raised before the records are back: held until they are, then only what no mute
        // silences is announced.
        QVERIFY(acks.isReadingBack());
        log.addSample(web(125, now), scripted::serverFacts());
        log.setCriticalSessions(2, now);
        QVERIFY(announced.isEmpty());
        QVERIFY(done.wait(5000));
        QCOMPARE(kinds(announced), QStringList{QString{AlertKind::Sessions}});
        // In force now: the hour's mute and the acknowledgement, not the ended mute.
        QCOMPARE(acks.all().size(), 2);
        const std::optional<Acknowledgement> mute = acks.inForce(WebKey);
        QVERIFY(mute.has_value());
        QCOMPARE(mute->id, muteId);
        QCOMPARE(mute->who, Acknowledgements::osUser());
        QCOMPARE(mute->note, QStringLiteral("maintenance"));
        QCOMPARE(mute->target, QStringLiteral("db.example:5432/app"));
        QCOMPARE(mute->until, until);
        QVERIFY(!mute->ended.isValid());
        QVERIFY(acks.inForce(QStringLiteral("live.web.budget")).has_value());
        QVERIFY(!acks.inForce(QStringLiteral("capacity")).has_value());

        // The ended mute is still there for a range that covers it.
        QSignalSpy ready{&target.history(), &HistoryStore::rangeReady};
        const quint64 id = target.history().requestRange(now.addSecs(-60), now, 1);
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.last().at(0).toULongLong(), id);
        const HistoryRange range = ready.last().at(1).value<HistoryRange>();
        QCOMPARE(range.acknowledgements.size(), 3);
        const Acknowledgement& ended = range.acknowledgements.at(1);
        QCOMPARE(ended.subject, QStringLiteral("capacity"));
        QCOMPARE(toString(ended.kind), toString(Acknowledgement::Kind::Mute));
        QVERIFY(ended.ended.isValid());
        QCOMPARE(ended.ended, ended.until);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAcknowledgements)
#include "tst_acknowledgements.moc"
