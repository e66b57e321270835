# SPDX-License-Identifier: GPL-3.0-or-later
# Installation layout and packages. `cmake --install build --prefix /usr` installs the binary,
# the desktop entry, AppStream metainfo, icons, man page and catalogues to the standard places;
# `cpack --config build/CPackConfig.cmake` (run in build/) makes a .deb, whose dependencies
# dpkg-shlibdeps works out from the binary, and a .tar.gz of the same tree.
include(GNUInstallDirs)

set(RELEASEDESK_APP_ID org.releasedesk.ReleaseDesk)
set(installer ${CMAKE_SOURCE_DIR}/installer)

install(TARGETS releasedesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${installer}/${RELEASEDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${installer}/${RELEASEDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/releasedesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${RELEASEDESK_APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${installer}/icons/releasedesk-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${RELEASEDESK_APP_ID}.png)
endforeach()

# Debian installs man pages compressed, with no time stamp in the gzip header.
find_program(GZIP_PROGRAM gzip REQUIRED)
set(manpage ${CMAKE_BINARY_DIR}/man/releasedesk.1.gz)
add_custom_command(OUTPUT ${manpage}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND ${GZIP_PROGRAM} -9nc ${installer}/releasedesk.1 > ${manpage}
    DEPENDS ${installer}/releasedesk.1
    COMMENT "Compressing the man page")
add_custom_target(releasedesk_manpage ALL DEPENDS ${manpage})
install(FILES ${manpage} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${installer}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/releasedesk)

set(CPACK_PACKAGE_NAME releasedesk)
set(CPACK_PACKAGE_VENDOR "The ReleaseDesk developers")
set(CPACK_PACKAGE_CONTACT "The ReleaseDesk developers <developers@releasedesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "batch-record and QC review and release for cell therapy")
set(CPACK_PACKAGE_DESCRIPTION
    "ReleaseDesk keeps batch records and automated QC results of patient-specific cell-therapy
batches in an encrypted local store, walks QA through a review by exception that ends in
electronic signatures (21 CFR Part 11, EU GMP Annex 11), charts QC trends and prints release
documents as PDF/A. English, Dutch, German and Japanese.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME_DEFAULT ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so dpkg-shlibdeps cannot see them: Qt's own catalogues (dialog buttons), the
# word list passwords are checked against, and the fonts that printed documents embed,
# Japanese included.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-translations-l10n, cracklib-runtime, fonts-dejavu-core, fonts-ipafont-gothic | fonts-noto-cjk | fonts-vlgothic")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
# Windows: an NSIS installer of the same tree (not built on Debian).
set(CPACK_NSIS_DISPLAY_NAME ReleaseDesk)
set(CPACK_NSIS_PACKAGE_NAME ReleaseDesk)
set(CPACK_NSIS_MUI_ICON ${installer}/icons/releasedesk-256.png)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\ReleaseDesk.lnk' '$INSTDIR\\\\bin\\\\releasedesk.exe'")
include(CPack)
