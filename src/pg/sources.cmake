target_sources(opsdash_core PRIVATE
    pg/PgLogging.h pg/PgLogging.cpp
    pg/PgResult.h pg/PgResult.cpp
    pg/PgConnection.h pg/PgConnection.cpp
    pg/ActivityQuery.h pg/ActivityQuery.cpp
    pg/PollLoop.h pg/PollLoop.cpp
    pg/ActivityMonitor.h pg/ActivityMonitor.cpp
    pg/PgBouncerMonitor.h pg/PgBouncerMonitor.cpp
    pg/BackendSignals.h pg/BackendSignals.cpp
)
