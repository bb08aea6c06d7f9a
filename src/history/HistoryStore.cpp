#include "HistoryStore.h"

#include "HistoryPaths.h"
#include "HistoryWorker.h"

namespace opsdash {

HistoryStore::HistoryStore(QObject* parent)
    : HistoryStore{HistoryOptions{}, parent}
{ }

HistoryStore::HistoryStore(HistoryOptions options, QObject* parent)
    : QObject{parent}
    , m_worker{std::make_unique<HistoryWorker>(options)}
{
    qRegisterMetaType<opsdash::Error>();
    qRegisterMetaType<opsdash::HistoryRange>();
    qRegisterMetaType<opsdash::HistoryMaintenanceReport>();

    m_thread.setObjectName(QStringLiteral("opsdash-history"));
    m_worker->moveToThread(&m_thread);
    // Queued across the thread boundary: the signals arrive on this object's thread.
    connect(m_worker.get(), &HistoryWorker::opened, this, &HistoryStore::opened);
    connect(m_worker.get(), &HistoryWorker::openFailed, this, &HistoryStore::openFailed);
    connect(m_worker.get(), &HistoryWorker::flushed, this, &HistoryStore::flushed);
    connect(m_worker.get(), &HistoryWorker::writeFailed, this, &HistoryStore::writeFailed);
    connect(m_worker.get(), &HistoryWorker::writesDelayed, this, &HistoryStore::writesDelayed);
    connect(m_worker.get(), &HistoryWorker::writesResumed, this, &HistoryStore::writesResumed);
    connect(m_worker.get(), &HistoryWorker::maintenanceFinished, this,
        &HistoryStore::maintenanceFinished);
    connect(m_worker.get(), &HistoryWorker::rangeReady, this, &HistoryStore::rangeReady);
    connect(m_worker.get(), &HistoryWorker::rangeFailed, this, &HistoryStore::rangeFailed);
    m_thread.start();
}

HistoryStore::~HistoryStore()
{
    QMetaObject::invokeMethod(
        m_worker.get(), &HistoryWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // The thread has finished and the worker holds no timers: safe to delete here.
    m_worker.reset();
}

void HistoryStore::open(const QString& path)
{
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), path] { worker->open(path); });
}

void HistoryStore::openForTarget(const QString& target)
{
    open(HistoryPaths::defaultPathForTarget(target));
}

void HistoryStore::append(const ActivitySample& sample, int usableSlots)
{
    m_worker->enqueueTick(HistoryTick::fromSample(sample, usableSlots));
}

void HistoryStore::recordEvent(const HistoryEvent& event)
{
    m_worker->enqueueEvent(event);
}

void HistoryStore::recordAcknowledgement(const Acknowledgement& acknowledgement)
{
    m_worker->enqueueAcknowledgement(acknowledgement);
}

void HistoryStore::flush()
{
    QMetaObject::invokeMethod(m_worker.get(), &HistoryWorker::flush, Qt::QueuedConnection);
}

void HistoryStore::runMaintenance(const QDateTime& now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), nowMs] { worker->maintain(nowMs); });
}

quint64 HistoryStore::requestRange(const QDateTime& from, const QDateTime& to, int maxPoints)
{
    const quint64 id = ++m_nextRequest;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), id, fromMs, toMs, maxPoints] {
            worker->readRange(id, fromMs, toMs, maxPoints);
        });
    return id;
}

} // namespace opsdash
