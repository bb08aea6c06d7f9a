target_sources(opsdash_core PRIVATE
    history/HistoryLogging.h history/HistoryLogging.cpp
    history/HistoryTypes.h history/HistoryTypes.cpp
    history/HistoryPaths.h history/HistoryPaths.cpp
    history/HistorySchema.h history/HistorySchema.cpp
    history/HistoryDatabase.h history/HistoryDatabase.cpp
    history/HistoryWorker.h history/HistoryWorker.cpp
    history/HistoryStore.h history/HistoryStore.cpp
)
