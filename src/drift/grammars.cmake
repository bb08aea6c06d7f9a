# tree-sitter grammars for the source plane, compiled from the npm tarballs that
# scripts/fetch-npm pins and unpacks into third_party/fetched/ (never committed).
# The runtime is Debian's libtree-sitter (0.20.7, language ABI 14).

find_package(PkgConfig REQUIRED)
pkg_check_modules(TREE_SITTER REQUIRED IMPORTED_TARGET tree-sitter)

set(OPSDASH_GRAMMARS_DIR ${CMAKE_SOURCE_DIR}/third_party/fetched)
set(opsdash_grammar_sources
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/typescript/src/parser.c
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/typescript/src/scanner.c
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/tsx/src/parser.c
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/tsx/src/scanner.c
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-go/src/parser.c)
foreach(source IN LISTS opsdash_grammar_sources)
    if(NOT EXISTS ${source})
        message(FATAL_ERROR
            "tree-sitter grammar source ${source} is missing: "
            "run scripts/setup (fetches tree-sitter grammars) or scripts/fetch-npm")
    endif()
endforeach()
# Reconfigure when the fetched sources change (a new pin), so the library is rebuilt.
set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/third_party/npm-pins.txt)

# Generated C, not ours: no project warning flags, and no debug info (the parsers are
# 1.6–6.8 MB of tables; -g makes them slow to build and adds nothing useful).
add_library(opsdash_grammars STATIC ${opsdash_grammar_sources})
set_target_properties(opsdash_grammars PROPERTIES
    C_STANDARD 99
    POSITION_INDEPENDENT_CODE ON
    AUTOMOC OFF
    AUTOUIC OFF
    AUTORCC OFF)
target_compile_options(opsdash_grammars PRIVATE -w -g0)
if(OPSDASH_SANITIZE OR OPSDASH_FUZZ)
    # The generated parser tables are huge and fuzzed upstream: instrumenting them only
    # slows the sanitizer build. The hand-written scanners stay instrumented.
    set_source_files_properties(
        ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/typescript/src/parser.c
        ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/tsx/src/parser.c
        ${OPSDASH_GRAMMARS_DIR}/tree-sitter-go/src/parser.c
        PROPERTIES COMPILE_OPTIONS -fno-sanitize=all)
endif()
# Each parser.c includes "tree_sitter/parser.h" from its own src/ directory; the
# scanners include ../../common/scanner.h relative to themselves.
set_source_files_properties(
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/typescript/src/parser.c
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/typescript/src/scanner.c
    PROPERTIES INCLUDE_DIRECTORIES ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/typescript/src)
set_source_files_properties(
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/tsx/src/parser.c
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/tsx/src/scanner.c
    PROPERTIES INCLUDE_DIRECTORIES ${OPSDASH_GRAMMARS_DIR}/tree-sitter-typescript/tsx/src)
set_source_files_properties(
    ${OPSDASH_GRAMMARS_DIR}/tree-sitter-go/src/parser.c
    PROPERTIES INCLUDE_DIRECTORIES ${OPSDASH_GRAMMARS_DIR}/tree-sitter-go/src)

target_link_libraries(opsdash_core PRIVATE opsdash_grammars PkgConfig::TREE_SITTER)
