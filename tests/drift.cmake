# Source plane (src/drift): the constant evaluators, the source checks on the fixture
# monorepo (tests/fixtures/monorepo) and its variants, and `opsdash verify`.
opsdash_add_qtest(tst_tsevaluator
    SOURCES drift/tst_tsevaluator.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_goevaluator
    SOURCES drift/tst_goevaluator.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_sourcechecks
    SOURCES drift/tst_sourcechecks.cpp drift/MonorepoCopy.h drift/LargeCheckout.h
    LABELS unit
    LIBS opsdash_core)

# Small trees written by the test, each with its own baseline: the forms of real
# repositories (shadowing, changes after declaration, syntax errors, bracket paths, JSX in
# .js, redirect forms, several pools in a file, checks the baseline leaves out).
opsdash_add_qtest(tst_sourcecases
    SOURCES drift/tst_sourcecases.cpp drift/SourceTree.h
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_verifycommand
    SOURCES drift/tst_verifycommand.cpp drift/MonorepoCopy.h drift/TerminalRun.h
    LABELS unit
    LIBS Qt6::Core)
target_compile_definitions(tst_verifycommand PRIVATE OPSDASH_BINARY="$<TARGET_FILE:opsdash>")
add_dependencies(tst_verifycommand opsdash)

opsdash_add_qtest(tst_baselineinit
    SOURCES drift/tst_baselineinit.cpp drift/MonorepoCopy.h drift/SourceTree.h
    LABELS unit
    LIBS Qt6::Core)
target_compile_definitions(tst_baselineinit PRIVATE OPSDASH_BINARY="$<TARGET_FILE:opsdash>")
add_dependencies(tst_baselineinit opsdash)

opsdash_add_qtest(tst_liverules
    SOURCES drift/tst_liverules.cpp
    LABELS unit
    LIBS opsdash_core)

# The Drift panel (src/gui): its model and the panel itself, offscreen.
opsdash_add_qtest(tst_driftmodel
    SOURCES drift/tst_driftmodel.cpp
    LABELS gui
    LIBS opsdash_gui)

opsdash_add_qtest(tst_driftpanel
    SOURCES drift/tst_driftpanel.cpp drift/MonorepoCopy.h
    LABELS gui
    LIBS opsdash_gui)
target_compile_definitions(tst_driftpanel PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")

# The Drift tab in the window, watching the shared throwaway cluster.
opsdash_add_qtest(tst_driftwindow
    SOURCES drift/tst_driftwindow.cpp drift/MonorepoCopy.h
    LABELS gui
    LIBS opsdash_gui
    FIXTURES pg
    WRAPPER ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
target_compile_definitions(tst_driftwindow PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
# Its monitor's session would show up in the other shared-cluster tests' exact counts.
set_tests_properties(tst_driftwindow PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# --- bench: not run by scripts/test (its bench-smoke twin is); `ctest -L '^bench$'` ---------
find_package(benchmark REQUIRED)
add_executable(bench_verify bench/bench_verify.cpp drift/LargeCheckout.h drift/MonorepoCopy.h)
target_link_libraries(bench_verify PRIVATE opsdash_core opsdash_options benchmark::benchmark)
target_include_directories(bench_verify PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(bench_verify PRIVATE
    OPSDASH_SOURCE_DIR="${CMAKE_SOURCE_DIR}" OPSDASH_BINARY="$<TARGET_FILE:opsdash>")
add_dependencies(bench_verify opsdash)
add_test(NAME bench_verify COMMAND bench_verify --benchmark_counters_tabular=true)
set_tests_properties(bench_verify PROPERTIES LABELS bench TIMEOUT 600)

# The drift summary under the pool budgets (always in view): counts, problem lines from
# any feed, links into the Drift tab by mouse and keyboard.
opsdash_add_qtest(tst_driftsummary
    SOURCES drift/tst_driftsummary.cpp
    LABELS gui
    LIBS opsdash_gui)
