opsdash_add_qtest(tst_capacity
    SOURCES model/tst_capacity.cpp
    LABELS unit
    LIBS opsdash_core)

# JsonRead: syntax errors at line and column, one wording for a wrong type in every reader.
opsdash_add_qtest(tst_jsonread
    SOURCES model/tst_jsonread.cpp
    LABELS unit
    LIBS opsdash_core)

# The one status word per status, and what not-checked means for the exit status.
opsdash_add_qtest(tst_finding
    SOURCES model/tst_finding.cpp
    LABELS unit
    LIBS opsdash_core)

# server.roleLimit.<pool> and server.databaseLimit: the pools' roles and databases, from the
# baseline or their backends, against rolconnlimit and datconnlimit.
opsdash_add_qtest(tst_connectionlimits
    SOURCES model/tst_connectionlimits.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)

# The PgBouncer checks on scripted polls of its admin console: waiting over the threshold,
# check ids from database names, capacity, an unreadable console, the backends it owns.
opsdash_add_qtest(tst_pgbouncerwatch
    SOURCES model/tst_pgbouncerwatch.cpp support/ScriptedActivity.h support/LiveFindings.h
    LABELS unit
    LIBS opsdash_core)

# The Prometheus text format of an application's /metrics page: samples, histograms,
# escapes, NaN/±Inf, and the named errors with their lines.
opsdash_add_qtest(tst_metricstext
    SOURCES model/tst_metricstext.cpp
    LABELS unit
    LIBS opsdash_core)

# A pool's own statistics (go_sql_*): the window's waits and idle closes, restarts, and
# live.<pool>.maxOpenConns, .waits, .idleChurn with their not-checked, unknown, stale cases.
opsdash_add_qtest(tst_poolstatistics
    SOURCES model/tst_poolstatistics.cpp support/DefaultBaseline.h
    LABELS unit
    LIBS opsdash_core)

# Parsing a 5,000-series /metrics page: ≤ 5 ms (label bench; its bench-smoke twin runs in
# scripts/test).
find_package(benchmark REQUIRED)
add_executable(bench_metricstext bench/bench_metricstext.cpp)
target_link_libraries(bench_metricstext PRIVATE opsdash_core opsdash_options benchmark::benchmark)
target_include_directories(bench_metricstext PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_metricstext COMMAND bench_metricstext)
set_tests_properties(bench_metricstext PROPERTIES LABELS bench TIMEOUT 600)

# The one formatter of displayed times: UTC, local and the server's zone, DST edges, +05:45,
# the fallback to local time when the server's zone is not known.
opsdash_add_qtest(tst_displayzone
    SOURCES model/tst_displayzone.cpp
    LABELS unit
    LIBS opsdash_core)
