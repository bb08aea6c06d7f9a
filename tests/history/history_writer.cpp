// Test helper for tst_historykill: appends synthetic samples (HistoryTestData.h) to a
// history file as fast as the store takes them, until it is killed.
//   history_writer FILE FIRST-INDEX [COUNTER-FILE]
// Prints "committed N" after every batch: samples 0..N-1 are then in the file for good.
// COUNTER-FILE (8 bytes, shared memory-mapped) holds how many samples have been handed to
// the store so far; it survives a kill -9, so the test can count what the kill lost.
#include "HistoryTestData.h"
#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <atomic>
#include <cstdio>

using namespace opsdash;
using namespace std::chrono_literals;

int main(int argc, char** argv)
{
    QCoreApplication app{argc, argv};
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fprintf(stderr, "usage: history_writer FILE FIRST-INDEX [COUNTER-FILE]\n");
        return 2;
    }
    qint64 next = args.at(2).toLongLong();
    qint64 committed = next;

    // MAP_SHARED pages belong to the file, not the process: a store here outlives SIGKILL.
    QFile counterFile{args.size() == 4 ? args.at(3) : QString{}};
    std::atomic<qint64>* appended = nullptr;
    if (args.size() == 4) {
        if (!counterFile.open(QIODevice::ReadWrite) || !counterFile.resize(sizeof(qint64))) {
            std::fprintf(stderr, "cannot open the counter file\n");
            return 2;
        }
        appended = reinterpret_cast<std::atomic<qint64>*>(counterFile.map(0, sizeof(qint64)));
        if (appended == nullptr) {
            std::fprintf(stderr, "cannot map the counter file\n");
            return 2;
        }
        appended->store(next);
    }

    HistoryOptions options;
    options.flushInterval = 5ms; // many small batches: a kill lands inside one often
    options.batchTicks = 50;
    options.maintenanceInterval = 0ms;
    HistoryStore store{options};

    QTimer pump;
    QObject::connect(&pump, &QTimer::timeout, &store, [&] {
        for (int i = 0; i < 20; ++i, ++next) {
            // Event first: whenever sample i is in the file, so is its event.
            if (next % historytest::EventEvery == 0)
                store.recordEvent(historytest::eventFor(next));
            store.append(historytest::sample(next), historytest::UsableSlots);
            if (appended != nullptr)
                appended->store(next + 1);
        }
    });
    QObject::connect(&store, &HistoryStore::opened, &pump, [&] { pump.start(1ms); });
    QObject::connect(&store, &HistoryStore::flushed, &store, [&](qint64 ticks, qint64) {
        committed += ticks;
        std::printf("committed %lld\n", committed);
        std::fflush(stdout);
    });
    QObject::connect(&store, &HistoryStore::openFailed, &app, [](const Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        QCoreApplication::exit(2);
    });
    QObject::connect(&store, &HistoryStore::writeFailed, &app, [](const Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        QCoreApplication::exit(1);
    });
    store.open(args.at(1));
    return app.exec();
}
