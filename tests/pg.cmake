opsdash_add_qtest(tst_activityquery
    SOURCES pg/tst_activityquery.cpp pg/SyntheticActivity.h
    LABELS unit
    LIBS opsdash_core PostgreSQL::PostgreSQL)

opsdash_add_pg_test(tst_activitymonitor
    SOURCES pg/tst_activitymonitor.cpp pg/TestCluster.h
    LIBS opsdash_core PostgreSQL::PostgreSQL)

# The reconnect schedule: its rule, and the monitor's retry timestamps (no cluster needed).
opsdash_add_qtest(tst_reconnectschedule
    SOURCES pg/tst_reconnectschedule.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_pg_test(tst_probecommand
    SOURCES pg/tst_probecommand.cpp
    LIBS Qt6::Core PostgreSQL::PostgreSQL)

# Its own private cluster (restarted twenty times) behind a TCP proxy of the test's.
opsdash_add_qtest(tst_faultinjection
    SOURCES pg/tst_faultinjection.cpp pg/TestCluster.h support/TcpProxy.h support/TcpProxy.cpp
        support/EventLoopWatchdog.h support/OpenDescriptors.h
    LABELS integration
    LIBS opsdash_core Qt6::Network PostgreSQL::PostgreSQL)

# Tests that count sessions cluster-wide, or open opsdash backends, on the shared cluster
# take turns: one's backends would show up in the other's exact counts.
set_tests_properties(tst_activitymonitor tst_probecommand PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# --- bench: not run by scripts/test (its bench-smoke twin is); `ctest -L '^bench$'` ---------
find_package(benchmark REQUIRED)
add_executable(bench_activity bench/bench_activity.cpp)
target_link_libraries(bench_activity PRIVATE opsdash_core opsdash_options PostgreSQL::PostgreSQL benchmark::benchmark)
target_compile_definitions(bench_activity PRIVATE OPSDASH_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
add_test(NAME bench_activity COMMAND bench_activity --benchmark_counters_tabular=true)
set_tests_properties(bench_activity PROPERTIES LABELS bench TIMEOUT 1200)

# Cancel / terminate through the monitor's connection; its opsdash backend would show up in
# the exact counts of the tests above.
opsdash_add_pg_test(tst_backendsignals
    SOURCES pg/tst_backendsignals.cpp
    LIBS opsdash_core PostgreSQL::PostgreSQL)
set_tests_properties(tst_backendsignals PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# `opsdash probe` over several targets: two throwaway clusters (TestCluster.h) saved as
# profiles in a real keychain (tests/sessions/with-keyring), and --db twice.
opsdash_add_qtest(tst_probetargets
    SOURCES pg/tst_probetargets.cpp pg/TestCluster.h pg/ClusterProfile.h
    LABELS integration
    LIBS opsdash_core Qt6::Network
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring)
add_dependencies(tst_probetargets opsdash)
set_tests_properties(tst_probetargets PROPERTIES TIMEOUT 600)
