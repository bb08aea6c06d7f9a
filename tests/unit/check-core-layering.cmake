# The layering of src/ (docs/design.md, "Folders of src/"):
#  1. opsdash_core stays headless: no Widgets, Gui or Charts in what it links, and no widget
#     headers in its sources;
#  2. each folder of src/ includes only its own folder and the folders below it, in the
#     order of OPSDASH_LAYERS (bottom first). A folder not yet in the tree (src/live/ before
#     it lands) is simply not read; once present, it is held to its place.
# Before trusting (2) on the tree, the same check runs over BAD_INCLUDES, a fixture of
# includes that run upward, and must reject every one of them: a check that cannot fail
# fails this test.
# Run as: cmake -DLINKS=... -DSOURCE_DIR=... -DBAD_INCLUDES=... -P this file
cmake_minimum_required(VERSION 3.25)

# Bottom first. A folder may include its own headers and those of folders listed before it.
set(OPSDASH_LAYERS clock model i18n pg sessions secrets drift history prom live evidence serve gui app)

# Each record is "FILE|INCLUDE": FILE a path under src/ ("src/pg/PgConnection.cpp"),
# INCLUDE what its #include "…" names ("model/Result.h"). Appends "FILE: #include
# \"INCLUDE\" (A includes B, above it)" to the list named by out_var for every upward one.
function(layering_violations records out_var)
    set(found)
    foreach(record IN LISTS records)
        string(REPLACE "|" ";" parts "${record}")
        list(GET parts 0 file)
        list(GET parts 1 include)
        if(NOT file MATCHES "(^|/)src/([a-z0-9_]+)/")
            continue()
        endif()
        set(from "${CMAKE_MATCH_2}")
        # Only includes that name a folder of src/ ("pg/PgConnection.h") are layering;
        # same-folder headers, generated ones (ui_*.h, Version.h) and libraries are not.
        if(NOT include MATCHES "^([a-z0-9_]+)/")
            continue()
        endif()
        set(to "${CMAKE_MATCH_1}")
        list(FIND OPSDASH_LAYERS "${from}" from_rank)
        list(FIND OPSDASH_LAYERS "${to}" to_rank)
        if(to_rank EQUAL -1)
            continue() # not a folder of src/ (a third-party path such as "tree_sitter/api.h")
        endif()
        if(from_rank EQUAL -1)
            list(APPEND found "${file}: folder ${from} has no place in the layers; add it to OPSDASH_LAYERS and docs/design.md")
        elseif(to_rank GREATER from_rank)
            list(APPEND found "${file}: #include \"${include}\" (${from} includes ${to}, which sits above it)")
        endif()
    endforeach()
    set(${out_var} "${found}" PARENT_SCOPE)
endfunction()

# --- 1. headless core ---------------------------------------------------------------------
file(READ "${LINKS}" links)
foreach(forbidden Qt6::Widgets Qt6::Charts Qt6::Gui Qt6::PrintSupport)
    string(FIND "${links}" "${forbidden}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "opsdash_core links ${forbidden}: ${links}")
    endif()
endforeach()
file(GLOB_RECURSE all_sources "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/src/*.cpp")
set(core_sources ${all_sources})
list(FILTER core_sources EXCLUDE REGEX "/src/(gui|app)/")
foreach(source ${core_sources})
    file(STRINGS "${source}" includes REGEX "#include <(QtWidgets|QtCharts|QtGui|QWidget|QChart|QPainter|QImage|QApplication)")
    if(includes)
        message(FATAL_ERROR "${source} includes a GUI header: ${includes}")
    endif()
endforeach()

# --- 2a. the check must reject a bad include list -------------------------------------------
# BAD_INCLUDES lines: "src/FOLDER/File.cpp #include \"OTHER/Header.h\"  # expect: upward|ok".
file(STRINGS "${BAD_INCLUDES}" fixture_lines REGEX "^src/")
set(expected_upward 0)
set(misjudged)
foreach(line IN LISTS fixture_lines)
    if(NOT line MATCHES "^([^ ]+) +#include \"([^\"]+)\" +# expect: (upward|ok)$")
        message(FATAL_ERROR "${BAD_INCLUDES}: cannot read the fixture line: ${line}")
    endif()
    set(expect "${CMAKE_MATCH_3}")
    layering_violations("${CMAKE_MATCH_1}|${CMAKE_MATCH_2}" verdict)
    if(expect STREQUAL "upward")
        math(EXPR expected_upward "${expected_upward} + 1")
        if(NOT verdict)
            list(APPEND misjudged "accepted: ${line}")
        endif()
    elseif(verdict)
        list(APPEND misjudged "rejected: ${line}")
    endif()
endforeach()
if(expected_upward EQUAL 0)
    message(FATAL_ERROR "${BAD_INCLUDES} holds no upward include: the check would prove nothing")
endif()
if(misjudged)
    string(REPLACE ";" "\n  " shown "${misjudged}")
    message(FATAL_ERROR "the layering check is broken; over ${BAD_INCLUDES} it misjudged:\n  ${shown}")
endif()

# --- 2b. the tree -------------------------------------------------------------------------
file(GLOB src_entries LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}/src" "${SOURCE_DIR}/src/*")
set(unplaced)
foreach(entry IN LISTS src_entries)
    if(IS_DIRECTORY "${SOURCE_DIR}/src/${entry}" AND NOT entry IN_LIST OPSDASH_LAYERS)
        list(APPEND unplaced "${entry}")
    endif()
endforeach()
if(unplaced)
    message(FATAL_ERROR "src/ folders with no place in the layers: ${unplaced} "
        "(add them to OPSDASH_LAYERS here and to the table in docs/design.md)")
endif()

set(tree_records)
foreach(source IN LISTS all_sources)
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${source}")
    file(STRINGS "${source}" include_lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS include_lines)
        if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
            list(APPEND tree_records "${relative}|${CMAKE_MATCH_1}")
        endif()
    endforeach()
endforeach()
layering_violations("${tree_records}" tree_violations)
if(tree_violations)
    string(REPLACE ";" "\n  " shown "${tree_violations}")
    message(FATAL_ERROR "includes that run upward between layers "
        "(bottom first: ${OPSDASH_LAYERS}):\n  ${shown}")
endif()
list(LENGTH tree_records checked)
message(STATUS "layering: ${checked} includes checked against ${OPSDASH_LAYERS}; "
    "the check rejected all ${expected_upward} upward includes of ${BAD_INCLUDES}")
message(STATUS "opsdash_core links: ${links}")
