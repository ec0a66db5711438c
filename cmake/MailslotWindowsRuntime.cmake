# What the Windows programs need beside them when installed (cmake --install, the NSIS installer,
# the portable .zip): the DLLs they import, found from their import tables, not from a hand-kept
# list; the Qt plugins they load at run time; qtbase's Spanish and Italian catalogues.
#
#   include(cmake/MailslotWindowsRuntime.cmake)
#   mailslot_install_windows_runtime(TARGETS <exe>... PLUGINS <imported Qt plugin target>...)
#
# The import tables are read with objdump (mingw's, also when cross-building on Linux) through
# file(GET_RUNTIME_DEPENDENCIES). A DLL is taken from Qt's bin directory or the compiler's run-time
# directories; a DLL found in none of them is a system DLL (kernel32, user32...), which Windows
# has: those are listed by the install and left out. Plugins go under bin/<type>/, where Qt looks
# beside the executable; qtbase_<lang>.qm goes under translations/, Qt's relocatable
# TranslationsPath (the prefix is the folder above Qt6Core.dll).
include_guard(GLOBAL)

function(_mailslot_mingw_runtime_dirs out)
    set(dirs)
    if(MINGW)
        foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
            execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
            if(IS_ABSOLUTE "${path}" AND EXISTS "${path}")
                get_filename_component(dir "${path}" DIRECTORY)
                list(APPEND dirs "${dir}")
            endif()
        endforeach()
    endif()
    list(REMOVE_DUPLICATES dirs)
    set(${out} ${dirs} PARENT_SCOPE)
endfunction()

# Qt's bin folder (where Qt6Core.dll is), from the imported Qt6::Core target.
function(_mailslot_qt_bin out)
    get_target_property(qtcore Qt6::Core IMPORTED_LOCATION_RELEASE)
    if(NOT qtcore)
        get_target_property(qtcore Qt6::Core IMPORTED_LOCATION)
    endif()
    get_filename_component(qtbin "${qtcore}" DIRECTORY)
    set(${out} "${qtbin}" PARENT_SCOPE)
endfunction()

function(mailslot_install_windows_runtime)
    cmake_parse_arguments(RT "" "" "TARGETS;PLUGINS" ${ARGN})
    _mailslot_qt_bin(qtbin)
    _mailslot_mingw_runtime_dirs(runtime_dirs)
    find_program(MAILSLOT_OBJDUMP NAMES ${CMAKE_OBJDUMP} x86_64-w64-mingw32-objdump objdump REQUIRED)

    set(executables)
    foreach(target IN LISTS RT_TARGETS)
        list(APPEND executables "$<TARGET_FILE:${target}>")
    endforeach()
    set(modules)
    foreach(plugin IN LISTS RT_PLUGINS)
        get_target_property(type ${plugin} QT_PLUGIN_TYPE)
        if(NOT type)
            message(FATAL_ERROR "mailslot_install_windows_runtime: ${plugin} is not a Qt plugin target")
        endif()
        install(IMPORTED_RUNTIME_ARTIFACTS ${plugin} LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR}/${type}
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}/${type})
        list(APPEND modules "$<TARGET_FILE:${plugin}>")
    endforeach()

    find_program(MAILSLOT_STRIP NAMES ${CMAKE_STRIP} x86_64-w64-mingw32-strip)
    install(CODE "
        cmake_policy(VERSION 3.22) # (install scripts otherwise run with the oldest policies)
        set(MAILSLOT_RT_EXECUTABLES \"${executables}\")
        set(MAILSLOT_RT_MODULES \"${modules}\")
        set(MAILSLOT_RT_DIRECTORIES \"${qtbin};${runtime_dirs}\")
        set(MAILSLOT_RT_OBJDUMP \"${MAILSLOT_OBJDUMP}\")
        set(MAILSLOT_RT_STRIP \"${MAILSLOT_STRIP}\")
        set(MAILSLOT_RT_BINDIR \"${CMAKE_INSTALL_BINDIR}\")
        include(\"${CMAKE_CURRENT_FUNCTION_LIST_DIR}/MailslotWindowsRuntimeInstall.cmake\")
    ")

    # Qt's own catalogues, so that standard dialogs speak the user's language. The .qm files are
    # the same on every system: Debian's qt6-translations-l10n has them.
    foreach(language es it)
        find_file(MAILSLOT_QTBASE_QM_${language} qtbase_${language}.qm
            PATHS /usr/share/qt6/translations "${qtbin}/../translations" NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
        if(MAILSLOT_QTBASE_QM_${language})
            install(FILES ${MAILSLOT_QTBASE_QM_${language}} DESTINATION translations)
        else()
            message(WARNING "qtbase_${language}.qm not found (Debian: qt6-translations-l10n); standard dialogs stay in English")
        endif()
    endforeach()
endfunction()

# The environment of a cross-built program run under Wine from the build tree (ctest): the Qt
# and compiler run-time DLLs through WINEPATH (';'-separated, escaped for a CMake list), Qt's
# plugins (offscreen, windows) through QT_PLUGIN_PATH, and a quiet Wine. Sets <out> to a list.
function(mailslot_windows_runtime_env out)
    _mailslot_qt_bin(qtbin)
    get_filename_component(qtprefix "${qtbin}" DIRECTORY)
    _mailslot_mingw_runtime_dirs(runtime_dirs)
    set(winepath "Z:${qtbin}")
    foreach(dir IN LISTS runtime_dirs)
        string(APPEND winepath "\\;Z:${dir}")
    endforeach()
    # Wine hands no QT_* variable to a Windows program (ntdll's special variables); WINEQT_X
    # reaches it as QT_X. QT_FORCE_STDERR_LOGGING: without a console, QtTest on Windows writes its
    # report with OutputDebugString, which ctest never sees; with it, to standard output.
    set(${out} "WINEPATH=${winepath}" "WINEQT_PLUGIN_PATH=Z:${qtprefix}/plugins" "WINEDEBUG=-all"
        "WINEDLLOVERRIDES=mscoree,mshtml=" "WINEQT_FORCE_STDERR_LOGGING=1" PARENT_SCOPE)
endfunction()
