# The live engine (src/live): the watched target, the login sessions, alert evaluation.
# Core only: none of these links Widgets.

# A watched target against its own throwaway cluster: samples and the restart gap in history.
opsdash_add_qtest(tst_livetarget
    SOURCES live/tst_livetarget.cpp
    LABELS integration
    LIBS opsdash_core)

# Pool pressure on a private cluster: a role limited below the web pool's budget fails
# server.roleLimit.web, raising it passes (the same for a database); a session left idle in
# transaction fails live.web.idleInTransaction with its pid, an excluded application's not.
opsdash_add_qtest(tst_livepressure
    SOURCES live/tst_livepressure.cpp
    LABELS integration
    LIBS opsdash_core PostgreSQL::PostgreSQL)

# Alerts: written to and read back from the history events table.
opsdash_add_qtest(tst_alertlog
    SOURCES live/tst_alertlog.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)

# Acknowledgements and mutes on an injected clock: silenced, announced again when a mute ends
# on a condition still raised, kept in and read back from the target's history.
opsdash_add_qtest(tst_acknowledgements
    SOURCES live/tst_acknowledgements.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_alertrules
    SOURCES live/tst_alertrules.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)

# LiveSessions against real HTTP servers on 127.0.0.1 (tests/sessions/TestHttpServer.h) and
# the shared PostgreSQL fixture: admin endpoint, sessions table, canary, stale, failed, and
# the one-shot mode the commands run.
opsdash_add_pg_test(tst_livesessions
    SOURCES live/tst_livesessions.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LIBS opsdash_core Qt6::Network PostgreSQL::PostgreSQL)
# Its monitor's session would show up in the other shared-cluster tests' exact counts.
set_tests_properties(tst_livesessions PROPERTIES RESOURCE_LOCK pg_shared_sessions)

# Session alerts from the engine alone: no window, no widget.
opsdash_add_qtest(tst_sessionalerts
    SOURCES live/tst_sessionalerts.cpp sessions/TestHttpServer.h sessions/SessionPayloads.h
    LABELS integration
    LIBS opsdash_core Qt6::Network)
