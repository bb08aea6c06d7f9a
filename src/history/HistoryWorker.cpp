#include "HistoryWorker.h"

#include "HistoryLogging.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QTimer>

namespace opsdash {

HistoryWorker::HistoryWorker(HistoryOptions options)
    : m_options{options}
{ }

HistoryWorker::~HistoryWorker() = default;

void HistoryWorker::enqueueTick(HistoryTick tick)
{
    QMutexLocker locker{&m_mutex};
    m_ticks.append(std::move(tick));
    if (m_ticks.size() >= m_options.batchTicks)
        scheduleFlush();
}

void HistoryWorker::enqueueEvent(HistoryEvent event)
{
    QMutexLocker locker{&m_mutex};
    m_events.append(std::move(event));
}

void HistoryWorker::scheduleFlush()
{
    // Called with m_mutex held. One pending flush request is enough however fast the
    // caller appends: the flush takes the whole queue.
    if (m_flushPosted)
        return;
    m_flushPosted = true;
    QMetaObject::invokeMethod(this, &HistoryWorker::flush, Qt::QueuedConnection);
}

void HistoryWorker::open(const QString& path)
{
    if (m_database)
        shutdown(); // the queue so far belongs to the file it was appended for
    Result<std::unique_ptr<HistoryDatabase>> database
        = HistoryDatabase::open(path, HistoryDatabase::Mode::Writer);
    if (!database) {
        m_openFailed = true;
        qCWarning(lcHistory).noquote() << database.error().toString();
        Q_EMIT openFailed(database.error());
        return;
    }
    m_database = std::move(database).value();
    m_openFailed = false;

    m_flushTimer = new QTimer{this};
    connect(m_flushTimer, &QTimer::timeout, this, &HistoryWorker::flush);
    m_flushTimer->start(m_options.flushInterval);
    if (m_options.maintenanceInterval.count() > 0) {
        m_maintenanceTimer = new QTimer{this};
        connect(m_maintenanceTimer, &QTimer::timeout, this,
            [this] { maintain(QDateTime::currentMSecsSinceEpoch()); });
        m_maintenanceTimer->start(m_options.maintenanceInterval);
    }
    Q_EMIT opened(path);
    flush(); // whatever was appended before the file was ready
}

void HistoryWorker::flush()
{
    QList<HistoryTick> ticks;
    QList<HistoryEvent> events;
    {
        QMutexLocker locker{&m_mutex};
        m_flushPosted = false;
        if (!m_database && !m_openFailed)
            return; // keep the queue until open() has run
        ticks.swap(m_ticks);
        events.swap(m_events);
    }
    if (ticks.isEmpty() && events.isEmpty())
        return;
    if (!m_database) {
        qCDebug(lcHistory) << "no history file; dropping" << ticks.size() << "ticks";
        return;
    }
    // A failed batch is dropped, not retried: a full disk must not grow the queue forever.
    if (std::optional<Error> error = m_database->write(ticks, events)) {
        qCWarning(lcHistory).noquote() << error->toString();
        Q_EMIT writeFailed(*error);
        return;
    }
    Q_EMIT flushed(ticks.size(), events.size());
}

void HistoryWorker::maintain(qint64 nowMs)
{
    flush();
    if (!m_database)
        return;
    Result<HistoryMaintenanceReport> report = m_database->maintain(nowMs, m_options.retention);
    if (!report) {
        qCWarning(lcHistory).noquote() << report.error().toString();
        Q_EMIT writeFailed(report.error());
        return;
    }
    Q_EMIT maintenanceFinished(*report);
}

void HistoryWorker::readRange(quint64 id, qint64 from, qint64 to, int maxPoints)
{
    flush(); // a read sees everything appended before it was requested
    if (!m_database) {
        Q_EMIT rangeFailed(id, Error{tr("the history file is not open")});
        return;
    }
    Result<HistoryRange> range = m_database->readRange(from, to, maxPoints);
    if (!range) {
        Q_EMIT rangeFailed(id, range.error());
        return;
    }
    Q_EMIT rangeReady(id, *range);
}

void HistoryWorker::shutdown()
{
    flush();
    delete m_flushTimer; // timers die on the thread that started them
    m_flushTimer = nullptr;
    delete m_maintenanceTimer;
    m_maintenanceTimer = nullptr;
    m_database.reset();
}

} // namespace opsdash
