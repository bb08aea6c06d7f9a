#include "HistoryTestData.h"
#include "history/HistoryDatabase.h"
#include "history/HistorySchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace opsdash;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<HistoryDatabase> openOrFail(
    const QString& path, HistoryDatabase::Mode mode = HistoryDatabase::Mode::Writer)
{
    Result<std::unique_ptr<HistoryDatabase>> database = HistoryDatabase::open(path, mode);
    if (!database) {
        qWarning("%s", qPrintable(database.error().toString()));
        return nullptr;
    }
    return std::move(database).value();
}

QList<HistoryTick> ticks(qint64 first, qint64 count)
{
    QList<HistoryTick> result;
    for (qint64 i = first; i < first + count; ++i)
        result.append(historytest::tick(i));
    return result;
}

// Runs one statement on a plain connection of the test's own, outside HistoryDatabase.
void rawExec(const QString& path, const QString& sql)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query{db};
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

bool succeeded(const Result<void>& done)
{
    if (!done)
        qWarning("%s", qPrintable(done.error().toString()));
    return done.ok();
}

QByteArray contents(const QString& path)
{
    QFile file{path};
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray{};
}

double trueMean(qint64 first, qint64 count, int pool)
{
    double sum = 0;
    for (qint64 i = first; i < first + count; ++i)
        sum += historytest::poolTotalOf(i, pool);
    return sum / static_cast<double>(count);
}

} // namespace

class TestHistoryDatabase final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file{0};
    QString newPath() { return m_dir.filePath(QStringLiteral("h%1/target.sqlite").arg(++m_file)); }

