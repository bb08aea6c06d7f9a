# The live engine (src/live): the watched target, the login sessions, alert evaluation.
# Core only: none of these links Widgets.

# A watched target against its own throwaway cluster: samples and the restart gap in history.
opsdash_add_qtest(tst_livetarget
    SOURCES live/tst_livetarget.cpp
    LABELS integration
    LIBS opsdash_core)

# Pool pressure on a private cluster: a role limited below the web pool's budget fails
# server.roleLimit.web, raising it passes (the same for a database); a session left idle in
# transaction fails live.web.idleInTransaction with its pid, an excluded application's not.
opsdash_add_qtest(tst_livepressure
    SOURCES live/tst_livepressure.cpp
    LABELS integration
    LIBS opsdash_core PostgreSQL::PostgreSQL)

# A real pgbouncer (default_pool_size 5) in front of the shared fixture: twenty clients in
# transactions make fifteen wait, pgbouncer.postgres.waiting fails, pgbouncer.capacity
# passes and fails with the pool size; its server connections count in the pool
# "pgbouncer" once (LiveTarget, serve --config with the console and a pool's metrics URL);
# opsdash probe reports it in its JSON (schema-checked); no console and no answer are named
# states.
opsdash_add_pg_test(tst_pgbouncer
    SOURCES live/tst_pgbouncer.cpp support/PgBouncerProcess.h support/RunOpsdash.h support/SchemaCheck.h
        serve/PrivateFile.h serve/ServeHarness.h
    LIBS opsdash_core Qt6::Network Qt6::Test PostgreSQL::PostgreSQL)
# Its backends through PgBouncer would show up in the other shared-cluster tests' counts.
set_tests_properties(tst_pgbouncer PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# Alerts: written to and read back from the history events table.
opsdash_add_qtest(tst_alertlog
    SOURCES live/tst_alertlog.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)

# Acknowledgements and mutes on an injected clock: silenced, announced again when a mute ends
# on a condition still raised, kept in and read back from the target's history.
opsdash_add_qtest(tst_acknowledgements
    SOURCES live/tst_acknowledgements.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_alertrules
    SOURCES live/tst_alertrules.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)

# LiveSessions against real HTTP servers on 127.0.0.1 (tests/sessions/TestHttpServer.h) and
# the shared PostgreSQL fixture: admin endpoint, sessions table, canary, stale, failed, and
# the one-shot mode the commands run.
opsdash_add_pg_test(tst_livesessions
    SOURCES live/tst_livesessions.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LIBS opsdash_core Qt6::Network PostgreSQL::PostgreSQL)
# Its monitor's session would show up in the other shared-cluster tests' exact counts.
set_tests_properties(tst_livesessions PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# Session alerts from the engine alone: no window, no widget.
opsdash_add_qtest(tst_sessionalerts
    SOURCES live/tst_sessionalerts.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LABELS integration
    LIBS opsdash_core Qt6::Network)

# The Go pool's own statistics from the real demo scheduling service (built once by
# demo/build-checkout --go-only, or reused), driven past its pool of 50 on a database of
# its own in the shared cluster: live.scheduling.waits fails with the app's own count,
# maxOpenConns passes at 50 and fails after a restart with 60. Bad metrics pages from a
# loopback server (malformed, huge, slow) give named errors and keep the last values stale.
# A profile's pool metrics URL is read in place of the baseline's (engine, probe --profile).
opsdash_add_pg_test(tst_poolmetrics
    SOURCES live/tst_poolmetrics.cpp sessions/TestHttpServer.h support/RunOpsdash.h
        support/SchemaCheck.h
    LIBS opsdash_core Qt6::Network PostgreSQL::PostgreSQL)
target_compile_definitions(tst_poolmetrics PRIVATE OPSDASH_BUILD_DIR="${CMAKE_BINARY_DIR}")
# Its 50 backends would show up in the other shared-cluster tests' exact counts.
set_tests_properties(tst_poolmetrics PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# Polling a pool's /metrics each second adds ≤ 0.2 % of a core (label bench; its bench-smoke
# twin runs in scripts/test, 5 s windows).
find_package(benchmark REQUIRED)
add_executable(bench_poolmetrics bench/bench_poolmetrics.cpp support/DefaultBaseline.h)
target_link_libraries(bench_poolmetrics
    PRIVATE opsdash_core opsdash_options Qt6::Network benchmark::benchmark)
target_include_directories(bench_poolmetrics PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_poolmetrics COMMAND bench_poolmetrics --benchmark_counters_tabular=true)
set_tests_properties(bench_poolmetrics PROPERTIES LABELS bench TIMEOUT 600)

# --- bench: polling PgBouncer's admin console each second (≤ 0.2 % of a core); its
# bench-smoke twin runs in scripts/test. Its own cluster and pgbouncer.
add_executable(bench_pgbouncer bench/bench_pgbouncer.cpp support/PgBouncerProcess.h)
target_link_libraries(bench_pgbouncer PRIVATE opsdash_core opsdash_options Qt6::Network Qt6::Test
    PostgreSQL::PostgreSQL benchmark::benchmark)
target_compile_definitions(bench_pgbouncer PRIVATE OPSDASH_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
add_test(NAME bench_pgbouncer COMMAND bench_pgbouncer --benchmark_counters_tabular=true)
set_tests_properties(bench_pgbouncer PROPERTIES LABELS bench TIMEOUT 600)
