# Packaging of Mailslot Monitor: what `cmake --install` puts around the two programs (desktop
# entry, AppStream metadata, icons, manual pages, bash completion, systemd unit, copyright) and
# the CPack configuration (.deb and .tar.gz on Linux; NSIS and WiX on Windows).
# Included once, from the top-level CMakeLists.txt. See installer/README.md.
#
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr
#   cmake --build build
#   (cd build && cpack -G "DEB;TGZ")      # or, with every check: installer/check-package.sh build

include(GNUInstallDirs)

set(MAILSLOT_APP_ID io.github.mailslotmonitor.MailslotMonitor)
set(MAILSLOT_PACKAGE mailslot-monitor)
set(MAILSLOT_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(MAILSLOT_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
set(MAILSLOT_PKG_BINARY_DIR ${PROJECT_BINARY_DIR}/installer)
set(MAILSLOT_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/${MAILSLOT_PACKAGE})
set(MAILSLOT_ICON_SIZES 16 22 24 32 48 64 128 256)
# On Linux, three .debs: the programs (component "monitor", everything installed without a
# component), libmailslot1 (component capi) and libmailslot-dev (component capidev).
set(MAILSLOT_CAPI_COMPONENTS capi capidev)
set(MAILSLOT_CAPI_PACKAGES libmailslot1 libmailslot-dev)

# ---------------------------------------------------------------------------------------------
# Linux (and other freedesktop systems): desktop integration, documentation, service.
# ---------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    # Manual pages and the changelog, compressed as Debian policy wants (gzip -9, no name or time
    # stamp in the header, so the bytes depend on the contents only).
    find_program(MAILSLOT_GZIP gzip REQUIRED)
    set(_mailslot_gz_outputs)
    foreach(_page mailslot.1 mailslot-monitor.1)
        list(APPEND _mailslot_gz_sources ${MAILSLOT_INSTALLER_DIR}/man/${_page})
        list(APPEND _mailslot_gz_names ${_page})
    endforeach()
    list(APPEND _mailslot_gz_sources ${MAILSLOT_INSTALLER_DIR}/debian/changelog)
    list(APPEND _mailslot_gz_names changelog)
    foreach(_source _name IN ZIP_LISTS _mailslot_gz_sources _mailslot_gz_names)
        set(_output ${MAILSLOT_PKG_BINARY_DIR}/${_name}.gz)
        add_custom_command(OUTPUT ${_output}
            COMMAND ${MAILSLOT_GZIP} -9 -n -c ${_source} > ${_output}
            DEPENDS ${_source}
            COMMENT "Compressing ${_name}")
        list(APPEND _mailslot_gz_outputs ${_output})
    endforeach()
    add_custom_target(mailslot_package_files ALL DEPENDS ${_mailslot_gz_outputs})

    install(FILES ${MAILSLOT_PKG_BINARY_DIR}/mailslot.1.gz ${MAILSLOT_PKG_BINARY_DIR}/mailslot-monitor.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${MAILSLOT_PKG_BINARY_DIR}/changelog.gz
                  ${MAILSLOT_INSTALLER_DIR}/debian/copyright
                  ${MAILSLOT_INSTALLER_DIR}/README.md
                  ${PROJECT_SOURCE_DIR}/STREAM-FORMAT.md # what `mailslot remote` reads, for other tools too
        DESTINATION ${MAILSLOT_DOCDIR})

    # Desktop entry and AppStream metadata, named after the application id.
    install(FILES ${MAILSLOT_INSTALLER_DIR}/desktop/${MAILSLOT_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
    install(FILES ${MAILSLOT_INSTALLER_DIR}/desktop/${MAILSLOT_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)

    # Icons in the hicolor theme (pre-rendered from the SVG by resources/icons/render-icons.sh).
    install(FILES ${MAILSLOT_ICON_DIR}/mailslot-monitor.svg
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps
        RENAME ${MAILSLOT_APP_ID}.svg)
    foreach(_size IN LISTS MAILSLOT_ICON_SIZES)
        install(FILES ${MAILSLOT_ICON_DIR}/hicolor/${_size}x${_size}/mailslot-monitor.png
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${_size}x${_size}/apps
            RENAME ${MAILSLOT_APP_ID}.png)
    endforeach()

    # Shell completion, the bridge service and the lintian overrides.
    install(FILES ${MAILSLOT_INSTALLER_DIR}/completion/mailslot
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions)
    # /usr/lib/systemd/system (the prefix's lib, not the multiarch CMAKE_INSTALL_LIBDIR).
    install(FILES ${MAILSLOT_INSTALLER_DIR}/systemd/mailslot-bridge@.service
        DESTINATION lib/systemd/system)
    # The Wireshark extcap, where Debian's Wireshark looks for extcaps (`tshark -G folders`:
    # /usr/lib/<multiarch>/wireshark/extcap, whatever prefix this build was configured with; the
    # .deb installs under /usr): a script that runs `mailslot extcap`, found relative to itself.
    if(CMAKE_LIBRARY_ARCHITECTURE)
        set(_extcap_default lib/${CMAKE_LIBRARY_ARCHITECTURE}/wireshark/extcap)
    else()
        set(_extcap_default ${CMAKE_INSTALL_LIBDIR}/wireshark/extcap)
    endif()
    set(MAILSLOT_WIRESHARK_EXTCAP_DIR ${_extcap_default} CACHE STRING "Wireshark's extcap folder, relative to the prefix")
    file(RELATIVE_PATH MAILSLOT_EXTCAP_TO_BIN /prefix/${MAILSLOT_WIRESHARK_EXTCAP_DIR} /prefix/${CMAKE_INSTALL_BINDIR})
    configure_file(${MAILSLOT_INSTALLER_DIR}/wireshark/mailslot-extcap.in ${MAILSLOT_PKG_BINARY_DIR}/mailslot-extcap @ONLY)
    install(PROGRAMS ${MAILSLOT_PKG_BINARY_DIR}/mailslot-extcap DESTINATION ${MAILSLOT_WIRESHARK_EXTCAP_DIR})
    install(FILES ${MAILSLOT_INSTALLER_DIR}/debian/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides
        RENAME ${MAILSLOT_PACKAGE})

    # libmailslot's packages (capi/CMakeLists.txt installs their files): each has its copyright
    # and changelog, as Debian wants of every package.
    if(TARGET mailslotcapi)
        foreach(_component _package IN ZIP_LISTS MAILSLOT_CAPI_COMPONENTS MAILSLOT_CAPI_PACKAGES)
            install(FILES ${MAILSLOT_PKG_BINARY_DIR}/changelog.gz ${MAILSLOT_INSTALLER_DIR}/debian/copyright
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${_package} COMPONENT ${_component})
        endforeach()
        install(FILES ${MAILSLOT_INSTALLER_DIR}/debian/libmailslot1/lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides RENAME libmailslot1 COMPONENT capi)
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Windows: the DLLs, Qt plugins and Qt catalogues next to the programs, found from the programs'
# import tables (cmake/MailslotWindowsRuntime.cmake; no windeployqt, which Debian's Qt lacks).
# ---------------------------------------------------------------------------------------------
if(WIN32 AND TARGET mailslot-monitor)
    include(${PROJECT_SOURCE_DIR}/cmake/MailslotWindowsRuntime.cmake)
    mailslot_install_windows_runtime(TARGETS mailslot mailslot-monitor
        PLUGINS Qt6::QWindowsIntegrationPlugin Qt6::QWindowsVistaStylePlugin)
    install(FILES ${MAILSLOT_INSTALLER_DIR}/windows/LICENSE.txt DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

# ---------------------------------------------------------------------------------------------
# CPack
# ---------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME ${MAILSLOT_PACKAGE})
set(CPACK_PACKAGE_VENDOR "The Mailslot Monitor developers")
set(CPACK_PACKAGE_CONTACT "The Mailslot Monitor developers <mailslot-monitor@example.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Win32 mailslots on Linux: command-line tool and desktop monitor")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mailslot Monitor")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "MailslotMonitor")
set(CPACK_PACKAGE_EXECUTABLES "mailslot-monitor" "Mailslot Monitor")
set(CPACK_RESOURCE_FILE_LICENSE ${MAILSLOT_INSTALLER_DIR}/windows/LICENSE.txt)
set(CPACK_PACKAGE_ICON ${MAILSLOT_ICON_DIR}/mailslot-monitor.ico)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_PACKAGE_FILE_NAME ${MAILSLOT_PACKAGE}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR})
string(TOLOWER "${CPACK_PACKAGE_FILE_NAME}" CPACK_PACKAGE_FILE_NAME)
# Fixed permissions whatever the umask of whoever builds the package.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_THREADS 0)
# Values reach CPack exactly as written here (quotes, backslashes and $ included).
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    find_program(MAILSLOT_WIX_CANDLE candle PATHS "$ENV{WIX}/bin")
    if(MAILSLOT_WIX_CANDLE)
        list(APPEND CPACK_GENERATOR WIX)
    endif()
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# .tar.gz: the same files as the .deb, relative to the prefix (bin/, share/, lib/systemd/) under
# mailslot-monitor-<version>-linux-<arch>/, to unpack into /usr/local, /opt/... or ~/.local
# (the systemd unit runs /usr/bin/mailslot: edit ExecStart for another prefix). The .deb always
# installs under /usr (CPACK_PACKAGING_INSTALL_PREFIX), whatever CMAKE_INSTALL_PREFIX is.
# mtimes come from SOURCE_DATE_EPOCH when it is set: CPack's archive writer honours it.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# .deb: one package per component (the programs; libmailslot1; libmailslot-dev). Each
# package's description starts with its own summary line (installer/cpackproject.cmake keeps
# CPack from putting CPACK_PACKAGE_DESCRIPTION_SUMMARY before every one).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_PROJECT_CONFIG_FILE ${MAILSLOT_INSTALLER_DIR}/cpackproject.cmake)
set(CPACK_DEBIAN_MONITOR_PACKAGE_NAME ${MAILSLOT_PACKAGE})
set(CPACK_DEBIAN_PACKAGE_NAME ${MAILSLOT_PACKAGE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Added to what dpkg-shlibdeps finds: Qt's SVG plugins, for the window icon (an SVG in the
# resources) and the SVG icon in the theme; nothing links to QtSvg, so shlibdeps cannot see it.
set(CPACK_DEBIAN_MONITOR_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_MONITOR_PACKAGE_SUGGESTS "samba, tshark")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Maintainer scripts for the bridge's systemd template (never enabled by the package): reload and
# restart running instances on upgrade, stop them on remove, drop enablement links on purge.
set(CPACK_DEBIAN_MONITOR_PACKAGE_CONTROL_EXTRA
    ${MAILSLOT_INSTALLER_DIR}/debian/postinst
    ${MAILSLOT_INSTALLER_DIR}/debian/prerm
    ${MAILSLOT_INSTALLER_DIR}/debian/postrm)
# Qt's own translations (qtbase_es/it.qm): standard dialogs and buttons then speak the chosen
# language; the programs work without them, in English for those strings.
set(CPACK_DEBIAN_MONITOR_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_MONITOR_DESCRIPTION
"${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
Mailslots are the one-way message boxes of Windows: a program creates one,
and any other program, on the same computer or across the network, can drop
messages into it. This package gives mailslots on Linux the behaviour they
have on Windows: one server per name, a maximum message size, a read timeout,
one write per message, first in first out, and exact figures at every moment.
.
It contains the mailslot command-line tool (serve, send, list, info, a bridge
that receives mailslot messages from the network on UDP port 138, and a
decoder for capture files) and Mailslot Monitor, a Qt desktop program that
lists every slot, shows messages as they arrive, sends test messages and
displays the slot statistics live, in English, Spanish and Italian.")

set(_mailslot_capi_about
"libmailslot gives C programs the mailslot part of the Win32 API with its
Windows names and signatures (CreateMailslot, CreateFile, ReadFile, WriteFile,
GetMailslotInfo, SetMailslotInfo, CloseHandle, GetLastError), so that mailslot
code written for Windows compiles for Linux unchanged. Its slots behave as on
Windows and are the ones the mailslot tool and Mailslot Monitor list and serve.")
set(CPACK_DEBIAN_CAPI_PACKAGE_NAME libmailslot1)
set(CPACK_DEBIAN_CAPIDEV_PACKAGE_NAME libmailslot-dev)
set(CPACK_DEBIAN_CAPI_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON) # a shlibs file for the packages with a library (libmailslot1)
set(CPACK_DEBIAN_CAPI_PACKAGE_CONTROL_EXTRA ${MAILSLOT_INSTALLER_DIR}/debian/libmailslot1/triggers)
set(CPACK_DEBIAN_CAPI_DESCRIPTION "Win32 mailslot API for Linux (shared library)
${_mailslot_capi_about}
.
This package contains the shared library.")
set(CPACK_DEBIAN_CAPIDEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_CAPIDEV_PACKAGE_DEPENDS "libmailslot1 (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_CAPIDEV_DESCRIPTION "Win32 mailslot API for Linux (development files)
${_mailslot_capi_about}
.
This package contains the header <mailslot/win32.h>, the link to the library
and the pkg-config module \"mailslot\".")

# Windows: NSIS. The stock template is used with three changes made by
# installer/windows/nsis-template.cmake: only English, Spanish and Italian, a language choice at
# start (remembered for the uninstaller), and its few English-only strings translated
# (installer/windows/strings.nsh).
set(CPACK_NSIS_PACKAGE_NAME "Mailslot Monitor")
set(CPACK_NSIS_DISPLAY_NAME "Mailslot Monitor ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${MAILSLOT_ICON_DIR}/mailslot-monitor.ico)
set(CPACK_NSIS_MUI_UNIICON ${MAILSLOT_ICON_DIR}/mailslot-monitor.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mailslot-monitor.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "mailslot-monitor@example.invalid")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN mailslot-monitor.exe)
if(CMAKE_HOST_WIN32) # (makensis on Linux refuses BrandingText /TRIM*, which CPack writes)
    set(CPACK_NSIS_BRANDING_TEXT "Mailslot Monitor ${PROJECT_VERSION}")
endif()
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# The language the installer ran in (the user's, or the one chosen at start) is remembered for the
# uninstaller (MUI_UNGETLANGUAGE reads it), also after a silent install.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX 'Software\\MailslotMonitor' 'Installer Language' $LANGUAGE")
# The uninstaller removes every registry key of ours: the remembered installer language (SHCTX)
# and the monitor's settings (QSettings: HKCU\Software\MailslotMonitor) of the user who uninstalls
# (the vendor key above CPack's own: installer/windows/nsis-template.cmake).
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey SHCTX 'Software\\MailslotMonitor'
  DeleteRegKey HKCU 'Software\\MailslotMonitor'")
include(${MAILSLOT_INSTALLER_DIR}/windows/nsis-template.cmake)

# Windows: WiX (MSI). The upgrade code never changes: it is how Windows Installer recognises an
# older Mailslot Monitor to replace. One MSI per language: cpack -G WIX -D CPACK_WIX_CULTURES=es-ES.
set(CPACK_WIX_UPGRADE_GUID "6F1B4E52-3C8A-4D2E-9B7F-0A5C2E81D4B3")
set(CPACK_WIX_PRODUCT_ICON ${MAILSLOT_ICON_DIR}/mailslot-monitor.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Mailslot Monitor")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
if(NOT CPACK_WIX_CULTURES)
    set(CPACK_WIX_CULTURES en-US)
endif()

include(CPack)