private Q_SLOTS:
    void samplesAndEventsRoundTrip()
    {
        const QString path = newPath();
        auto db = openOrFail(path);
        QVERIFY(db);
        const QList<HistoryEvent> events{historytest::eventFor(0),
            HistoryEvent{QDateTime::fromMSecsSinceEpoch(historytest::timeOf(42), Qt::UTC),
                QString{HistoryEventKind::Threshold},
                QStringLiteral("web above 90 % of its budget")}};
        QVERIFY(succeeded(db->write(ticks(0, 100), events)));

        const Result<HistoryRange> range
            = db->readRange(historytest::timeOf(0), historytest::timeOf(99), 1000);
        QVERIFY2(range.ok(), qPrintable(range.ok() ? QString{} : range.error().toString()));
        QCOMPARE(range->pools.size(), historytest::pools().size());
        for (int pool = 0; pool < historytest::pools().size(); ++pool) {
            const HistorySeries* series = range->pool(historytest::pools().at(pool));
            QVERIFY(series);
            QCOMPARE(series->points.size(), 100);
            for (qint64 i = 0; i < 100; ++i) {
                const HistoryPoint& point = series->points.at(i);
                QCOMPARE(point.time, historytest::timeOf(i));
                QCOMPARE(point.min, historytest::poolTotalOf(i, pool));
                QCOMPARE(point.max, historytest::poolTotalOf(i, pool));
                QCOMPARE(point.avg, historytest::poolTotalOf(i, pool));
            }
        }
        QCOMPARE(range->latencyMs.points.size(), 100);
        QCOMPARE(range->latencyMs.points.at(5).max, historytest::latencyOf(5));
        QCOMPARE(range->usableSlots.points.at(7).min, historytest::UsableSlots);
        QCOMPARE(range->sessions.points.at(9).max, historytest::sample(9).clientSessions());
        QVERIFY(range->events == events);
        QVERIFY(range->gaps.isEmpty());
    }

    void dataSurvivesReopening()
    {
        const QString path = newPath();
        {
            auto db = openOrFail(path);
            QVERIFY(db);
            QVERIFY(succeeded(db->write(ticks(0, 30), {historytest::eventFor(0)})));
        }
        {
            auto db = openOrFail(path);
            QVERIFY(db);
            QVERIFY(succeeded(db->write(ticks(30, 30), {})));
        }
        auto reader = openOrFail(path, HistoryDatabase::Mode::Reader);
        QVERIFY(reader);
        const Result<HistoryRange> range
            = reader->readRange(historytest::timeOf(0), historytest::timeOf(59), 100);
        QVERIFY(range.ok());
        QCOMPARE(range->pool(u"web")->points.size(), 60);
        QCOMPARE(range->events.size(), 1);
    }

    void decimationKeepsSpikes_data()
    {
        QTest::addColumn<qint64>("samples");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<qint64>("spikeAt");
        QTest::newRow("six hours at 1 s into 1600 points")
            << qint64{6 * 3600} << 1600 << qint64{12'345};
        QTest::newRow("a spike in the last sample") << qint64{5000} << 300 << qint64{4999};
        QTest::newRow("everything into one point") << qint64{1000} << 1 << qint64{500};
        QTest::newRow("fewer samples than points keeps every sample")
            << qint64{100} << 1600 << qint64{3};
    }
    void decimationKeepsSpikes()
    {
        QFETCH(qint64, samples);
        QFETCH(int, maxPoints);
        QFETCH(qint64, spikeAt);
        auto db = openOrFail(newPath());
        QVERIFY(db);
        QList<HistoryTick> all = ticks(0, samples);
        all[spikeAt].pools[0].byState[0] = 900; // web, active
        QVERIFY(succeeded(db->write(all, {})));

        const qint64 from = historytest::timeOf(0);
        const qint64 to = historytest::timeOf(samples - 1);
        const Result<HistoryRange> range = db->readRange(from, to, maxPoints);
        QVERIFY(range.ok());
        const HistorySeries* web = range->pool(u"web");
        QVERIFY(web);
        QVERIFY2(web->points.size() <= maxPoints, qPrintable(QString::number(web->points.size())));
        QCOMPARE(web->points.size(), std::min<qint64>(samples, maxPoints));
        const auto peak = std::max_element(web->points.cbegin(), web->points.cend(),
            [](const HistoryPoint& a, const HistoryPoint& b) { return a.max < b.max; });
        QVERIFY(peak->max >= 900);
        QVERIFY(peak->time <= historytest::timeOf(spikeAt));
        QVERIFY(peak->time + range->bucketMs > historytest::timeOf(spikeAt));
        // Buckets keep their true low too: the spike does not lift the minimum.
        double lowest = 1e9;
        for (qint64 i = 0; i < samples; ++i)
            lowest
                = std::min<double>(lowest, i == spikeAt ? lowest : historytest::poolTotalOf(i, 0));
        QCOMPARE(std::min_element(web->points.cbegin(), web->points.cend(),
                     [](const HistoryPoint& a, const HistoryPoint& b) { return a.min < b.min; })
                     ->min,
            lowest);
        for (qsizetype i = 1; i < web->points.size(); ++i)
            QVERIFY(web->points.at(i - 1).time < web->points.at(i).time);
        QVERIFY(range->sessions.points.size() <= maxPoints);
        QVERIFY(range->latencyMs.points.size() <= maxPoints);
    }

    void retentionRollsRawTicksIntoMinutes()
    {
        auto db = openOrFail(newPath());
        QVERIFY(db);
        const qint64 samples = 3 * 3600; // three hours at 1 s
        QVERIFY(succeeded(
            db->write(ticks(0, samples), {historytest::eventFor(0), historytest::eventFor(7200)})));
        const qint64 from = historytest::timeOf(0);
        const qint64 to = historytest::timeOf(samples - 1);
        const Result<HistoryRange> before = db->readRange(from, to, 1);
        QVERIFY(before.ok());

        // Raw kept for 1 h: as of 2 h 30 min 30 s, the first 90 whole minutes are rolled.
        const HistoryRetention retention{1h, 24h};
        const qint64 now = from + (150 * 60 + 30) * 1000;
        const Result<HistoryMaintenanceReport> report = db->maintain(now, retention);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString{} : report.error().toString()));
        QCOMPARE(report->rolledTicks, 90 * 60);
        QCOMPARE(report->deletedRollups, 0);

        const Result<HistoryRange> after = db->readRange(from, to, HistoryDatabase::MaxPoints);
        QVERIFY(after.ok());
        const HistorySeries* web = after->pool(u"web");
        QCOMPARE(web->points.size(), 90 + (samples - 90 * 60));
        // Minute 17 holds samples 1020..1079: its min, max and mean.
        const HistoryPoint& minute = web->points.at(17);
        QCOMPARE(minute.time, from + 17 * 60'000);
        double lo = 1e9;
        double hi = -1;
        for (qint64 i = 1020; i < 1080; ++i) {
            lo = std::min<double>(lo, historytest::poolTotalOf(i, 0));
            hi = std::max<double>(hi, historytest::poolTotalOf(i, 0));
        }
        QCOMPARE(minute.min, lo);
        QCOMPARE(minute.max, hi);
        QCOMPARE(minute.avg, trueMean(1020, 60, 0));
        QCOMPARE(after->latencyMs.points.at(17).max, 8.0);
        // Raw samples follow, still one per second.
        QCOMPARE(web->points.at(90).time, historytest::timeOf(90 * 60));

        // One bucket over both tiers gives what it gave before the rollup: seamless.
        const Result<HistoryRange> merged = db->readRange(from, to, 1);
        QVERIFY(merged.ok());
        for (int pool = 0; pool < historytest::pools().size(); ++pool) {
            const HistoryPoint& a = before->pools.at(pool).points.at(0);
            const HistoryPoint& b = merged->pools.at(pool).points.at(0);
            QCOMPARE(b.min, a.min);
            QCOMPARE(b.max, a.max);
            QCOMPARE(b.avg, a.avg);
        }

        // A late raw sample in a rolled minute merges into that minute exactly.
        QVERIFY(succeeded(db->write({historytest::tick(1020)}, {})));
        QVERIFY(db->maintain(now, retention).ok());
        const Result<HistoryRange> late = db->readRange(from, to, HistoryDatabase::MaxPoints);
        QCOMPARE(late->pool(u"web")->points.at(17).avg,
            (trueMean(1020, 60, 0) * 60 + historytest::poolTotalOf(1020, 0)) / 61);

        // Two days later every rollup and the old events are gone; raw rows under 1 h stay.
        const Result<HistoryMaintenanceReport> pruned
            = db->maintain(now + 48 * 3600 * 1000, retention);
        QVERIFY(pruned.ok());
        QCOMPARE(pruned->deletedRollups, samples / 60);
        QCOMPARE(pruned->deletedEvents, 2);
        const Result<HistoryRange> empty = db->readRange(from, to, 100);
        QVERIFY(empty->pools.isEmpty());
        QVERIFY(empty->events.isEmpty());
    }

    void disconnectsBecomeGaps()
    {
        auto db = openOrFail(newPath());
        QVERIFY(db);
        auto event = [](qint64 index, QLatin1String kind) {
            return HistoryEvent{QDateTime::fromMSecsSinceEpoch(historytest::timeOf(index), Qt::UTC),
                QString{kind}, QStringLiteral("server closed the connection unexpectedly")};
        };
        QVERIFY(succeeded(db->write(ticks(0, 10),
            {event(10, HistoryEventKind::Disconnected), event(20, HistoryEventKind::Reconnected),
                event(30, HistoryEventKind::Annotation),
                event(40, HistoryEventKind::Disconnected)})));

        Result<HistoryRange> range
            = db->readRange(historytest::timeOf(0), historytest::timeOf(50), 100);
        QVERIFY(range.ok());
        QCOMPARE(range->events.size(), 4);
        QCOMPARE(range->gaps.size(), 2);
        QCOMPARE(range->gaps.at(0).from, historytest::timeOf(10));
        QCOMPARE(range->gaps.at(0).to, historytest::timeOf(20));
        QVERIFY(!range->gaps.at(0).ongoing);
        QCOMPARE(range->gaps.at(1).from, historytest::timeOf(40));
        QCOMPARE(range->gaps.at(1).to, historytest::timeOf(50));
        QVERIFY(range->gaps.at(1).ongoing);

        // A range that starts inside a gap starts with it.
        range = db->readRange(historytest::timeOf(15), historytest::timeOf(25), 100);
        QCOMPARE(range->gaps.size(), 1);
        QCOMPARE(range->gaps.at(0).from, historytest::timeOf(15));
        QCOMPARE(range->gaps.at(0).to, historytest::timeOf(20));
    }

    void refusesFilesItMustNotTouch_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer schema than this build")
            << QStringLiteral("newer") << QStringLiteral("newer opsdash");
        QTest::newRow("not a SQLite file")
            << QStringLiteral("text") << QStringLiteral("not a readable SQLite");
        QTest::newRow("someone else's SQLite file")
            << QStringLiteral("foreign") << QStringLiteral("not an opsdash history");
    }
    void refusesFilesItMustNotTouch()
    {
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        const QString path = newPath();
        QVERIFY(QDir{}.mkpath(QFileInfo{path}.absolutePath()));
        if (setup == QLatin1String{"newer"}) {
            {
                auto db = openOrFail(path);
                QVERIFY(db);
                QVERIFY(succeeded(db->write(ticks(0, 5), {})));
            }
            rawExec(path,
                QStringLiteral("PRAGMA user_version = %1")
                    .arg(HistorySchema::currentVersion() + 1));
        } else if (setup == QLatin1String{"text"}) {
            QFile file{path};
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray{"host,port\n127.0.0.1,5432\n"}.repeated(200));
        } else {
            rawExec(path, QStringLiteral("CREATE TABLE notes(body TEXT)"));
        }
        const QByteArray original = contents(path);

        for (const auto mode : {HistoryDatabase::Mode::Writer, HistoryDatabase::Mode::Reader}) {
            const Result<std::unique_ptr<HistoryDatabase>> db = HistoryDatabase::open(path, mode);
            QVERIFY(!db.ok());
            QVERIFY2(db.error().toString().contains(path), qPrintable(db.error().toString()));
            QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        }
        QCOMPARE(contents(path), original);
    }

    void unwritableLocationIsAClearError()
    {
        // A regular file where a directory should be: fails for root too.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile file{blocker};
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + QStringLiteral("/history/target.sqlite");
        const Result<std::unique_ptr<HistoryDatabase>> db = HistoryDatabase::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("cannot create the history directory")),
            qPrintable(db.error().toString()));
        QVERIFY(db.error().toString().contains(path));
    }

    void readerNeedsAnExistingFile()
    {
        const QString path = newPath();
        const Result<std::unique_ptr<HistoryDatabase>> db
            = HistoryDatabase::open(path, HistoryDatabase::Mode::Reader);
        QVERIFY(!db.ok());
        QVERIFY(db.error().toString().contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void schemaIsWalAndVersioned()
    {
        const QString path = newPath();
        {
            auto db = openOrFail(path);
            QVERIFY(db);
        }
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query{raw};
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), HistorySchema::currentVersion());
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
            QCOMPARE(query.value(0).toInt(), HistorySchema::ApplicationId);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "tst_historydatabase.moc"
