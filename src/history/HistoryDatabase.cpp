#include "HistoryDatabase.h"

#include "HistoryLogging.h"
#include "HistorySchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

namespace opsdash {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter{0};
    return QStringLiteral("opsdash.history.") + QString::number(counter.fetchAndAddRelaxed(1));
}

// Accumulates values falling into one bucket of a decimated series.
struct Bucket
{
    qint64 n{0};
    qint64 time{0};
    qint64 last{0};
    double min{0};
    double max{0};
    double sum{0};

    // `end`: the last moment the row speaks for (a rollup minute's end, a tick's own time).
    void add(qint64 t, qint64 end, double lo, double hi, double total, qint64 count)
    {
        if (n == 0) {
            time = t;
            last = end;
            min = lo;
            max = hi;
        } else {
            time = std::min(time, t);
            last = std::max(last, end);
            min = std::min(min, lo);
            max = std::max(max, hi);
        }
        sum += total;
        n += count;
    }
};

class Buckets
{
public:
    Buckets(qint64 from, qint64 width, int count)
        : m_from{from}
        , m_width{width}
        , m_count{count}
    { }

    void add(std::vector<Bucket>& series, qint64 t, double lo, double hi, double total,
        qint64 count) const
    {
        add(series, t, t, lo, hi, total, count);
    }

    // A rollup row: a whole minute from `t`.
    void addMinute(std::vector<Bucket>& series, qint64 t, double lo, double hi, double total,
        qint64 count) const
    {
        add(series, t, t + HistoryRollupBucketMs - 1, lo, hi, total, count);
    }

    void add(std::vector<Bucket>& series, qint64 t, qint64 end, double lo, double hi, double total,
        qint64 count) const
    {
        if (series.empty())
            series.resize(static_cast<std::size_t>(m_count));
        // A rollup minute that starts before `from` still holds data inside the range.
        // Unsigned: a range may span the whole of qint64, where t − from overflows.
        const quint64 offset
            = t < m_from ? 0 : static_cast<quint64>(t) - static_cast<quint64>(m_from);
        const qint64 index = static_cast<qint64>(std::min<quint64>(
            offset / static_cast<quint64>(m_width), static_cast<quint64>(m_count - 1)));
        series[static_cast<std::size_t>(index)].add(t, end, lo, hi, total, count);
    }

    static HistorySeries toSeries(const QString& name, const std::vector<Bucket>& buckets)
    {
        HistorySeries series{name, {}};
        for (const Bucket& bucket : buckets) {
            if (bucket.n > 0)
                series.points.append(HistoryPoint{bucket.time, bucket.min, bucket.max,
                    bucket.sum / static_cast<double>(bucket.n), bucket.last, bucket.n});
        }
        return series;
    }

private:
    qint64 m_from;
    qint64 m_width;
    int m_count;
};

} // namespace

HistoryDatabase::HistoryDatabase(QString path, QString connectionName)
    : m_path{std::move(path)}
    , m_connectionName{std::move(connectionName)}
{ }

