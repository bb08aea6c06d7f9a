#include "HistoryTestData.h"
#include "history/HistoryDatabase.h"
#include "history/HistoryPaths.h"
#include "history/HistorySchema.h"
#include "history/HistoryStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace opsdash;
using namespace std::chrono_literals;

namespace {

HistoryOptions testOptions()
{
    HistoryOptions options;
    options.flushInterval = 20ms;
    options.batchTicks = 64;
    options.maintenanceInterval = 0ms; // synthetic timestamps: no maintenance on the real clock
    return options;
}

QDateTime at(qint64 index)
{
    return QDateTime::fromMSecsSinceEpoch(historytest::timeOf(index), Qt::UTC);
}

// Reads through a connection of the test's own thread, as a CLI would.
Result<HistoryRange> readNow(const QString& path, qint64 first, qint64 last, int maxPoints)
{
    Result<std::unique_ptr<HistoryDatabase>> db
        = HistoryDatabase::open(path, HistoryDatabase::Mode::Reader);
    if (!db)
        return db.error();
    return db.value()->readRange(historytest::timeOf(first), historytest::timeOf(last), maxPoints);
}

} // namespace

class TestHistoryStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file{0};
    QString newPath() { return m_dir.filePath(QStringLiteral("s%1/target.sqlite").arg(++m_file)); }

