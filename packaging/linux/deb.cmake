# The Debian package. Libraries the binaries link come from dpkg-shlibdeps; what Qt loads at
# run time (QML modules, platform and image plugins) is listed here because no tool can see it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line and indents the rest itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Natter is a desktop messenger built on XMPP: sign in to \
any XMPP server, chat one-to-one and in groups, send photos, voice notes and documents, and \
search your history.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# CPack lets dpkg-shlibdeps resolve $ORIGIN inside the package, so the bundled QXmpp satisfies
# its own soname and adds only the Qt libraries it links.
set(_natter_runtime_packages
    # Qt Quick modules imported by ui/ and by the Qt Quick Controls styles it uses.
    qml6-module-qtqml
    qml6-module-qtqml-models
    qml6-module-qtqml-workerscript
    qml6-module-qtquick
    qml6-module-qtquick-controls
    qml6-module-qtquick-dialogs
    qml6-module-qtquick-layouts
    qml6-module-qtquick-templates
    qml6-module-qtquick-window
    # The file dialogs (attach, save as) list folders through Qt Labs' folder model and start in
    # a standard folder (QtCore's StandardPaths).
    qml6-module-qt-labs-folderlistmodel
    qml6-module-qtcore
    # Inline video (QtMultimedia's Video item) and its FFmpeg backend, voice notes and playback.
    qml6-module-qtmultimedia
    libqt6multimedia6
    # Qt Quick itself: the linker drops it as no symbol is used directly, but Main.qml needs it.
    libqt6quick6
    # Platform plugins and SVG icons.
    qt6-qpa-plugins
    libqt6svg6
    # Emoji in colour (the picker and message bubbles); Qt finds it through fontconfig.
    fonts-noto-color-emoji
    # Linked by the layers as they land (storage, password keychain, TLS); named here so that
    # a package built from any commit carries them.
    libsqlite3-0
    libssl3
    libqt6keychain1
)
list(JOIN _natter_runtime_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
