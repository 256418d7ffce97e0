# Windows: natter.exe with its icon; `cmake --install` (and so CPack's NSIS installer) copies
# the DLLs vcpkg placed next to the build (QXmpp, QtKeychain, OpenSSL, SQLite...) and runs
# windeployqt for Qt's own DLLs, plugins and the QML modules ui/ imports.
configure_file(windows/natter.rc.in ${CMAKE_CURRENT_BINARY_DIR}/natter.rc @ONLY)
target_sources(natter PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/natter.rc)

install(DIRECTORY $<TARGET_FILE_DIR:natter>/ DESTINATION bin FILES_MATCHING PATTERN "*.dll")
# DLLs of imported targets outside vcpkg, such as a QXmpp built from source.
install(FILES $<TARGET_RUNTIME_DLLS:natter> DESTINATION bin)

get_target_property(_natter_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_natter_qt_bin "${_natter_qmake}" DIRECTORY)
find_program(NATTER_WINDEPLOYQT windeployqt HINTS "${_natter_qt_bin}" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${NATTER_WINDEPLOYQT}\" --no-translations --no-compiler-runtime
        --qmldir \"${PROJECT_SOURCE_DIR}/ui\"
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/natter.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
# The MSVC runtime, so that the installer works on a machine without Visual Studio.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)
