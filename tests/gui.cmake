# GUI panels of issue 7 (offscreen): activity, alerts and events, responsiveness.
opsdash_add_qtest(tst_activitypanel
    SOURCES gui/tst_activitypanel.cpp support/ScriptedActivity.h
    LABELS gui
    LIBS opsdash_gui)

opsdash_add_qtest(tst_alerts
    SOURCES gui/tst_alerts.cpp support/ScriptedActivity.h
    LABELS gui
    LIBS opsdash_gui)
target_compile_definitions(tst_alerts PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")

opsdash_add_qtest(tst_uiresponsive
    SOURCES gui/tst_uiresponsive.cpp support/EventLoopWatchdog.h
    LABELS gui
    LIBS opsdash_gui)

# --- bench: a tick's update of the activity table with 200 sessions -------------------
find_package(benchmark REQUIRED)
add_executable(bench_activitymodel bench/bench_activitymodel.cpp support/ScriptedActivity.h)
target_link_libraries(bench_activitymodel
    PRIVATE opsdash_gui opsdash_options PostgreSQL::PostgreSQL benchmark::benchmark)
target_include_directories(bench_activitymodel PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_activitymodel COMMAND bench_activitymodel --benchmark_counters_tabular=true)
set_tests_properties(bench_activitymodel PROPERTIES
    LABELS bench TIMEOUT 600 ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# "Mark release" annotations: history, events panel, chart markers (issue 7).
opsdash_add_qtest(tst_releasemarker
    SOURCES gui/tst_releasemarker.cpp
    LABELS gui
    LIBS opsdash_gui)
target_compile_definitions(tst_releasemarker PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")

# --- bench: chart frame over 7 d, whole window tick with 200 sessions, memory after 24 h ---
add_executable(bench_dashboard bench/bench_dashboard.cpp)
target_link_libraries(bench_dashboard
    PRIVATE opsdash_gui opsdash_options PostgreSQL::PostgreSQL benchmark::benchmark)
target_include_directories(bench_dashboard PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME bench_dashboard COMMAND bench_dashboard --benchmark_counters_tabular=true)
set_tests_properties(bench_dashboard PROPERTIES LABELS bench TIMEOUT 1800)

# Every panel in light and dark at 1280×720 and 1600×900, written for looking at.
opsdash_add_qtest(tst_panelscreens
    SOURCES gui/tst_panelscreens.cpp support/Pictures.h
    LABELS gui
    LIBS opsdash_gui PostgreSQL::PostgreSQL)
target_compile_definitions(tst_panelscreens PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
# The same window at device pixel ratio 2 (1920×1080 and 1280×720 logical); the 4K row runs
# in the test above.
add_test(NAME tst_panelscreens_hidpi COMMAND tst_panelscreens largeAndHighDpi)
set_tests_properties(tst_panelscreens_hidpi PROPERTIES
    LABELS gui
    TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_SCALE_FACTOR=2;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/xdg/tst_panelscreens_hidpi/config;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/xdg/tst_panelscreens_hidpi/data")

opsdash_add_qtest(tst_poolbudgetpanel
    SOURCES gui/tst_poolbudgetpanel.cpp support/ScriptedActivity.h
    LABELS gui
    LIBS opsdash_gui)
# The admin endpoint's failures injected while the whole window runs against the fixture
# PostgreSQL (docs/reliability.md, fault injection).
opsdash_add_qtest(tst_sessionfaults
    SOURCES gui/tst_sessionfaults.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
        support/EventLoopWatchdog.h support/OpenDescriptors.h
    LABELS gui
    LIBS opsdash_gui
    FIXTURES pg
    WRAPPER ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
target_compile_definitions(tst_sessionfaults PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
# Its window holds an opsdash backend on the shared cluster: not beside tests that count them.
set_tests_properties(tst_sessionfaults PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# A tick with new data (polls, a sessions read, the countdown) lays out no part of the window
# (docs/gui.md, Measured).
opsdash_add_qtest(tst_ticklayout
    SOURCES gui/tst_ticklayout.cpp gui/PolledSample.h
    LABELS gui
    LIBS opsdash_gui PostgreSQL::PostgreSQL)

# The keychain stopped (SIGSTOP) under the window: no stall, a waiting state, the switch or
# save completes after SIGCONT, a clear error when it never answers.
opsdash_add_qtest(tst_keychainstall
    SOURCES gui/tst_keychainstall.cpp support/EventLoopWatchdog.h
    LABELS gui
    LIBS opsdash_gui
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring)

# The history file locked by another connection under the ticking window: no stall, a
# "writes delayed" state, every tick written after the release.
opsdash_add_qtest(tst_historystall
    SOURCES gui/tst_historystall.cpp gui/PolledSample.h support/EventLoopWatchdog.h
    LABELS gui
    LIBS opsdash_gui PostgreSQL::PostgreSQL)

# The chart takes each poll as it arrives and reads the history file only for a new range
# or a gap; a history file that cannot be opened says why (chart and status bar); a live
# redraw draws what a full redraw of the same range draws.
opsdash_add_qtest(tst_chartfeed
    SOURCES gui/tst_chartfeed.cpp gui/PolledSample.h
    LABELS gui
    LIBS opsdash_gui PostgreSQL::PostgreSQL)

# The chart never draws what it did not see: gaps from the history store, partial rollups,
# pause and outage spans (issue 24 item 1, issue 25).
opsdash_add_qtest(tst_chartgaps
    SOURCES gui/tst_chartgaps.cpp gui/PolledSample.h
    LABELS gui
    LIBS opsdash_gui PostgreSQL::PostgreSQL)

# The window names what fails at every size and language: the drift summary at 1280×720 and
# 1600×900 (light, dark, en, de), its order by impact, and status-bar texts that elide
# (issue 24 items 2, 3 and 5, issue 25 item 7).
opsdash_add_qtest(tst_windowtexts
    SOURCES gui/tst_windowtexts.cpp
    LABELS gui
    LIBS opsdash_gui PostgreSQL::PostgreSQL)
target_compile_definitions(tst_windowtexts PRIVATE OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
set_tests_properties(tst_windowtexts PROPERTIES TIMEOUT 300)

# --- bench: the overview with 10 targets, CPU at 2 s and memory after a simulated day ---
add_executable(bench_overview bench/bench_overview.cpp pg/TestCluster.h)
target_link_libraries(bench_overview
    PRIVATE opsdash_gui opsdash_options PostgreSQL::PostgreSQL benchmark::benchmark)
target_include_directories(bench_overview PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(bench_overview PRIVATE OPSDASH_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
add_test(NAME bench_overview COMMAND bench_overview --benchmark_counters_tabular=true)
set_tests_properties(bench_overview PROPERTIES LABELS bench TIMEOUT 1800)

# The overview (issue 18): three private clusters, three profiles, one over its web budget.
opsdash_add_qtest(tst_overview
    SOURCES gui/tst_overview.cpp pg/TestCluster.h support/Pictures.h support/PgExec.h
    LABELS gui integration
    LIBS opsdash_gui PostgreSQL::PostgreSQL)
target_compile_definitions(tst_overview PRIVATE
    OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}" OPSDASH_BINARY="$<TARGET_FILE:opsdash>")
add_dependencies(tst_overview opsdash)

# File → Export… and Ctrl+C on the tables: CSV, JSON, TSV, redaction, the rows shown (issue 18).
opsdash_add_qtest(tst_tableexport
    SOURCES gui/tst_tableexport.cpp support/ScriptedActivity.h
    LABELS gui
    LIBS opsdash_gui)
# The same on the whole window against the fixture PostgreSQL and a loopback admin endpoint.
opsdash_add_qtest(tst_exportwindow
    SOURCES gui/tst_exportwindow.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
        support/PgExec.h
    LABELS gui
    LIBS opsdash_gui PostgreSQL::PostgreSQL
    FIXTURES pg
    WRAPPER ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
# Its window holds an opsdash backend on the shared cluster: not beside tests that count them.
set_tests_properties(tst_exportwindow PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# Opening a drift row's file or the evidence folder works or says why; where Capture evidence
# proposes its folder (issue 25, item 5).
opsdash_add_qtest(tst_openthings
    SOURCES gui/tst_openthings.cpp drift/MonorepoCopy.h
    LABELS gui
    LIBS opsdash_gui)

# Settings → Start with the desktop session writes and removes the XDG autostart entry
# (issue 18).
opsdash_add_qtest(tst_autostart
    SOURCES gui/tst_autostart.cpp
    LABELS gui
    LIBS opsdash_gui)

# Acknowledge and mute (issue 18): a held postgres.js-named load over a small web budget on the
# shared cluster; a 2 s mute on the test's clock silences the critical step and notifies again
# when it ends; a new window reads an hour's mute back from the history.
opsdash_add_qtest(tst_acknowledge
    SOURCES gui/tst_acknowledge.cpp
    LABELS gui
    LIBS opsdash_gui PostgreSQL::PostgreSQL
    FIXTURES pg
    WRAPPER ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
# Its load and its window's backend would show in the other shared-cluster tests' counts.
set_tests_properties(tst_acknowledge PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# The acknowledge dialog's chosen time is in the window's time zone: 10:00 chosen under UTC,
# local (TZ=America/St_Johns) and a server zone (Asia/Kathmandu) stores that zone's 10:00.
opsdash_add_qtest(tst_acknowledgedialog
    SOURCES gui/tst_acknowledgedialog.cpp
    LABELS gui
    LIBS opsdash_gui
    ENVIRONMENT "TZ=America/St_Johns")

# View → Time zone (issue 18 item 4): an events cell and the status bar for UTC, local
# (TZ=America/St_Johns) and the server's zone (TimeZone=Asia/Kathmandu in the conninfo), the
# fallback without a server zone, and the title of a window paused while disconnected.
opsdash_add_qtest(tst_timezones
    SOURCES gui/tst_timezones.cpp
    LABELS gui
    LIBS opsdash_gui
    ENVIRONMENT "TZ=America/St_Johns"
    FIXTURES pg
    WRAPPER ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
# Its window holds an opsdash backend on the shared cluster: not beside tests that count them.
set_tests_properties(tst_timezones PROPERTIES RESOURCE_LOCK pg_shared_sessions)