HistoryDatabase::~HistoryDatabase()
{
    // Statements first: SQLite keeps the WAL until the last statement on it is finalised.
    m_insertTick.reset();
    m_insertPoolTick.reset();
    m_insertEvent.reset();
    m_insertAcknowledgement.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase{};
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error HistoryDatabase::sqlError(const QString& what, const QSqlError& error) const
{
    return Error{what + QStringLiteral(": ") + error.text(), m_path, error.nativeErrorCode()};
}

bool HistoryDatabase::isBusy(const Error& error)
{
    bool ok{false};
    // Primary or extended result code (SQLITE_BUSY_SNAPSHOT is 517: 5 in the low byte).
    const int code = error.code.toInt(&ok) & 0xff;
    return ok && (code == 5 || code == 6);
}

Result<std::unique_ptr<HistoryDatabase>> HistoryDatabase::open(const QString& path, Mode mode)
{
    const QFileInfo info{path};
    if (mode == Mode::Reader && !info.exists())
        return Error{tr("no history file here"), path};
    if (info.exists() && !info.isFile())
        return Error{tr("not a file"), path};
    if (mode == Mode::Writer && !QDir{}.mkpath(info.absolutePath()))
        return Error{tr("cannot create the history directory %1").arg(info.absolutePath()), path};

    std::unique_ptr<HistoryDatabase> database{new HistoryDatabase{path, nextConnectionName()}};
    if (Result<void> initialised = database->initialise(mode); !initialised)
        return std::move(initialised).error();
    return database;
}

Result<void> HistoryDatabase::initialise(Mode mode)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return Error{tr("the Qt SQLite driver (QSQLITE) is not available"), m_path};
    m_db.setDatabaseName(m_path);
    // The writer holds its lock for one batch at a time; readers wait rather than fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return sqlError(tr("cannot open the history file"), m_db.lastError());

    QSqlQuery query{m_db};
    // The first statement reads the header: this is where a non-SQLite file shows.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(tr("not a readable SQLite history file"), query.lastError());
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return sqlError(tr("not a readable SQLite history file"), query.lastError());
    const int applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return sqlError(tr("not a readable SQLite history file"), query.lastError());
    const bool empty = query.value(0).toInt() == 0;

    if (version > HistorySchema::currentVersion()) {
        return Error{
            tr("written by a newer opsdash (history schema %1; this build knows up to %2); "
               "not opening it, so that it is not damaged")
                .arg(version)
                .arg(HistorySchema::currentVersion()),
            m_path};
    }
    if (!empty && applicationId != HistorySchema::ApplicationId)
        return Error{tr("a SQLite file that is not an opsdash history; not touching it"), m_path};

    if (mode == Mode::Reader) {
        if (version < HistorySchema::currentVersion()) {
            return Error{
                tr("history schema %1 is older than this build's %2; open it with the opsdash "
                   "GUI once to upgrade it")
                    .arg(version)
                    .arg(HistorySchema::currentVersion()),
                m_path};
        }
        query.exec(QStringLiteral("PRAGMA query_only = ON"));
        return {};
    }

    // WAL: readers never block the writer, and a killed writer leaves a file SQLite
    // recovers on the next open. NORMAL: a commit survives a process kill (not a power
    // cut, which may lose the last transactions but never corrupts).
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return sqlError(tr("cannot switch the history file to WAL"), query.lastError());
    if (query.value(0).toString().compare(QLatin1String{"wal"}, Qt::CaseInsensitive) != 0)
        return Error{tr("the file system does not support SQLite's WAL mode"), m_path};
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return sqlError(tr("cannot configure the history file"), query.lastError());
    if (Result<void> migrated = migrate(); !migrated)
        return migrated;
    // From here on a locked file fails a batch quickly; the worker keeps and retries it.
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kWriteBusyTimeoutMs)))
        return sqlError(tr("cannot configure the history file"), query.lastError());

    m_insertTick = std::make_unique<QSqlQuery>(m_db);
    m_insertPoolTick = std::make_unique<QSqlQuery>(m_db);
    m_insertEvent = std::make_unique<QSqlQuery>(m_db);
    m_insertAcknowledgement = std::make_unique<QSqlQuery>(m_db);
    if (!m_insertTick->prepare(QStringLiteral("INSERT OR REPLACE INTO tick VALUES(?, ?, ?, ?)"))
        || !m_insertPoolTick->prepare(
            QStringLiteral("INSERT OR REPLACE INTO pool_tick VALUES(?, ?, ?, ?, ?, ?, ?, ?)"))
        || !m_insertEvent->prepare(
            QStringLiteral("INSERT INTO event(t, kind, message) VALUES(?, ?, ?)"))
        || !m_insertAcknowledgement->prepare(
            QStringLiteral("INSERT OR REPLACE INTO acknowledgement(id, subject, target, kind, who,"
                           " t, note, until, ended) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return sqlError(tr("cannot prepare history statements"), m_db.lastError());
    }
    return {};
}

Result<void> HistoryDatabase::migrate()
{
    // One transaction for all steps: a kill half-way leaves the old version intact.
    QSqlQuery query{m_db};
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(tr("cannot lock the history file to upgrade it"), query.lastError());
    auto fail = [&](const QString& what, const QSqlError& error) {
        const Error result = sqlError(what, error);
        QSqlQuery{m_db}.exec(QStringLiteral("ROLLBACK"));
        return result;
    };
    // Read again under the lock: another writer may have migrated meanwhile.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(tr("cannot read the history schema version"), query.lastError());
    const int from = query.value(0).toInt();
    const auto steps = HistorySchema::migrations();
    for (int version = from; version < static_cast<int>(steps.size()); ++version) {
        for (const QString& statement : steps[static_cast<std::size_t>(version)]) {
            if (!query.exec(statement))
                return fail(
                    tr("upgrading the history schema to version %1 failed").arg(version + 1),
                    query.lastError());
        }
    }
    if (from < HistorySchema::currentVersion()) {
        // PRAGMA takes no bound parameters; both values are integers of ours.
        if (!query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(HistorySchema::currentVersion()))
            || !query.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(HistorySchema::ApplicationId)))
            return fail(tr("cannot record the history schema version"), query.lastError());
        qCInfo(lcHistory) << "history schema" << from << "->" << HistorySchema::currentVersion()
                          << m_path;
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(tr("cannot commit the history schema upgrade"), query.lastError());
    return {};
}

