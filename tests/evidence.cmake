# Evidence bundles (src/evidence, src/gui/EvidenceCapture, `opsdash evidence`).
set(OPSDASH_EVIDENCE_MONOREPO ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/monorepo)

opsdash_add_qtest(tst_redaction
    SOURCES evidence/tst_redaction.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_evidencereport
    SOURCES evidence/tst_evidencereport.cpp
    LABELS unit
    LIBS opsdash_core)
target_compile_definitions(tst_evidencereport PRIVATE
    OPSDASH_TEST_MONOREPO="${OPSDASH_EVIDENCE_MONOREPO}")

opsdash_add_pg_test(tst_evidencecommand
    SOURCES evidence/tst_evidencecommand.cpp
    LIBS Qt6::Core Qt6::Network) # Network: a silent TCP listener
target_compile_definitions(tst_evidencecommand PRIVATE
    OPSDASH_TEST_MONOREPO="${OPSDASH_EVIDENCE_MONOREPO}")
add_dependencies(tst_evidencecommand opsdash)
set_tests_properties(tst_evidencecommand PROPERTIES RESOURCE_LOCK pg_shared_sessions)

opsdash_add_qtest(tst_evidencecapture
    SOURCES evidence/tst_evidencecapture.cpp
    LABELS gui
    LIBS opsdash_gui)
target_compile_definitions(tst_evidencecapture PRIVATE
    OPSDASH_TEST_MONOREPO="${OPSDASH_EVIDENCE_MONOREPO}"
    OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")

# A real HTTP server on 127.0.0.1 (tests/sessions/TestHttpServer.h).
opsdash_add_qtest(tst_sessionsprobe
    SOURCES evidence/tst_sessionsprobe.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LABELS integration
    LIBS opsdash_core Qt6::Network)
