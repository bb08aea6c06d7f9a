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
