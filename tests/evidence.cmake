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

# Ctrl+E's signing key (EvidenceDialog, QSettings) with a throwaway GnuPG home and key.
opsdash_add_qtest(tst_evidencesigning
    SOURCES evidence/tst_evidencesigning.cpp evidence/ThrowawayGnuPG.h
    LABELS gui
    LIBS opsdash_gui)
set_tests_properties(tst_evidencesigning PROPERTIES TIMEOUT 300)

# Bundles without a database (CI): the source plane over the fixture checkout, signed and
# verified with the real gpg in throwaway homes the test makes (their agents stopped at the end).
opsdash_add_qtest(tst_evidencebundle
    SOURCES evidence/tst_evidencebundle.cpp evidence/ThrowawayGnuPG.h
    LABELS integration
    LIBS Qt6::Core)
target_compile_definitions(tst_evidencebundle PRIVATE
    OPSDASH_TEST_MONOREPO="${OPSDASH_EVIDENCE_MONOREPO}")
add_dependencies(tst_evidencebundle opsdash)

# The evidence PDF read back with poppler-utils (pdftotext, pdfimages, pdfinfo).
opsdash_add_qtest(tst_evidencepdf
    SOURCES evidence/tst_evidencepdf.cpp
    LABELS gui
    LIBS opsdash_gui)
# Lays out and reads back a dozen PDFs: about 2 min on the 2 shared cores at load 14.
set_tests_properties(tst_evidencepdf PROPERTIES TIMEOUT 600)

# A real HTTP server on 127.0.0.1 (tests/sessions/TestHttpServer.h).
opsdash_add_qtest(tst_sessionsprobe
    SOURCES evidence/tst_sessionsprobe.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LABELS integration
    LIBS opsdash_core Qt6::Network)

# `opsdash evidence --profile` asks the sources the window asks for that profile: the real
# fixture's sessions table, a canary on a real HTTP server on 127.0.0.1, the profile's cookie
# in a real keychain (tests/sessions/with-keyring).
opsdash_add_qtest(tst_evidenceprofile
    SOURCES evidence/tst_evidenceprofile.cpp sessions/TestHttpServer.h
    LABELS integration
    LIBS opsdash_core Qt6::Network PostgreSQL::PostgreSQL
    FIXTURES pg
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
add_dependencies(tst_evidenceprofile opsdash)
set_tests_properties(tst_evidenceprofile PROPERTIES RESOURCE_LOCK pg_shared_sessions TIMEOUT 600)

# Several targets in one bundle: two throwaway clusters (tests/pg/TestCluster.h) saved as
# profiles in a real keychain (tests/sessions/with-keyring), signed with a throwaway GnuPG key.
opsdash_add_qtest(tst_evidencetargets
    SOURCES evidence/tst_evidencetargets.cpp evidence/ThrowawayGnuPG.h pg/ClusterProfile.h
    LABELS integration
    LIBS opsdash_core Qt6::Network
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring)
target_compile_definitions(tst_evidencetargets PRIVATE
    OPSDASH_TEST_MONOREPO="${OPSDASH_EVIDENCE_MONOREPO}")
add_dependencies(tst_evidencetargets opsdash)
set_tests_properties(tst_evidencetargets PROPERTIES TIMEOUT 600)
