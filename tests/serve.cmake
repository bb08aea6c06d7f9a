# opsdash serve and opsdash rules (src/serve): exposition, rules, the HTTP endpoint.
opsdash_add_qtest(tst_prometheusrules
    SOURCES serve/tst_prometheusrules.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_exposition
    SOURCES serve/tst_exposition.cpp serve/PromtoolCheck.h
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_serveconfig
    SOURCES serve/tst_serveconfig.cpp serve/PrivateFile.h
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_eventlog
    SOURCES serve/tst_eventlog.cpp
    LABELS unit
    LIBS opsdash_core)

# The real executable through the real promtool (Debian's prometheus package).
opsdash_add_qtest(tst_rulescommand
    SOURCES serve/tst_rulescommand.cpp
    LABELS integration
    LIBS Qt6::Core)
add_dependencies(tst_rulescommand opsdash)

# `opsdash serve` on loopback with two throwaway clusters of its own, a real Prometheus
# and a real Alertmanager (Debian's packages).
opsdash_add_qtest(tst_servecommand
    SOURCES serve/tst_servecommand.cpp serve/PromtoolCheck.h serve/PrivateFile.h
        serve/LoginSessionsTable.h serve/ServeHarness.h
    LABELS integration
    LIBS Qt6::Core Qt6::Network PostgreSQL::PostgreSQL)
add_dependencies(tst_servecommand opsdash)
set_tests_properties(tst_servecommand PROPERTIES TIMEOUT 600)

# /metrics render time and size (docs/scaling.md's figures); label bench, not run by default.
add_executable(bench_exposition bench/bench_exposition.cpp)
target_link_libraries(bench_exposition PRIVATE opsdash_core opsdash_options benchmark::benchmark)
target_include_directories(bench_exposition PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_exposition COMMAND bench_exposition)
set_tests_properties(bench_exposition PROPERTIES LABELS bench TIMEOUT 600)

# serve's CPU, RSS and /metrics figures with 10 targets polled every second (docs/scaling.md).
add_test(NAME bench_serve_load
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/bench/serve-load $<TARGET_FILE:opsdash> 10 60)
set_tests_properties(bench_serve_load PROPERTIES LABELS bench TIMEOUT 600)

# --web-config: the exporter toolkit's YAML subset, the certificate and key, bcrypt through
# libxcrypt (the test makes its hash with mkpasswd or crypt_gensalt, its certificate with
# openssl).
opsdash_add_qtest(tst_webconfig
    SOURCES serve/tst_webconfig.cpp serve/WebCredentials.h serve/PrivateFile.h
    LABELS unit
    LIBS opsdash_core ${OPSDASH_CRYPT_LIBRARY})

# `opsdash serve --web-config` over the fixture cluster: HTTPS with a throwaway certificate,
# basic auth (401/200), a real Prometheus scraping with basic_auth and tls_config.
opsdash_add_pg_test(tst_servewebconfig
    SOURCES serve/tst_servewebconfig.cpp serve/ServeHarness.h serve/WebCredentials.h
        serve/PrivateFile.h
    LIBS Qt6::Core Qt6::Network ${OPSDASH_CRYPT_LIBRARY})
add_dependencies(tst_servewebconfig opsdash)

# A target with a checkout (a copy of tests/fixtures/monorepo) over the fixture cluster:
# the source plane in /metrics, checked at start and on SIGHUP, not on every poll.
opsdash_add_pg_test(tst_servesource
    SOURCES serve/tst_servesource.cpp serve/ServeHarness.h serve/PrivateFile.h
        drift/MonorepoCopy.h
    LIBS Qt6::Core Qt6::Network)
add_dependencies(tst_servesource opsdash)

# serve's resident memory after a simulated hour with 10 targets (≤ 120 MB, docs/scaling.md);
# enforced through BenchMain.h, with its bench-smoke twin (5 simulated minutes).
add_executable(bench_serve_memory bench/bench_serve_memory.cpp)
target_link_libraries(bench_serve_memory PRIVATE opsdash_core opsdash_options benchmark::benchmark)
target_include_directories(bench_serve_memory PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_serve_memory COMMAND bench_serve_memory)
set_tests_properties(bench_serve_memory PROPERTIES LABELS bench TIMEOUT 600)

# Team mode (issue 17 item 5): serve over a database of the fixture cluster (its sessions
# table too), a real Prometheus scraping it every second, and windows whose profile reads that
# Prometheus (pools, checks, chart, login-session counts; no backend of their own); pause
# counted on Prometheus' side; a stopped Prometheus's named state; a snapshot of a Prometheus
# profile; its overview tile (issue 18) beside unreachable and mislabelled ones.
opsdash_add_pg_test(tst_teammode
    SOURCES serve/tst_teammode.cpp serve/ServeHarness.h serve/PrivateFile.h serve/LoginSessionsTable.h
    LIBS opsdash_gui PostgreSQL::PostgreSQL)
add_dependencies(tst_teammode opsdash)
# Its 4 held postgres.js connections (on a database of its own, but the shared cluster) would
# show in the other shared-cluster tests' pools and rules (tst_probecommand's idle rule).
set_tests_properties(tst_teammode PROPERTIES RESOURCE_LOCK pg_shared_sessions)