private Q_SLOTS:
    void appendedSamplesComeBackFromARangeRequest()
    {
        HistoryStore store{testOptions()};
        QSignalSpy opened{&store, &HistoryStore::opened};
        QSignalSpy ready{&store, &HistoryStore::rangeReady};
        const QString path = newPath();
        store.open(path);
        // Appends made before the file is open are kept.
        for (qint64 i = 0; i < 50; ++i)
            store.append(historytest::sample(i), historytest::UsableSlots);
        store.recordEvent(
            HistoryEvent{at(10), QString{HistoryEventKind::Disconnected}, QStringLiteral("EOF")});
        store.recordEvent(HistoryEvent{at(12), QString{HistoryEventKind::Reconnected}, QString{}});
        QVERIFY(opened.wait());
        QCOMPARE(opened.at(0).at(0).toString(), path);

        const quint64 id = store.requestRange(at(0), at(49), 25);
        QVERIFY(ready.wait());
        QCOMPARE(ready.at(0).at(0).toULongLong(), id);
        const auto range = ready.at(0).at(1).value<HistoryRange>();
        QCOMPARE(range.pools.size(), historytest::pools().size());
        QCOMPARE(range.pool(u"scheduling")->points.size(), 25);
        QCOMPARE(range.events.size(), 2);
        QCOMPARE(range.gaps.size(), 1);
        QCOMPARE(range.gaps.at(0).from, historytest::timeOf(10));
        QCOMPARE(range.gaps.at(0).to, historytest::timeOf(12));
        double expectedMax = 0;
        for (qint64 i = 0; i < 2; ++i)
            expectedMax = std::max<double>(expectedMax, historytest::poolTotalOf(i, 1));
        QCOMPARE(range.pool(u"scheduling")->points.at(0).max, expectedMax);
    }

    void destroyingTheStoreWritesWhatIsQueued()
    {
        const QString path = newPath();
        {
            HistoryOptions options = testOptions();
            options.flushInterval = 1h; // only the shutdown flush can write these
            options.batchTicks = 1'000'000;
            HistoryStore store{options};
            QSignalSpy opened{&store, &HistoryStore::opened};
            store.open(path);
            QVERIFY(opened.wait());
            for (qint64 i = 0; i < 300; ++i)
                store.append(historytest::sample(i), historytest::UsableSlots);
            store.recordEvent(historytest::eventFor(299));
        }
        const Result<HistoryRange> range = readNow(path, 0, 299, 1000);
        QVERIFY2(range.ok(), qPrintable(range.ok() ? QString{} : range.error().toString()));
        QCOMPARE(range->pool(u"web")->points.size(), 300);
        QCOMPARE(range->events.size(), 1);
    }

    void openFailureIsReportedWithTheFile()
    {
        const QString path = newPath();
        {
            HistoryStore store{testOptions()};
            QSignalSpy opened{&store, &HistoryStore::opened};
            store.open(path);
            QVERIFY(opened.wait());
        }
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery{raw}.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        HistoryStore store{testOptions()};
        QSignalSpy failed{&store, &HistoryStore::openFailed};
        QSignalSpy flushed{&store, &HistoryStore::flushed};
        store.open(path);
        QVERIFY(failed.wait());
        const auto error = failed.at(0).at(0).value<Error>();
        QVERIFY2(error.toString().contains(path), qPrintable(error.toString()));
        QVERIFY(error.message.contains(QStringLiteral("newer opsdash")));
        // Appends after a failed open are dropped, never written anywhere.
        store.append(historytest::sample(0), historytest::UsableSlots);
        store.flush();
        QSignalSpy rangeFailed{&store, &HistoryStore::rangeFailed};
        store.requestRange(at(0), at(1), 10);
        QVERIFY(rangeFailed.wait());
        QCOMPARE(flushed.size(), 0);
    }

    void appendingWhileReadingSeesWholeBatches()
    {
        const QString path = newPath();
        HistoryStore store{testOptions()};
        QSignalSpy opened{&store, &HistoryStore::opened};
        store.open(path);
        QVERIFY(opened.wait());

        constexpr qint64 total = 20'000;
        std::atomic<bool> done{false};
        QThread* writer = QThread::create([&] {
            for (qint64 i = 0; i < total; ++i)
                store.append(historytest::sample(i), historytest::UsableSlots);
            done = true;
        });
        writer->start();
        // Also on a failed QVERIFY: the writer must stop before the store goes away.
        const auto joinWriter = qScopeGuard([writer] {
            writer->wait();
            delete writer;
        });
        const QDeadlineTimer deadline{120s};

        Result<std::unique_ptr<HistoryDatabase>> reader
            = HistoryDatabase::open(path, HistoryDatabase::Mode::Reader);
        QVERIFY(reader.ok());
        QSignalSpy ready{&store, &HistoryStore::rangeReady};
        qsizetype seen = 0;
        int reads = 0;
        while (!done || seen < total) {
            QVERIFY2(!deadline.hasExpired(),
                qPrintable(QStringLiteral("only %1 ticks arrived").arg(seen)));
            const Result<HistoryRange> range = reader.value()->readRange(
                historytest::timeOf(0), historytest::timeOf(total - 1), HistoryDatabase::MaxPoints);
            QVERIFY2(range.ok(), qPrintable(range.ok() ? QString{} : range.error().toString()));
            const qsizetype now = range->sessions.points.size();
            QVERIFY(now >= seen);
            // One snapshot: every pool has exactly the ticks the tick table has.
            for (const HistorySeries& pool : range->pools)
                QCOMPARE(pool.points.size(), now);
            seen = now;
            ++reads;
            // Reads through the store interleave with its writes on the worker.
            if (reads % 5 == 0) {
                store.requestRange(at(0), at(total - 1), 1600);
                // Queued behind the writer's batches: seconds under ASan on a busy machine.
                QVERIFY(ready.wait(60'000));
                QVERIFY(ready.last().at(1).value<HistoryRange>().sessions.points.size() <= 1600);
            }
            QCoreApplication::processEvents();
        }
        QCOMPARE(seen, total);
        QVERIFY(reads > 1);
    }

    void maintenanceRunsWithAnInjectedClock()
    {
        HistoryOptions options = testOptions();
        options.retention = HistoryRetention{10min, 24h};
        HistoryStore store{options};
        QSignalSpy opened{&store, &HistoryStore::opened};
        QSignalSpy finished{&store, &HistoryStore::maintenanceFinished};
        const QString path = newPath();
        store.open(path);
        QVERIFY(opened.wait());
        for (qint64 i = 0; i < 3600; ++i)
            store.append(historytest::sample(i), historytest::UsableSlots);
        store.runMaintenance(at(3600));
        QVERIFY(finished.wait());
        // Raw kept for 10 min as of minute 60: minutes 0..49 are rolled up.
        QCOMPARE(finished.at(0).at(0).value<HistoryMaintenanceReport>().rolledTicks, 50 * 60);
        const Result<HistoryRange> range = readNow(path, 0, 3599, HistoryDatabase::MaxPoints);
        QVERIFY(range.ok());
        QCOMPARE(range->pool(u"monitor")->points.size(), 50 + 10 * 60);
    }

    void openForTargetUsesTheDataDirectory()
    {
        HistoryStore store{testOptions()};
        QSignalSpy opened{&store, &HistoryStore::opened};
        store.openForTarget(QStringLiteral("127.0.0.1:5432/postgres"));
        QVERIFY(opened.wait());
        const QString path = opened.at(0).at(0).toString();
        QCOMPARE(
            path, HistoryPaths::defaultPathForTarget(QStringLiteral("127.0.0.1:5432/postgres")));
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
