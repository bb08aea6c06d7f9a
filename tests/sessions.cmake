# Login sessions (issue 4): sources, expiry model, keychain, `opsdash sessions`.
opsdash_add_qtest(tst_adminsessionsparser
    SOURCES sessions/tst_adminsessionsparser.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_sessionexpiry
    SOURCES sessions/tst_sessionexpiry.cpp
    LABELS unit
    LIBS opsdash_core)

# Real HTTP(S) servers on 127.0.0.1, started by the tests.
opsdash_add_qtest(tst_adminendpointsource
    SOURCES sessions/tst_adminendpointsource.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LABELS integration
    LIBS opsdash_core)

opsdash_add_qtest(tst_canarysource
    SOURCES sessions/tst_canarysource.cpp sessions/TestHttpServer.h
    LABELS integration
    LIBS opsdash_core)

opsdash_add_pg_test(tst_sessionstablesource
    SOURCES sessions/tst_sessionstablesource.cpp
    LIBS opsdash_core PostgreSQL::PostgreSQL)

# The real opsdash binary against a test HTTP server and the PostgreSQL fixture.
opsdash_add_pg_test(tst_sessionscommand
    SOURCES sessions/tst_sessionscommand.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LIBS Qt6::Network PostgreSQL::PostgreSQL)
target_compile_definitions(tst_sessionscommand PRIVATE OPSDASH_BINARY="$<TARGET_FILE:opsdash>")
add_dependencies(tst_sessionscommand opsdash)
# It counts opsdash's backends on the shared cluster: not beside other tests that open some.
set_tests_properties(tst_sessionstablesource tst_sessionscommand PROPERTIES
    RESOURCE_LOCK pg_shared_sessions)

# The keychain wrapper against the real Secret Service: gnome-keyring in a private D-Bus
# session (tests/sessions/with-keyring), and once with no Secret Service at all.
opsdash_add_qtest(tst_secretstore
    SOURCES sessions/tst_secretstore.cpp
    LABELS integration
    LIBS opsdash_core
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring)
# No Secret Service: a session bus address that leads nowhere, and no session bus at all.
add_test(NAME tst_secretstore_nobackend COMMAND $<TARGET_FILE:tst_secretstore> noBackendIsToldApartFromNoEntry)
add_test(NAME tst_secretstore_nobus
    COMMAND env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY $<TARGET_FILE:tst_secretstore> noBackendIsToldApartFromNoEntry)
set_tests_properties(tst_secretstore_nobackend tst_secretstore_nobus PROPERTIES
    LABELS integration
    TIMEOUT 120
    ENVIRONMENT "OPSDASH_TEST_NO_KEYCHAIN=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/opsdash-no-bus")

# The Sessions panel (issue 7, item 4): model, panel and status-bar labels, offscreen.
opsdash_add_qtest(tst_sessionspanel
    SOURCES sessions/tst_sessionspanel.cpp sessions/DemoSessions.h sessions/TestHttpServer.h
        sessions/SessionPayloads.h support/Pictures.h
    LABELS gui
    LIBS opsdash_gui)
target_compile_definitions(tst_sessionspanel PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")

# --- bench: one tick's UI update with 200 sessions (target ≤ 5 ms) ----------------------
find_package(benchmark REQUIRED)
add_executable(bench_sessionspanel bench/bench_sessionspanel.cpp sessions/DemoSessions.h)
target_link_libraries(bench_sessionspanel PRIVATE opsdash_gui opsdash_options benchmark::benchmark)
target_include_directories(bench_sessionspanel PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_sessionspanel COMMAND bench_sessionspanel)
set_tests_properties(bench_sessionspanel PROPERTIES LABELS bench TIMEOUT 600
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# The window's Sessions panel on the sessions table through the target's monitor (one
# backend per target, by pid list), admin endpoint first, and `opsdash snapshot --db`.
opsdash_add_qtest(tst_sessionswindow
    SOURCES sessions/tst_sessionswindow.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LABELS gui integration
    LIBS opsdash_gui PostgreSQL::PostgreSQL
    FIXTURES pg
    WRAPPER ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
target_compile_definitions(tst_sessionswindow PRIVATE OPSDASH_BINARY="$<TARGET_FILE:opsdash>"
    OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
add_dependencies(tst_sessionswindow opsdash)
set_tests_properties(tst_sessionswindow PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# One input, three faces: `opsdash sessions --format json`, `opsdash evidence` and the window
# read the same admin endpoint and canary and give the same counts and live.session.maxAge.
opsdash_add_qtest(tst_sessionfaces
    SOURCES sessions/tst_sessionfaces.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LABELS gui integration
    LIBS opsdash_gui Qt6::Network)
add_dependencies(tst_sessionfaces opsdash)
set_tests_properties(tst_sessionfaces PROPERTIES TIMEOUT 300)

# "No session source configured" is neutral, a configured source that fails stays an error,
# JWT sessions have nothing server-side to list (issue 24 item 4, issue 19 item 7).
opsdash_add_qtest(tst_sessionstates
    SOURCES sessions/tst_sessionstates.cpp
    LABELS gui integration
    LIBS opsdash_gui PostgreSQL::PostgreSQL
    FIXTURES pg
    WRAPPER ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
set_tests_properties(tst_sessionstates PROPERTIES RESOURCE_LOCK pg_shared_sessions)
