# Fuzz targets (tests/fuzz, docs/reliability.md). Each target's source defines
# LLVMFuzzerTestOneInput and is built twice:
#   fuzz_replay_<name>  in every build (label unit): replays the seed corpus
#                       tests/fuzz/corpus/<name>/ and every crash ever found,
#                       tests/fuzz/regressions/<name>/ (a regression test per finding);
#   fuzz_<name>         with OPSDASH_FUZZ (the sanitize preset, clang): libFuzzer with ASan
#                       and UBSan, run for OPSDASH_FUZZ_SECONDS by the `fuzz` label;
#                       scripts/fuzz NAME [seconds] runs one for longer.
set(OPSDASH_FUZZ_SECONDS 60 CACHE STRING "Seconds each fuzz target runs under the fuzz label")
set(OPSDASH_FUZZ_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)

function(opsdash_add_fuzz_target name)
    cmake_parse_arguments(F "" "MAX_LEN;DICT" "SOURCES;LIBS" ${ARGN})
    set(corpus ${OPSDASH_FUZZ_DIR}/corpus/${name})
    set(regressions ${OPSDASH_FUZZ_DIR}/regressions/${name})
    set(inputs ${corpus})
    if(EXISTS ${regressions})
        list(APPEND inputs ${regressions})
    endif()

    add_executable(fuzz_replay_${name} ${F_SOURCES} fuzz/FuzzSupport.h fuzz/ReplayMain.cpp)
    target_link_libraries(fuzz_replay_${name} PRIVATE opsdash_core opsdash_options ${F_LIBS})
    target_include_directories(fuzz_replay_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    add_test(NAME fuzz_replay_${name} COMMAND fuzz_replay_${name} ${inputs})
    set_tests_properties(fuzz_replay_${name} PROPERTIES LABELS unit TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

    if(NOT OPSDASH_FUZZ)
        return()
    endif()
    add_executable(fuzz_${name} ${F_SOURCES} fuzz/FuzzSupport.h)
    target_link_libraries(fuzz_${name} PRIVATE opsdash_core opsdash_options ${F_LIBS})
    target_include_directories(fuzz_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
    # New inputs go to the build tree; the committed seeds are only read.
    set(work ${CMAKE_CURRENT_BINARY_DIR}/fuzz/${name})
    file(MAKE_DIRECTORY ${work}/corpus ${work}/artifacts)
    set(options -max_total_time=${OPSDASH_FUZZ_SECONDS} -rss_limit_mb=2048 -timeout=25
        -max_len=${F_MAX_LEN} -print_final_stats=1 -artifact_prefix=${work}/artifacts/)
    if(F_DICT)
        list(APPEND options -dict=${OPSDASH_FUZZ_DIR}/${F_DICT})
    endif()
    add_test(NAME fuzz_${name} COMMAND fuzz_${name} ${options} ${work}/corpus ${inputs})
    math(EXPR timeout "${OPSDASH_FUZZ_SECONDS} + 120")
    set_tests_properties(fuzz_${name} PROPERTIES LABELS fuzz TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

opsdash_add_fuzz_target(baseline SOURCES fuzz/fuzz_baseline.cpp MAX_LEN 16384 DICT json.dict)
opsdash_add_fuzz_target(admin_sessions SOURCES fuzz/fuzz_admin_sessions.cpp MAX_LEN 16384 DICT json.dict)
opsdash_add_fuzz_target(canary SOURCES fuzz/fuzz_canary.cpp MAX_LEN 4096 DICT json.dict)
opsdash_add_fuzz_target(source_ts SOURCES fuzz/fuzz_source_ts.cpp fuzz/SourceFuzz.h MAX_LEN 16384 DICT typescript.dict)
opsdash_add_fuzz_target(source_tsx SOURCES fuzz/fuzz_source_tsx.cpp fuzz/SourceFuzz.h MAX_LEN 16384 DICT typescript.dict)
opsdash_add_fuzz_target(source_go SOURCES fuzz/fuzz_source_go.cpp fuzz/SourceFuzz.h MAX_LEN 16384 DICT go.dict)
opsdash_add_fuzz_target(conninfo SOURCES fuzz/fuzz_conninfo.cpp MAX_LEN 1024 DICT conninfo.dict
    LIBS PostgreSQL::PostgreSQL)
opsdash_add_fuzz_target(history_read SOURCES fuzz/fuzz_history_read.cpp MAX_LEN 131072)
opsdash_add_fuzz_target(metrics_text SOURCES fuzz/fuzz_metrics_text.cpp MAX_LEN 16384)
