# Packaging (issue 9, docs/packaging.md), ctest label `package`:
#   package_manpage     the manual page documents every option `opsdash --help` and each
#                       `opsdash COMMAND --help` print (and nothing they do not)
#   package_completion  the bash completion: bash -n, then completions of real command lines
#   package_deb         `--target package`, dpkg-deb, desktop-file-validate, appstreamcli,
#                       lintian, then the unpacked opsdash run from a dpkg -x root (snapshot
#                       against the pg fixture)

# Options the manual page documents before the branch adding them has landed. check-manpage
# accepts them while no --help prints them, and says when one does: then drop it here.
# Empty: every option the manual page documents is printed by a --help of this tree.
set(OPSDASH_ANNOUNCED_OPTIONS)
set(opsdash_announced_args)
foreach(option IN LISTS OPSDASH_ANNOUNCED_OPTIONS)
    list(APPEND opsdash_announced_args --announced ${option})
endforeach()

add_test(NAME package_manpage
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package/check-manpage
        $<TARGET_FILE:opsdash> ${CMAKE_BINARY_DIR}/packaging/opsdash.1 ${PROJECT_VERSION}
        ${opsdash_announced_args})
set_tests_properties(package_manpage PROPERTIES LABELS package TIMEOUT 120)

add_test(NAME package_completion
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package/check-completion
        ${CMAKE_SOURCE_DIR}/packaging/opsdash.bash-completion $<TARGET_FILE:opsdash>)
set_tests_properties(package_completion PROPERTIES LABELS package TIMEOUT 300)

add_test(NAME package_deb
    COMMAND ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE}
        ${CMAKE_CURRENT_SOURCE_DIR}/package/run-package-test
        ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR} ${PROJECT_VERSION} ${OPSDASH_APP_ID}
        ${opsdash_announced_args})
set_tests_properties(package_deb PROPERTIES
    LABELS package
    FIXTURES_REQUIRED pg
    ENVIRONMENT "OPSDASH_HOMEPAGE_URL=${PROJECT_HOMEPAGE_URL}"
    TIMEOUT 900
    # It runs the build (`--target package` builds `all` first): alone, so ninja never
    # relinks a test binary another test is running, and lintian has the cores to itself.
    RUN_SERIAL TRUE)
