// HistoryDatabase::readRange at the edges of qint64: any from ≤ to is a valid request and
// gives every row in it (the history_read fuzz target's ranges overflowed the bucket width
// and the rollup window; UBSan reported it).
#include "HistoryTestData.h"
#include "history/HistoryDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace opsdash;

class TestHistoryRanges final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("ranges.sqlite"));
        auto writer = HistoryDatabase::open(m_path, HistoryDatabase::Mode::Writer);
        QVERIFY(writer.ok());
        QList<HistoryTick> ticks;
        for (qint64 i = 0; i < 10; ++i)
            ticks.append(historytest::tick(i));
        QVERIFY(writer.value()->write(ticks, {}).ok());
    }

    void extremeRangesAreRead_data()
    {
        constexpr qint64 min{std::numeric_limits<qint64>::min()};
        constexpr qint64 max{std::numeric_limits<qint64>::max()};
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<qint64>("bucketMs");
        QTest::addColumn<int>("points"); // in the sessions series
        QTest::newRow("all of qint64 in one bucket: the widest width")
            << min << max << 1 << max << 1;
        QTest::newRow("all of qint64 in two buckets: the ticks share the upper one")
            << min << max << 2 << max << 1;
        QTest::newRow("from the lowest time to past the ticks")
            << min << historytest::timeOf(20) << 1000 << qint64{0} << 1;
        QTest::newRow("a range at the very start of time holds nothing")
            << min << min + 5 << 10 << qint64{1} << 0;
        QTest::newRow("a range at the very end of time holds nothing")
            << max - 5 << max << 10 << qint64{1} << 0;
    }

    void extremeRangesAreRead()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, maxPoints);
        QFETCH(qint64, bucketMs);
        QFETCH(int, points);
        auto reader = HistoryDatabase::open(m_path, HistoryDatabase::Mode::Reader);
        QVERIFY(reader.ok());
        const Result<HistoryRange> range = reader.value()->readRange(from, to, maxPoints);
        QVERIFY2(range.ok(), qPrintable(range.ok() ? QString{} : range.error().toString()));
        QVERIFY(range->bucketMs > 0);
        if (bucketMs != 0)
            QCOMPARE(range->bucketMs, bucketMs);
        QCOMPARE(range->sessions.points.size(), points);
        if (points > 0) {
            // Every one of the 10 ticks is in the range, so the bucket's min and max are theirs.
            double lowest = 1e9;
            for (qint64 i = 0; i < 10; ++i)
                lowest = std::min(
                    lowest, static_cast<double>(historytest::sample(i).clientSessions()));
            QCOMPARE(range->sessions.points.constFirst().min, lowest);
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryRanges)
#include "tst_historyranges.moc"
