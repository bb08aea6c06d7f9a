# Install layout (GNUInstallDirs) and the Debian package (CPack DEB); see docs/packaging.md.
# Included from the top-level CMakeLists.txt after src/ (it installs the opsdash target).
#   cmake --build build --target package   ->  build/opsdash_<version>_amd64.deb
# Sources are in packaging/; what is generated from them lands in <build>/packaging/.

include(GNUInstallDirs)

set(OPSDASH_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(OPSDASH_PACKAGING_OUT ${CMAKE_BINARY_DIR}/packaging)
# Who the package names as its maintainer (Debian wants "Name <address>"): the project's
# neutral line, as its git history signs commits; there is no public address to name yet.
set(OPSDASH_MAINTAINER "opsdash maintainers <opsdash@localhost>")
# The hicolor sizes the PNG icons are rendered at; the SVG serves every other size.
set(OPSDASH_ICON_SIZES 16 22 24 32 48 64 128 256 512)

# --- the program -----------------------------------------------------------------------
install(TARGETS opsdash RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# --- desktop entry, AppStream metadata, icons ------------------------------------------
install(FILES ${OPSDASH_PACKAGING_DIR}/${OPSDASH_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

configure_file(${OPSDASH_PACKAGING_DIR}/${OPSDASH_APP_ID}.metainfo.xml.in
    ${OPSDASH_PACKAGING_OUT}/${OPSDASH_APP_ID}.metainfo.xml @ONLY)
install(FILES ${OPSDASH_PACKAGING_OUT}/${OPSDASH_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(opsdash_icon_svg ${OPSDASH_PACKAGING_DIR}/${OPSDASH_APP_ID}.svg)
install(FILES ${opsdash_icon_svg}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(opsdash_packaging_outputs)
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
if(RSVG_CONVERT_EXECUTABLE)
    foreach(size IN LISTS OPSDASH_ICON_SIZES)
        set(png ${OPSDASH_PACKAGING_OUT}/icons/${size}x${size}/${OPSDASH_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${OPSDASH_PACKAGING_OUT}/icons/${size}x${size}
            COMMAND ${RSVG_CONVERT_EXECUTABLE} --width=${size} --height=${size}
                --output=${png} ${opsdash_icon_svg}
            DEPENDS ${opsdash_icon_svg}
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND opsdash_packaging_outputs ${png})
        install(FILES ${png}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
else()
    # scripts/setup installs it (librsvg2-bin); without it the package lacks PNG icons and
    # the package test says so.
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): no PNG icons are "
        "rendered or installed; run scripts/setup")
endif()

# --- manual page, shell completion ------------------------------------------------------
# Debian installs manual pages and changelogs gzip-compressed; -n keeps the output
# independent of the build time.
function(opsdash_gzip input output)
    add_custom_command(OUTPUT ${output}
        COMMAND gzip -9 -n -c ${input} > ${output}
        DEPENDS ${input}
        COMMENT "Compressing ${output}")
endfunction()

configure_file(${OPSDASH_PACKAGING_DIR}/opsdash.1.in ${OPSDASH_PACKAGING_OUT}/opsdash.1 @ONLY)
opsdash_gzip(${OPSDASH_PACKAGING_OUT}/opsdash.1 ${OPSDASH_PACKAGING_OUT}/opsdash.1.gz)
list(APPEND opsdash_packaging_outputs ${OPSDASH_PACKAGING_OUT}/opsdash.1.gz)
install(FILES ${OPSDASH_PACKAGING_OUT}/opsdash.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${OPSDASH_PACKAGING_DIR}/opsdash.bash-completion
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
    RENAME opsdash)

# --- Debian documentation -------------------------------------------------------------------
opsdash_gzip(${OPSDASH_PACKAGING_DIR}/changelog ${OPSDASH_PACKAGING_OUT}/changelog.gz)
list(APPEND opsdash_packaging_outputs ${OPSDASH_PACKAGING_OUT}/changelog.gz)
install(FILES ${OPSDASH_PACKAGING_DIR}/copyright ${OPSDASH_PACKAGING_OUT}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The one lintian override (the maintainer's localhost address), with its reason.
install(FILES ${OPSDASH_PACKAGING_DIR}/lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
    RENAME opsdash)

add_custom_target(opsdash_packaging_files ALL DEPENDS ${opsdash_packaging_outputs})

# --- CPack: the .deb ----------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME opsdash)
set(CPACK_PACKAGE_VENDOR "The opsdash developers")
set(CPACK_PACKAGE_CONTACT "${OPSDASH_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Debian's synopsis is one short line (lintian: under 80 characters); project()'s
# DESCRIPTION opens the extended description.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "dashboard for PostgreSQL connection pools, login sessions and drift")
# Debian wants the extended description wrapped under 80 columns; CPack keeps these line
# breaks and turns the empty lines into paragraph breaks.
function(opsdash_wrap text width out)
    string(REPLACE " " ";" words "${text}")
    set(wrapped "")
    set(line "")
    foreach(word IN LISTS words)
        string(LENGTH "${line} ${word}" length)
        if(line STREQUAL "")
            set(line "${word}")
        elseif(length GREATER width)
            string(APPEND wrapped "${line}\n")
            set(line "${word}")
        else()
            string(APPEND line " ${word}")
        endif()
    endforeach()
    set(${out} "${wrapped}${line}" PARENT_SCOPE)
endfunction()
opsdash_wrap("${PROJECT_DESCRIPTION}." 76 opsdash_project_description)
set(CPACK_PACKAGE_DESCRIPTION "${opsdash_project_description}

opsdash watches one web platform's PostgreSQL connection pools and login
sessions and tells an on-call engineer at a glance whether the platform is
configured the way its sign-off says it is: pool usage against each pool's
budget and the server's usable capacity, sessions about to expire, and drift
between the sign-off, the source code, the server settings and live behaviour.

The opsdash command also checks a source checkout, polls a server, lists
sessions and renders the dashboard to a PNG without a display, for scripts
and sign-off notes.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # opsdash_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${OPSDASH_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's platform plugins (xcb for
# the window, offscreen for snapshot), the SQLite driver (history store) and libsecret
# (QtKeychain opens it with dlopen).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libsecret-1-0")
# A Secret Service or KWallet for the session token and canary cookie; the environment
# variables serve without one.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
# `opsdash evidence --sign/--verify` run gpg; nothing else needs it.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnupg")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# `package_source` must never sweep up build trees, fetched sources or git's store.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/third_party/fetched/")

include(CPack)
