target_sources(opsdash_core PRIVATE
    sessions/SessionsLogging.h sessions/SessionsLogging.cpp
    sessions/SourceError.h sessions/SourceError.cpp
    sessions/SessionSnapshot.h sessions/SessionSnapshot.cpp
    sessions/SessionFeed.h sessions/SessionFeed.cpp
    sessions/TimeParsing.h sessions/TimeParsing.cpp
    sessions/AdminSessionsParser.h sessions/AdminSessionsParser.cpp
    sessions/SessionExpiry.h sessions/SessionExpiry.cpp
    sessions/LoginSessionSource.h sessions/LoginSessionSource.cpp
    sessions/HttpFetch.h sessions/HttpFetch.cpp
    sessions/AdminEndpointSource.h sessions/AdminEndpointSource.cpp
    sessions/SessionsTableQuery.h sessions/SessionsTableQuery.cpp
    sessions/SessionsTableSource.h sessions/SessionsTableSource.cpp
    sessions/CanaryCheck.h sessions/CanaryCheck.cpp
    sessions/CanarySource.h sessions/CanarySource.cpp
    sessions/SessionSourcePlan.h sessions/SessionSourcePlan.cpp
)
