#pragma once

#include "HistoryTypes.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace opsdash {

// One SQLite connection to a history file, and everything done through it. Synchronous:
// HistoryStore drives one from its worker thread; a CLI or a test may open a Reader on
// any thread (a connection belongs to the thread that opened it).
class HistoryDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)
    Q_DISABLE_COPY_MOVE(HistoryDatabase)

public:
    enum class Mode {
        Writer, // creates the file and its directory, applies migrations
        Reader, // the file must exist at the current schema version; never writes
    };
    static constexpr int MaxPoints = 100'000;

    // Refuses, without touching the file: a non-SQLite file, a SQLite file that is not an
    // opsdash history, a schema newer than this build knows. The error names the file.
    static Result<std::unique_ptr<HistoryDatabase>> open(
        const QString& path, Mode mode = Mode::Writer);
    ~HistoryDatabase();

    QString path() const { return m_path; }

    // How long a write waits for another connection's lock before it gives up with a busy
    // error: short, so that the worker thread stays free for reads and retries later.
    static constexpr int kWriteBusyTimeoutMs{200};
    // Another connection holds the file's write lock (SQLITE_BUSY or SQLITE_LOCKED): the batch
    // is not lost, only not written yet.
    static bool isBusy(const Error& error);

    // One transaction: either every row of the batch is in the file or none is. An
    // acknowledgement with a stored id replaces its row (it ended).
    Result<void> write(const QList<HistoryTick>& ticks, const QList<HistoryEvent>& events,
        const QList<Acknowledgement>& acknowledgements = {});

    // Folds raw ticks older than retention.rawAge (whole minutes only) into 1-minute
    // rollups and deletes them; deletes rollups and events older than retention.rollupAge.
    Result<HistoryMaintenanceReport> maintain(qint64 nowMs, const HistoryRetention& retention);

    // Both tiers over [from, to] (ms since epoch), each series cut into at most maxPoints
    // equal buckets (min, max and mean per bucket), plus the events and gaps in the range.
    Result<HistoryRange> readRange(qint64 from, qint64 to, int maxPoints);

private:
    HistoryDatabase(QString path, QString connectionName);
    Result<void> initialise(Mode mode);
    Result<void> migrate();
    Result<int> poolId(const QString& name);
    Error sqlError(const QString& what, const QSqlError& error) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, int> m_poolIds;
    std::unique_ptr<QSqlQuery> m_insertTick;
    std::unique_ptr<QSqlQuery> m_insertPoolTick;
    std::unique_ptr<QSqlQuery> m_insertEvent;
    std::unique_ptr<QSqlQuery> m_insertAcknowledgement;
};

} // namespace opsdash
