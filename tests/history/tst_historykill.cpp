#include "HistoryTestData.h"
#include "history/HistoryDatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace opsdash;

namespace {

struct TickFields
{
    qint64 time{0};
    qint64 latencyMs{0};
    int sessions{0};
    int usableSlots{0};

    friend bool operator==(const TickFields&, const TickFields&) = default;
};

// What a killed writer left, read with a plain SQLite connection (not the store's code).
struct FileCheck
{
    QString integrity;
    qint64 ticks{0};
    QString problem; // empty when the rows are exactly samples 0..ticks-1
};

FileCheck checkFile(const QString& path)
{
    FileCheck check;
    const QString name = QStringLiteral("kill-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            check.problem = db.lastError().text();
            return check;
        }
        QSqlQuery query{db};
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            QStringList lines;
            while (query.next())
                lines.append(query.value(0).toString());
            check.integrity = lines.join(u'\n');
        } else {
            check.integrity = query.lastError().text();
        }

        query.exec(
            QStringLiteral("SELECT t, latency_ms, sessions, usable_slots FROM tick ORDER BY t"));
        while (query.next() && check.problem.isEmpty()) {
            const qint64 i = check.ticks++;
            const TickFields expected{historytest::timeOf(i), historytest::latencyOf(i),
                historytest::sample(i).clientSessions(), historytest::UsableSlots};
            const TickFields actual{query.value(0).toLongLong(), query.value(1).toLongLong(),
                query.value(2).toInt(), query.value(3).toInt()};
            if (!(actual == expected))
                check.problem
                    = QStringLiteral("tick row %1 is not sample %1 (t=%2)").arg(i).arg(actual.time);
        }

        const QStringList pools = historytest::pools();
        query.exec(QStringLiteral(
            "SELECT p.t, pool.name, p.active, p.idle, p.idle_tx, p.idle_tx_aborted, p.other,"
            " p.unknown FROM pool_tick p JOIN pool ON pool.id = p.pool"));
        qint64 poolRows = 0;
        while (query.next() && check.problem.isEmpty()) {
            ++poolRows;
            const qint64 i
                = (query.value(0).toLongLong() - historytest::Epoch) / historytest::StepMs;
            const int pool = static_cast<int>(pools.indexOf(query.value(1).toString()));
            for (int state = 0; state < static_cast<int>(BackendStateCount); ++state) {
                if (i < 0 || i >= check.ticks || pool < 0
                    || query.value(2 + state).toInt() != historytest::countOf(i, pool, state))
                    check.problem = QStringLiteral("pool row for sample %1 is wrong").arg(i);
            }
        }
        if (check.problem.isEmpty() && poolRows != check.ticks * pools.size())
            check.problem = QStringLiteral("%1 pool rows for %2 ticks: a torn batch")
                                .arg(poolRows)
                                .arg(check.ticks);

        // Each sample's event is queued before it: every sample present has its event.
        // The event of the next, unwritten sample may be there too (written again later).
        QSet<qint64> events;
        query.exec(QStringLiteral("SELECT t FROM event"));
        while (query.next())
            events.insert((query.value(0).toLongLong() - historytest::Epoch) / historytest::StepMs);
        for (qint64 i = 0; i < check.ticks && check.problem.isEmpty();
             i += historytest::EventEvery) {
            if (!events.contains(i))
                check.problem = QStringLiteral("the event of sample %1 is missing").arg(i);
        }
        for (const qint64 i : std::as_const(events)) {
            if (i % historytest::EventEvery != 0 || i > check.ticks)
                check.problem
                    = QStringLiteral("an event for sample %1 that was never written").arg(i);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

} // namespace

class TestHistoryKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killNineLosesAtMostTheUncommittedBatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history/target.sqlite"));
        const QString counterPath = dir.filePath(QStringLiteral("appended"));
        static const QRegularExpression committedLine{
            QStringLiteral("^committed (\\d+)$"), QRegularExpression::MultilineOption};

