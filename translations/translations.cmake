# SPDX-License-Identifier: GPL-3.0-or-later
# Qt Linguist catalogues. `cmake --build build --target update_translations` refreshes the .ts
# files from every source in app/ and ui/. The build compiles them to .qm files in
# build/translations (found there beside the binary), and `install` puts them in
# share/releasedesk/translations.
set(RELEASEDESK_LANGUAGES nl de ja)
set(RELEASEDESK_TS_FILES)
foreach(lang IN LISTS RELEASEDESK_LANGUAGES)
    set(ts ${CMAKE_SOURCE_DIR}/translations/releasedesk_${lang}.ts)
    set_source_files_properties(${ts} PROPERTIES OUTPUT_LOCATION ${CMAKE_BINARY_DIR}/translations)
    list(APPEND RELEASEDESK_TS_FILES ${ts})
endforeach()

file(GLOB_RECURSE RELEASEDESK_I18N_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
    ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h)

qt_add_lupdate(releasedesk
    TS_FILES ${RELEASEDESK_TS_FILES}
    SOURCES ${RELEASEDESK_I18N_SOURCES}
    OPTIONS -no-obsolete -locations none)
qt_add_lrelease(releasedesk
    TS_FILES ${RELEASEDESK_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE RELEASEDESK_QM_FILES)
install(FILES ${RELEASEDESK_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/releasedesk/translations)
