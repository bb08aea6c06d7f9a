#include "HistoryWorker.h"

#include "HistoryLogging.h"
#include "clock/Clock.h"
#include "clock/ClockTimer.h"

#include <QDateTime>
#include <QMutexLocker>

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

void HistoryWorker::enqueueAcknowledgement(Acknowledgement acknowledgement)
{
    QMutexLocker locker{&m_mutex};
    m_acknowledgements.append(std::move(acknowledgement));
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

    m_flushTimer = new ClockTimer{this};
    connect(m_flushTimer, &ClockTimer::timeout, this, &HistoryWorker::flush);
    m_flushTimer->start(m_options.flushInterval);
    if (m_options.maintenanceInterval.count() > 0) {
        m_maintenanceTimer = new ClockTimer{this};
        connect(m_maintenanceTimer, &ClockTimer::timeout, this,
            [this] { maintain(Clock::current().nowMs()); });
        m_maintenanceTimer->start(m_options.maintenanceInterval);
    }
    Q_EMIT opened(path);
    flush(); // whatever was appended before the file was ready
}

void HistoryWorker::flush()
{
    QList<HistoryTick> ticks;
    QList<HistoryEvent> events;
    QList<Acknowledgement> acknowledgements;
    {
        QMutexLocker locker{&m_mutex};
        m_flushPosted = false;
        if (!m_database && !m_openFailed)
            return; // keep the queue until open() has run
        ticks.swap(m_ticks);
        events.swap(m_events);
        acknowledgements.swap(m_acknowledgements);
    }
    if (ticks.isEmpty() && events.isEmpty() && acknowledgements.isEmpty())
        return;
    if (!m_database) {
        qCDebug(lcHistory) << "no history file; dropping" << ticks.size() << "ticks";
        return;
    }
    if (const Result<void> written = m_database->write(ticks, events, acknowledgements); !written) {
        const Error& error = written.error();
        if (HistoryDatabase::isBusy(error)) {
            // Another program holds the file's lock (a sqlite3 shell, a backup): nothing is
            // lost, the batch waits and the flush timer tries again.
            requeue(std::move(ticks), std::move(events), std::move(acknowledgements), error);
            return;
        }
        // Any other failed batch is dropped, not retried: a full disk must not grow the
        // queue forever.
        qCWarning(lcHistory).noquote() << error.toString();
        Q_EMIT writeFailed(error);
        return;
    }
    m_blockedSince.invalidate();
    if (std::exchange(m_reportedDelay, false)) {
        qCInfo(lcHistory) << "history writes resumed:" << ticks.size() << "ticks";
        Q_EMIT writesResumed(ticks.size(), events.size());
    }
    Q_EMIT flushed(ticks.size(), events.size());
}

void HistoryWorker::requeue(QList<HistoryTick> ticks, QList<HistoryEvent> events,
    QList<Acknowledgement> acknowledgements, const Error& error)
{
    if (!m_blockedSince.isValid())
        m_blockedSince.start();
    qint64 pending{0};
    {
        QMutexLocker locker{&m_mutex};
        ticks.append(m_ticks); // older first, as they were appended
        m_ticks.swap(ticks);
        events.append(m_events);
        m_events.swap(events);
        acknowledgements.append(m_acknowledgements);
        m_acknowledgements.swap(acknowledgements);
        const qsizetype excess = m_ticks.size() - m_options.maxPendingTicks;
        if (excess > 0) {
            qCWarning(lcHistory) << "history file locked too long; dropping the oldest" << excess
                                 << "ticks";
            m_ticks.remove(0, excess);
        }
        pending = m_ticks.size();
    }
    const qint64 blockedMs = m_blockedSince.elapsed();
    qCDebug(lcHistory).noquote() << "history file locked for" << blockedMs << "ms;" << pending
                                 << "ticks wait:" << error.toString();
    if (blockedMs >= m_options.delayedAfter.count()) {
        if (!std::exchange(m_reportedDelay, true))
            qCWarning(lcHistory).noquote() << "history writes delayed:" << error.toString();
        Q_EMIT writesDelayed(pending, blockedMs, error);
    }
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
