# Linux: a /usr-style tree. QXmpp 1.10 is not in Debian 12, so a QXmpp built from source is
# installed beside Natter in a private folder and found through RPATH, invisible to other apps.

get_target_property(_natter_qxmpp_configs QXmpp::QXmpp IMPORTED_CONFIGURATIONS)
list(GET _natter_qxmpp_configs 0 _natter_qxmpp_config)
get_target_property(NATTER_QXMPP_LIBRARY QXmpp::QXmpp IMPORTED_LOCATION_${_natter_qxmpp_config})
get_target_property(NATTER_QXMPP_SONAME QXmpp::QXmpp IMPORTED_SONAME_${_natter_qxmpp_config})

# A QXmpp from the distribution (in /usr) is a package dependency instead, not a bundled copy.
if(NATTER_QXMPP_LIBRARY MATCHES "^/usr/")
    set(_natter_bundle_default OFF)
else()
    set(_natter_bundle_default ON)
endif()
option(NATTER_BUNDLE_QXMPP "Install the QXmpp library privately under lib/natter"
    ${_natter_bundle_default})

if(NATTER_BUNDLE_QXMPP)
    if(NOT NATTER_QXMPP_LIBRARY OR NOT NATTER_QXMPP_SONAME)
        message(FATAL_ERROR "NATTER_BUNDLE_QXMPP: cannot find QXmpp's library file and soname.")
    endif()
    set_target_properties(natter PROPERTIES INSTALL_RPATH "$ORIGIN/../lib/natter")
    # Installed under its soname, which is the only name the loader looks for.
    install(FILES ${NATTER_QXMPP_LIBRARY} DESTINATION lib/natter RENAME ${NATTER_QXMPP_SONAME}
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endif()

install(FILES linux/${NATTER_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES linux/${NATTER_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${NATTER_ICONS}/${NATTER_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${NATTER_ICONS}/png/${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        RENAME ${NATTER_APP_ID}.png)
endforeach()