Result<int> HistoryDatabase::poolId(const QString& name)
{
    if (const auto found = m_poolIds.constFind(name); found != m_poolIds.constEnd())
        return found.value();
    QSqlQuery query{m_db};
    query.prepare(QStringLiteral("INSERT INTO pool(name) VALUES(?) ON CONFLICT(name) DO NOTHING"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(tr("cannot store pool %1").arg(name), query.lastError());
    query.prepare(QStringLiteral("SELECT id FROM pool WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return sqlError(tr("cannot store pool %1").arg(name), query.lastError());
    const int id = query.value(0).toInt();
    m_poolIds.insert(name, id);
    return id;
}

Result<void> HistoryDatabase::write(const QList<HistoryTick>& ticks,
    const QList<HistoryEvent>& events, const QList<Acknowledgement>& acknowledgements)
{
    if (!m_insertTick)
        return Error{tr("the history file is open for reading only"), m_path};
    if (ticks.isEmpty() && events.isEmpty() && acknowledgements.isEmpty())
        return {};
    if (!m_db.transaction())
        return sqlError(tr("cannot start writing history"), m_db.lastError());
    auto fail = [&](const QString& what, const QSqlError& error) {
        const Error result = sqlError(what, error);
        m_db.rollback();
        m_poolIds.clear(); // ids inserted by this transaction are gone
        return result;
    };

    for (const HistoryTick& tick : ticks) {
        m_insertTick->bindValue(0, tick.time);
        m_insertTick->bindValue(1, tick.latencyMs);
        m_insertTick->bindValue(2, tick.sessions);
        m_insertTick->bindValue(3, tick.usableSlots);
        if (!m_insertTick->exec())
            return fail(tr("cannot write history"), m_insertTick->lastError());
        for (const PoolUsage& usage : tick.pools) {
            const Result<int> id = poolId(usage.pool);
            if (!id) {
                const Error error = id.error();
                m_db.rollback();
                m_poolIds.clear();
                return error;
            }
            m_insertPoolTick->bindValue(0, tick.time);
            m_insertPoolTick->bindValue(1, *id);
            for (std::size_t state = 0; state < BackendStateCount; ++state)
                m_insertPoolTick->bindValue(static_cast<int>(state) + 2, usage.byState[state]);
            if (!m_insertPoolTick->exec())
                return fail(tr("cannot write history"), m_insertPoolTick->lastError());
        }
    }
    for (const HistoryEvent& event : events) {
        m_insertEvent->bindValue(0, event.time.toMSecsSinceEpoch());
        // A null QString binds as SQL NULL; an event without a message is still an event.
        m_insertEvent->bindValue(1, event.kind.isNull() ? QStringLiteral("") : event.kind);
        m_insertEvent->bindValue(2, event.message.isNull() ? QStringLiteral("") : event.message);
        if (!m_insertEvent->exec())
            return fail(tr("cannot write a history event"), m_insertEvent->lastError());
    }
    // A null QString or QDateTime binds as SQL NULL: only until and ended may be.
    const auto text = [](const QString& value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    const auto time = [](const QDateTime& value) {
        return value.isValid() ? QVariant{value.toMSecsSinceEpoch()} : QVariant{};
    };
    for (const Acknowledgement& acknowledgement : acknowledgements) {
        m_insertAcknowledgement->bindValue(0, acknowledgement.id);
        m_insertAcknowledgement->bindValue(1, text(acknowledgement.subject));
        m_insertAcknowledgement->bindValue(2, text(acknowledgement.target));
        m_insertAcknowledgement->bindValue(3, toString(acknowledgement.kind));
        m_insertAcknowledgement->bindValue(4, text(acknowledgement.who));
        m_insertAcknowledgement->bindValue(5, acknowledgement.when.toMSecsSinceEpoch());
        m_insertAcknowledgement->bindValue(6, text(acknowledgement.note));
        m_insertAcknowledgement->bindValue(7, time(acknowledgement.until));
        m_insertAcknowledgement->bindValue(8, time(acknowledgement.ended));
        if (!m_insertAcknowledgement->exec())
            return fail(
                tr("cannot write an acknowledgement"), m_insertAcknowledgement->lastError());
    }
    if (!m_db.commit())
        return fail(tr("cannot commit history"), m_db.lastError());
    return {};
}

Result<HistoryMaintenanceReport> HistoryDatabase::maintain(
    qint64 nowMs, const HistoryRetention& retention)
{
    if (!m_insertTick)
        return Error{tr("the history file is open for reading only"), m_path};
    // Whole minutes only, so that a minute is never rolled up half.
    const qint64 rawCutoff
        = (nowMs - retention.rawAge.count()) / HistoryRollupBucketMs * HistoryRollupBucketMs;
    const qint64 rollupCutoff = nowMs - retention.rollupAge.count();
    const QString minute = QString::number(HistoryRollupBucketMs);

    if (!m_db.transaction())
        return sqlError(tr("cannot start history maintenance"), m_db.lastError());
    QSqlQuery query{m_db};
    auto run = [&](const QString& sql, qint64 cutoff) {
        query.prepare(sql);
        query.addBindValue(cutoff);
        return query.exec();
    };
    auto fail = [&](const QSqlError& error) {
        const Error result = sqlError(tr("history maintenance failed"), error);
        m_db.rollback();
        return result;
    };

    HistoryMaintenanceReport report;
    // Upserts: a raw row that arrives late for an already rolled minute merges exactly.
    if (!run(
            QStringLiteral(
                "INSERT INTO pool_rollup(t, pool, n, total_min, total_max, total_sum)"
                " SELECT (t / %1) * %1, pool, count(*), min(total), max(total), sum(total)"
                " FROM (SELECT t, pool, active + idle + idle_tx + idle_tx_aborted + other + unknown"
                " AS total FROM pool_tick WHERE t < ?) WHERE true GROUP BY 1, 2"
                " ON CONFLICT(t, pool) DO UPDATE SET n = n + excluded.n,"
                " total_min = min(total_min, excluded.total_min),"
                " total_max = max(total_max, excluded.total_max),"
                " total_sum = total_sum + excluded.total_sum")
                .arg(minute),
            rawCutoff))
        return fail(query.lastError());
    if (!run(QStringLiteral("INSERT INTO tick_rollup SELECT (t / %1) * %1, count(*),"
                            " min(sessions), max(sessions), sum(sessions),"
                            " min(latency_ms), max(latency_ms), sum(latency_ms),"
                            " min(usable_slots), max(usable_slots), sum(usable_slots)"
                            " FROM tick WHERE t < ? GROUP BY 1"
                            " ON CONFLICT(t) DO UPDATE SET n = n + excluded.n,"
                            " sessions_min = min(sessions_min, excluded.sessions_min),"
                            " sessions_max = max(sessions_max, excluded.sessions_max),"
                            " sessions_sum = sessions_sum + excluded.sessions_sum,"
                            " latency_min = min(latency_min, excluded.latency_min),"
                            " latency_max = max(latency_max, excluded.latency_max),"
                            " latency_sum = latency_sum + excluded.latency_sum,"
                            " usable_min = min(usable_min, excluded.usable_min),"
                            " usable_max = max(usable_max, excluded.usable_max),"
                            " usable_sum = usable_sum + excluded.usable_sum")
                 .arg(minute),
            rawCutoff))
        return fail(query.lastError());
    if (!run(QStringLiteral("DELETE FROM pool_tick WHERE t < ?"), rawCutoff))
        return fail(query.lastError());
    if (!run(QStringLiteral("DELETE FROM tick WHERE t < ?"), rawCutoff))
        return fail(query.lastError());
    report.rolledTicks = query.numRowsAffected();
    if (!run(QStringLiteral("DELETE FROM pool_rollup WHERE t < ?"), rollupCutoff))
        return fail(query.lastError());
    if (!run(QStringLiteral("DELETE FROM tick_rollup WHERE t < ?"), rollupCutoff))
        return fail(query.lastError());
    report.deletedRollups = query.numRowsAffected();
    if (!run(QStringLiteral("DELETE FROM event WHERE t < ?"), rollupCutoff))
        return fail(query.lastError());
    report.deletedEvents = query.numRowsAffected();
    // Ended acknowledgements age out with the events; one in force stays however old.
    if (!run(QStringLiteral("DELETE FROM acknowledgement WHERE coalesce(ended, until) < ?"),
            rollupCutoff))
        return fail(query.lastError());
    if (!m_db.commit())
        return fail(m_db.lastError());
    qCDebug(lcHistory) << "maintenance" << m_path << "rolled" << report.rolledTicks
                       << "deleted rollups" << report.deletedRollups << "events"
                       << report.deletedEvents;
    return report;
}

Result<HistoryRange> HistoryDatabase::readRange(qint64 from, qint64 to, int maxPoints)
{
    if (to < from)
        return Error{tr("the end of the range is before its start")};
    maxPoints = std::clamp(maxPoints, 1, MaxPoints);
    HistoryRange range;
    range.from = from;
    range.to = to;
    // Width chosen so that [from, to] spans at most maxPoints buckets. Unsigned and clamped:
    // any from ≤ to is a valid request, even one spanning the whole of qint64.
    const quint64 width
        = (static_cast<quint64>(to) - static_cast<quint64>(from)) / static_cast<quint64>(maxPoints);
    constexpr qint64 widest{std::numeric_limits<qint64>::max()};
    range.bucketMs
        = width >= static_cast<quint64>(widest) ? widest : static_cast<qint64>(width) + 1;
    const Buckets buckets{from, range.bucketMs, maxPoints};

    // One read transaction: every query sees the same snapshot while the writer goes on.
    if (!m_db.transaction())
        return sqlError(tr("cannot read history"), m_db.lastError());
    struct Finish
    {
        QSqlDatabase& db;
        ~Finish() { db.rollback(); }
    } finish{m_db};

    QSqlQuery query{m_db};
    query.setForwardOnly(true);
    auto select = [&](const QString& sql, std::initializer_list<qint64> values) {
        query.prepare(sql);
        for (const qint64 value : values)
            query.addBindValue(value);
        return query.exec();
    };
    auto fail = [&] {
        return sqlError(tr("cannot read history"), query.lastError());
    };
    const qint64 rollupFrom = from < std::numeric_limits<qint64>::min() + HistoryRollupBucketMs
        ? std::numeric_limits<qint64>::min()
        : from - HistoryRollupBucketMs;

    std::map<int, QString> poolNames;
    if (!select(QStringLiteral("SELECT id, name FROM pool"), {}))
        return fail();
    while (query.next())
        poolNames.emplace(query.value(0).toInt(), query.value(1).toString());

    std::map<int, std::vector<Bucket>> pools;
    if (!select(QStringLiteral(
                    "SELECT t, pool, active + idle + idle_tx + idle_tx_aborted + other + unknown"
                    " FROM pool_tick WHERE t >= ? AND t <= ?"),
            {from, to}))
        return fail();
    while (query.next()) {
        const double total = query.value(2).toDouble();
        buckets.add(
            pools[query.value(1).toInt()], query.value(0).toLongLong(), total, total, total, 1);
    }
    if (!select(QStringLiteral("SELECT t, pool, n, total_min, total_max, total_sum FROM pool_rollup"
                               " WHERE t > ? AND t <= ?"),
            {rollupFrom, to}))
        return fail();
    while (query.next()) {
        buckets.addMinute(pools[query.value(1).toInt()], query.value(0).toLongLong(),
            query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toDouble(),
            query.value(2).toLongLong());
    }

    std::vector<Bucket> sessions;
    std::vector<Bucket> latency;
    std::vector<Bucket> usable;
    if (!select(
            QStringLiteral(
                "SELECT t, sessions, latency_ms, usable_slots FROM tick WHERE t >= ? AND t <= ?"),
            {from, to}))
        return fail();
    while (query.next()) {
        const qint64 t = query.value(0).toLongLong();
        const double s = query.value(1).toDouble();
        const double l = query.value(2).toDouble();
        const double u = query.value(3).toDouble();
        buckets.add(sessions, t, s, s, s, 1);
        buckets.add(latency, t, l, l, l, 1);
        buckets.add(usable, t, u, u, u, 1);
    }
    if (!select(
            QStringLiteral(
                "SELECT t, n, sessions_min, sessions_max, sessions_sum, latency_min, latency_max,"
                " latency_sum, usable_min, usable_max, usable_sum FROM tick_rollup"
                " WHERE t > ? AND t <= ?"),
            {rollupFrom, to}))
        return fail();
    while (query.next()) {
        const qint64 t = query.value(0).toLongLong();
        const qint64 n = query.value(1).toLongLong();
        buckets.addMinute(sessions, t, query.value(2).toDouble(), query.value(3).toDouble(),
            query.value(4).toDouble(), n);
        buckets.addMinute(latency, t, query.value(5).toDouble(), query.value(6).toDouble(),
            query.value(7).toDouble(), n);
        buckets.addMinute(usable, t, query.value(8).toDouble(), query.value(9).toDouble(),
            query.value(10).toDouble(), n);
    }

    for (const auto& [id, series] : pools) {
        const auto name = poolNames.find(id);
        range.pools.append(Buckets::toSeries(
            name != poolNames.end() ? name->second : QString::number(id), series));
    }
    range.sessions = Buckets::toSeries(QStringLiteral("sessions"), sessions);
    range.latencyMs = Buckets::toSeries(QStringLiteral("latencyMs"), latency);
    range.usableSlots = Buckets::toSeries(QStringLiteral("usableSlots"), usable);

    // Was the target already disconnected when the range starts?
    const QString disconnected{HistoryEventKind::Disconnected};
    const QString reconnected{HistoryEventKind::Reconnected};
    query.prepare(QStringLiteral("SELECT kind FROM event WHERE t < ? AND kind IN (?, ?)"
                                 " ORDER BY t DESC, id DESC LIMIT 1"));
    query.addBindValue(from);
    query.addBindValue(disconnected);
    query.addBindValue(reconnected);
    if (!query.exec())
        return fail();
    // A plain pair rather than std::optional: GCC 12 warns falsely about the latter here.
    bool inGap = query.next() && query.value(0).toString() == disconnected;
    qint64 gapStart = from;

    if (!select(QStringLiteral(
                    "SELECT t, kind, message FROM event WHERE t >= ? AND t <= ? ORDER BY t, id"),
            {from, to}))
        return fail();
    while (query.next()) {
        const qint64 t = query.value(0).toLongLong();
        HistoryEvent event{QDateTime::fromMSecsSinceEpoch(t, Qt::UTC), query.value(1).toString(),
            query.value(2).toString()};
        if (event.kind == disconnected && !inGap) {
            inGap = true;
            gapStart = t;
        } else if (event.kind == reconnected && inGap) {
            range.gaps.append(HistoryGap{gapStart, t, false});
            inGap = false;
        }
        range.events.append(std::move(event));
    }
    if (inGap)
        range.gaps.append(HistoryGap{gapStart, to, true});

    // Made by the range's end and not ended before its start (a mute's end counts as its
    // end even when nobody wrote it down: the program was closed when it came).
    if (!select(QStringLiteral("SELECT id, subject, target, kind, who, t, note, until, ended"
                               " FROM acknowledgement WHERE t <= ?"
                               " AND coalesce(ended, until, ?) >= ? ORDER BY t, id"),
            {to, from, from}))
        return fail();
    const auto time = [](const QVariant& value) {
        return value.isNull() ? QDateTime{}
                              : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    };
    while (query.next()) {
        Acknowledgement acknowledgement;
        acknowledgement.id = query.value(0).toString();
        acknowledgement.subject = query.value(1).toString();
        acknowledgement.target = query.value(2).toString();
        acknowledgement.kind = acknowledgementKindFromString(query.value(3).toString())
                                   .value_or(Acknowledgement::Kind::Ack);
        acknowledgement.who = query.value(4).toString();
        acknowledgement.when = time(query.value(5));
        acknowledgement.note = query.value(6).toString();
        acknowledgement.until = time(query.value(7));
        acknowledgement.ended = time(query.value(8));
        range.acknowledgements.append(std::move(acknowledgement));
    }
    return range;
}

} // namespace opsdash
