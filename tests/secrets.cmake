# Profiles (issue 7 items 1, 8, 9): saved targets, their keychain secrets, the target
# dialog, the welcome page, the target selector and the themes.
opsdash_add_qtest(tst_profilestore
    SOURCES secrets/tst_profilestore.cpp
    LABELS unit
    LIBS opsdash_core)

# The real Secret Service (gnome-keyring in a private D-Bus session), then no D-Bus at all.
opsdash_add_qtest(tst_profilesecrets
    SOURCES secrets/tst_profilesecrets.cpp
    LABELS integration
    LIBS opsdash_core
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring)
add_test(NAME tst_profilesecrets_nobackend
    COMMAND env -u DBUS_SESSION_BUS_ADDRESS $<TARGET_FILE:tst_profilesecrets>
        noBackendTellsTheUserAndHoldsSecretsForTheRun)
set_tests_properties(tst_profilesecrets_nobackend PROPERTIES
    LABELS integration
    TIMEOUT 120
    ENVIRONMENT "OPSDASH_TEST_NO_KEYCHAIN=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/opsdash-no-bus;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/xdg/tst_profilesecrets_nobackend/config;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/xdg/tst_profilesecrets_nobackend/data")

opsdash_add_qtest(tst_profiledialog
    SOURCES secrets/tst_profiledialog.cpp
    LABELS gui
    LIBS opsdash_gui
    FIXTURES pg
    WRAPPER ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
target_compile_definitions(tst_profiledialog PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")

# Runs the real opsdash (snapshot --profile/--theme) too; keychain and fixture both real.
opsdash_add_qtest(tst_targetswitch
    SOURCES secrets/tst_targetswitch.cpp support/EventLoopWatchdog.h
    LABELS gui
    LIBS opsdash_gui
    FIXTURES pg
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
target_compile_definitions(tst_targetswitch PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
add_dependencies(tst_targetswitch opsdash)
set_tests_properties(tst_targetswitch PROPERTIES RESOURCE_LOCK pg_shared_sessions)
# Secrets and least privilege (docs/reliability.md): no secret in any file opsdash writes,
# a read-only monitoring session, TLS verify-full against a private cluster with its own CA.
opsdash_add_qtest(tst_secretleaks
    SOURCES secrets/tst_secretleaks.cpp sessions/TestHttpServer.h
    LABELS integration
    LIBS opsdash_core PostgreSQL::PostgreSQL
    FIXTURES pg
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
add_dependencies(tst_secretleaks opsdash)
# Its opsdash runs hold backends on the shared cluster: not beside tests that count them.
set_tests_properties(tst_secretleaks PROPERTIES RESOURCE_LOCK pg_shared_sessions)

opsdash_add_pg_test(tst_readonlysession
    SOURCES secrets/tst_readonlysession.cpp secrets/PgSession.h
    LIBS opsdash_core PostgreSQL::PostgreSQL)

opsdash_add_qtest(tst_tlsverify
    SOURCES secrets/tst_tlsverify.cpp secrets/PgSession.h pg/TestCluster.h
    LABELS integration
    LIBS opsdash_core)

opsdash_add_qtest(tst_describetarget
    SOURCES secrets/tst_describetarget.cpp
    LABELS unit
    LIBS opsdash_core)
