# Team mode's Prometheus client (src/prom, issue 17 item 5), against a loopback HTTP server.
opsdash_add_qtest(tst_prometheussource
    SOURCES prom/tst_prometheussource.cpp sessions/TestHttpServer.h
    LABELS integration
    LIBS opsdash_core)

# Team-mode chart: 30 days from Prometheus (a recorded query_range answer on loopback) to
# first paint, ≤ 1 s, enforced (tests/bench/BenchMain.h); its bench-smoke twin is automatic.
add_executable(bench_teammode bench/bench_teammode.cpp sessions/TestHttpServer.h)
target_link_libraries(bench_teammode PRIVATE opsdash_gui opsdash_options benchmark::benchmark)
target_include_directories(bench_teammode PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_teammode COMMAND bench_teammode)
set_tests_properties(bench_teammode PROPERTIES LABELS bench TIMEOUT 600)
