#pragma once

#include "HistoryDatabase.h"
#include "HistoryTypes.h"
#include "model/Result.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <memory>

namespace opsdash {

class ClockTimer;

// Lives on HistoryStore's thread and owns the writer connection. enqueue*() are the only
// members called from other threads; everything else runs on the worker thread.
class HistoryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWorker)

public:
    explicit HistoryWorker(HistoryOptions options);
    ~HistoryWorker() override;

    // Any thread.
    void enqueueTick(HistoryTick tick);
    void enqueueEvent(HistoryEvent event);
    void enqueueAcknowledgement(Acknowledgement acknowledgement);

    // Worker thread.
    void open(const QString& path);
    void flush();
    void maintain(qint64 nowMs);
    void readRange(quint64 id, qint64 from, qint64 to, int maxPoints);
    void shutdown(); // flush, then close: nothing queued is lost on a clean exit

Q_SIGNALS:
    void opened(const QString& path);
    void openFailed(const opsdash::Error& error);
    void flushed(qint64 ticks, qint64 events);
    void writeFailed(const opsdash::Error& error);
    // The file has been locked by another connection for HistoryOptions::delayedAfter or
    // longer: `pendingTicks` wait in memory (repeated on every retry while it lasts).
    void writesDelayed(qint64 pendingTicks, qint64 blockedMs, const opsdash::Error& error);
    // The first batch written after writes were reported delayed.
    void writesResumed(qint64 ticks, qint64 events);
    void maintenanceFinished(const opsdash::HistoryMaintenanceReport& report);
    void rangeReady(quint64 id, const opsdash::HistoryRange& range);
    void rangeFailed(quint64 id, const opsdash::Error& error);

private:
    void scheduleFlush();
    // A batch the file's lock refused goes back to the front of the queue.
    void requeue(QList<HistoryTick> ticks, QList<HistoryEvent> events,
        QList<Acknowledgement> acknowledgements, const Error& error);

    const HistoryOptions m_options;
    std::unique_ptr<HistoryDatabase> m_database;
    bool m_openFailed{false};
    ClockTimer* m_flushTimer{nullptr};
    ClockTimer* m_maintenanceTimer{nullptr};

    QMutex m_mutex; // guards the queue below
    QList<HistoryTick> m_ticks;
    QList<HistoryEvent> m_events;
    QList<Acknowledgement> m_acknowledgements;
    bool m_flushPosted{false};

    QElapsedTimer m_blockedSince; // worker thread: valid while batches wait for the lock
    bool m_reportedDelay{false};
};

} // namespace opsdash
