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
    SOURCES gui/tst_uiresponsive.cpp
    LABELS gui
    LIBS opsdash_gui)
