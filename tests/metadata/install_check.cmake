# cmake --install BUILD_DIR into PREFIX (emptied first; DESTDIR ignored), then: the programs, desktop entry,
# metainfo, icon and man pages are where they belong, and appstreamcli and desktop-file-validate accept them.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DESTDIR ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${status}):\n${output}")
endif()

set(expected
    ${BINDIR}/gumbel-explorer
    ${BINDIR}/gumbel-cli
    ${DATADIR}/applications/${APP_ID}.desktop
    ${DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${DATADIR}/icons/hicolor/scalable/apps/gumbel-explorer.svg
    ${MANDIR}/man1/gumbel-explorer.1
    ${MANDIR}/man1/gumbel-cli.1)
set(missing "")
foreach(file ${expected})
  if(NOT EXISTS "${PREFIX}/${file}")
    list(APPEND missing ${file})
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " missing)
  message(FATAL_ERROR "not installed:\n  ${missing}\ncmake --install said:\n${output}")
endif()

foreach(checker APPSTREAMCLI:appstreamcli:appstream DESKTOP_FILE_VALIDATE:desktop-file-validate:desktop-file-utils)
  string(REPLACE ":" ";" checker ${checker})
  list(GET checker 0 variable)
  list(GET checker 1 program)
  list(GET checker 2 package)
  if(NOT ${variable})
    message(FATAL_ERROR "${program} was not found: install the Debian package ${package} "
                        "(scripts/lib/install-deps.sh lists it), then configure again")
  endif()
endforeach()

# The installed entry names the installed icon; validate-tree checks metainfo, desktop entry and icon together.
file(STRINGS "${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop" icon REGEX "^Icon=")
if(NOT icon STREQUAL "Icon=gumbel-explorer")
  message(FATAL_ERROR "the installed desktop entry's icon is '${icon}', not the installed gumbel-explorer.svg")
endif()
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop"
                OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR output MATCHES "error|warning|hint")
  message(FATAL_ERROR "desktop-file-validate on the installed entry (${status}):\n${output}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net "${PREFIX}"
                OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate-tree on the installed tree (${status}):\n${output}")
endif()
message(STATUS "installed into ${PREFIX}: ${expected}\nappstreamcli validate-tree:\n${output}")
