# SPDX-License-Identifier: GPL-3.0-or-later
# Qt Linguist catalogues. `cmake --build build --target update_translations` refreshes the .ts
# files from every source in app/ and ui/; the build compiles them to .qm and embeds them under
# :/i18n so that no loose file has to be deployed.
set(RELEASEDESK_LANGUAGES nl de ja)
set(RELEASEDESK_TS_FILES)
foreach(lang IN LISTS RELEASEDESK_LANGUAGES)
    list(APPEND RELEASEDESK_TS_FILES ${CMAKE_SOURCE_DIR}/translations/releasedesk_${lang}.ts)
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
qt_add_resources(releasedesk releasedesk_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${RELEASEDESK_QM_FILES})