        // 50 rounds, each resuming on the file the previous kill left. Each is killed a
        // different number of committed samples in, and a different time after the last
        // commit it saw, so that kills land before, inside and after a transaction.
        constexpr int kRounds{50};
        qint64 present = 0;
        qint64 maxLost = 0;
        qint64 maxBatch = 0;
        qint64 totalLost = 0;
        int roundsLosingMoreThanABatch = 0;
        for (int round = 0; round < kRounds; ++round) {
            const qint64 moment = 1 + (round * 7919) % 2500;
            const int delayUs = (round * 3571) % 8000;
            QFile::remove(counterPath);
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(
                QStringLiteral(HISTORY_WRITER), {path, QString::number(present), counterPath});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

            qint64 committed = present;
            qint64 largestBatch = 0;
            QByteArray output;
            auto readCommitted = [&] {
                output += writer.readAllStandardOutput();
                qsizetype consumed = 0;
                auto lines = committedLine.globalMatch(QString::fromLatin1(output));
                while (lines.hasNext()) {
                    const QRegularExpressionMatch line = lines.next();
                    const qint64 value = line.captured(1).toLongLong();
                    largestBatch = std::max(largestBatch, value - committed);
                    committed = std::max(committed, value);
                    consumed = line.capturedEnd();
                }
                output.remove(0, consumed);
            };
            while (committed < present + moment) {
                QVERIFY2(writer.waitForReadyRead(60'000),
                    qPrintable(QStringLiteral("writer stalled: ")
                        + QString::fromLocal8Bit(writer.readAllStandardError())));
                readCommitted();
            }
            QThread::usleep(static_cast<unsigned long>(delayUs)); // varies where the kill lands
            writer.kill(); // SIGKILL: no flush, no close, no atexit
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            readCommitted();

            QFile counter{counterPath};
            QVERIFY(counter.open(QIODevice::ReadOnly));
            qint64 appended = 0;
            QCOMPARE(counter.read(reinterpret_cast<char*>(&appended), sizeof appended),
                qint64{sizeof appended});

            const FileCheck check = checkFile(path);
            QCOMPARE(check.integrity, QStringLiteral("ok"));
            QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
            // Nothing committed is lost; what goes beyond was committed before the
            // writer could report it.
            QVERIFY2(check.ticks >= committed,
                qPrintable(QStringLiteral("%1 ticks in the file, %2 reported committed")
                               .arg(check.ticks)
                               .arg(committed)));
            QVERIFY(check.ticks > present);
            QVERIFY(check.ticks <= appended);
            // What the kill lost is what was still in memory: the samples appended since
            // the last commit that made it to disk.
            const qint64 lost = appended - check.ticks;
            maxLost = std::max(maxLost, lost);
            maxBatch = std::max(maxBatch, largestBatch);
            totalLost += lost;
            if (lost > largestBatch)
                ++roundsLosingMoreThanABatch;
            qInfo("round %d: %lld appended, %lld reported committed, %lld in the file, %lld lost "
                  "(largest batch this round %lld)",
                round + 1, appended, committed, check.ticks, lost, largestBatch);
            present = check.ticks;
        }
        qInfo("%d rounds: %lld samples kept; lost per kill: max %lld, mean %.1f; largest batch "
              "%lld; rounds losing more than the largest batch: %d",
            kRounds, present, maxLost, static_cast<double>(totalLost) / kRounds, maxBatch,
            roundsLosingMoreThanABatch);

        // The store's own reader opens what the kills left.
        Result<std::unique_ptr<HistoryDatabase>> reader
            = HistoryDatabase::open(path, HistoryDatabase::Mode::Reader);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString{} : reader.error().toString()));
        const Result<HistoryRange> range = reader.value()->readRange(
            historytest::timeOf(0), historytest::timeOf(present - 1), 1600);
        QVERIFY(range.ok());
        QCOMPARE(range->pools.size(), historytest::pools().size());
    }
};

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "tst_historykill.moc"
