# macOS: Natter.app with its icon and the xmpp: URL scheme; `cmake --install` (and so CPack's
# DMG) runs macdeployqt, which copies Qt, its QML modules and Homebrew's QXmpp into the bundle.
set(_natter_icns ${NATTER_ICONS}/natter.icns)
target_sources(natter PRIVATE ${_natter_icns})
set_source_files_properties(${_natter_icns} TARGET_DIRECTORY natter
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(natter PROPERTIES
    OUTPUT_NAME Natter
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${NATTER_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Natter
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE natter.icns)

get_target_property(_natter_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_natter_qt_bin "${_natter_qmake}" DIRECTORY)
find_program(NATTER_MACDEPLOYQT macdeployqt HINTS "${_natter_qt_bin}" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${NATTER_MACDEPLOYQT}\"
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/Natter.app\"
        \"-qmldir=${PROJECT_SOURCE_DIR}/ui\" -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)
")
