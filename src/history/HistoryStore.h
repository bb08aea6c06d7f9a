#pragma once

#include "HistoryTypes.h"
#include "model/Activity.h"
#include "model/Result.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

namespace opsdash {

class HistoryWorker;

// A target's history, used from the UI thread: every call returns at once. Writes are
// queued and committed by a worker thread in one transaction per batch (every
// flushInterval, or sooner when batchTicks are queued) and on destruction; results come
// back as signals. A process kill loses at most the batch not yet committed.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(QObject* parent = nullptr);
    explicit HistoryStore(HistoryOptions options, QObject* parent = nullptr);
    // Flushes what is queued and closes the file (waits for the worker to do so).
    ~HistoryStore() override;

    // Opens (creating it if needed) the file: opened() or openFailed(). Samples appended
    // before that are kept and written once the file is open.
    void open(const QString& path);
    // HistoryPaths::defaultPathForTarget(target), under the XDG data dir.
    void openForTarget(const QString& target);

    void append(const ActivitySample& sample, int usableSlots);
    void recordEvent(const HistoryEvent& event);
    // A new acknowledgement or mute, or one that ended (the same id): written with the
    // next batch, read back with requestRange().
    void recordAcknowledgement(const Acknowledgement& acknowledgement);
    void flush();
    // Rolls up and prunes as of `now` (the worker also does so every maintenanceInterval).
    void runMaintenance(const QDateTime& now);

    // rangeReady(id, …) or rangeFailed(id, …) for the returned id; the read includes
    // everything appended before the request.
    quint64 requestRange(const QDateTime& from, const QDateTime& to, int maxPoints);

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
    QThread m_thread;
    std::unique_ptr<HistoryWorker> m_worker;
    quint64 m_nextRequest{0};
};

} // namespace opsdash
