# Translations (docs/i18n.md): the catalogs are complete for the current sources, the
# language choice works in-process and on the real command line, and the German window has
# no string left in English.
opsdash_add_qtest(tst_translations
    SOURCES i18n/tst_translations.cpp
    LABELS unit
    LIBS Qt6::Core)
# The lupdate CMake found, run over a copy of translations/ by scripts/update-translations.
target_compile_definitions(tst_translations PRIVATE
    OPSDASH_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")

opsdash_add_qtest(tst_language
    SOURCES i18n/tst_language.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_germanwindow
    SOURCES i18n/tst_germanwindow.cpp
    LABELS gui
    LIBS opsdash_gui)
target_compile_definitions(tst_germanwindow PRIVATE
    OPSDASH_TEST_OUTPUT_DIR="${CMAKE_CURRENT_BINARY_DIR}")
