# History store (src/history): unit tests, the kill -9 test and its writer, the benchmark.
opsdash_add_qtest(tst_historypaths
    SOURCES history/tst_historypaths.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_historydatabase
    SOURCES history/tst_historydatabase.cpp history/HistoryTestData.h
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_historystore
    SOURCES history/tst_historystore.cpp history/HistoryTestData.h
    LABELS unit
    LIBS opsdash_core)

# Appends synthetic samples to a history file until killed (see tst_historykill).
add_executable(history_writer history/history_writer.cpp history/HistoryTestData.h)
target_link_libraries(history_writer PRIVATE opsdash_core opsdash_options)

opsdash_add_qtest(tst_historykill
    SOURCES history/tst_historykill.cpp history/HistoryTestData.h
    LABELS integration
    LIBS opsdash_core)
target_compile_definitions(tst_historykill PRIVATE HISTORY_WRITER="$<TARGET_FILE:history_writer>")
add_dependencies(tst_historykill history_writer)

find_package(benchmark REQUIRED)
add_executable(bench_history bench/bench_history.cpp history/HistoryTestData.h)
target_link_libraries(bench_history PRIVATE opsdash_core opsdash_options benchmark::benchmark)
target_include_directories(bench_history PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_history COMMAND bench_history)
set_tests_properties(bench_history PROPERTIES LABELS bench TIMEOUT 1200)

# readRange over extreme ranges (a finding of the history_read fuzz target).
opsdash_add_qtest(tst_historyranges
    SOURCES history/tst_historyranges.cpp history/HistoryTestData.h
    LABELS unit
    LIBS opsdash_core)
