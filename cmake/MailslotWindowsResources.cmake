# The monitor's Windows resources (icon, version information, manifest), configured from
# app/windows/*.in with a version "X.Y.Z": numbers for VERSIONINFO and the manifest, text for the
# version strings. Configured files need no quoted -D definition, which a shell between CMake and
# windres would strip (mingw) - the .rc then failed with "syntax error".
#
#   include(cmake/MailslotWindowsResources.cmake)
#   mailslot_add_windows_resources(<target> <version>)
#
# Used by app/CMakeLists.txt for mailslot-monitor, and by tests/conformance (mingw-w64 build of
# its standalone build) for a small check program.
set(MAILSLOT_WINDOWS_RESOURCES_DIR "${CMAKE_CURRENT_LIST_DIR}/../app/windows")
set(MAILSLOT_ICONS_DIR "${CMAKE_CURRENT_LIST_DIR}/../resources/icons")

function(mailslot_add_windows_resources target version)
    if(NOT version MATCHES "^([0-9]+)\\.([0-9]+)\\.([0-9]+)")
        message(FATAL_ERROR "mailslot_add_windows_resources: '${version}' is not X.Y.Z")
    endif()
    set(MAILSLOT_VERSION "${version}")
    set(MAILSLOT_VERSION_MAJOR "${CMAKE_MATCH_1}")
    set(MAILSLOT_VERSION_MINOR "${CMAKE_MATCH_2}")
    set(MAILSLOT_VERSION_PATCH "${CMAKE_MATCH_3}")
    get_filename_component(src "${MAILSLOT_WINDOWS_RESOURCES_DIR}" ABSOLUTE)
    get_filename_component(icons "${MAILSLOT_ICONS_DIR}" ABSOLUTE)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}-windows")
    configure_file("${src}/mailslot-monitor.rc.in" "${out}/mailslot-monitor.rc" @ONLY)
    configure_file("${src}/mailslot-monitor.manifest.in" "${out}/mailslot-monitor.manifest" @ONLY)
    target_sources(${target} PRIVATE "${out}/mailslot-monitor.rc")
    set_source_files_properties("${out}/mailslot-monitor.rc" PROPERTIES
        INCLUDE_DIRECTORIES "${icons};${out}"
        OBJECT_DEPENDS "${icons}/mailslot-monitor.ico;${out}/mailslot-monitor.manifest")
endfunction()
