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
    SOURCES drift/tst_sourcechecks.cpp drift/MonorepoCopy.h
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_verifycommand
    SOURCES drift/tst_verifycommand.cpp drift/MonorepoCopy.h drift/TerminalRun.h
    LABELS unit
    LIBS Qt6::Core)
target_compile_definitions(tst_verifycommand PRIVATE OPSDASH_BINARY="$<TARGET_FILE:opsdash>")
add_dependencies(tst_verifycommand opsdash)

opsdash_add_qtest(tst_liverules
    SOURCES drift/tst_liverules.cpp
    LABELS unit
    LIBS opsdash_core)
