set(MAILSLOT_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "The team's shared folder (captures)")

# Cross-built for Windows (tools/windows-build.sh), the tests run under Wine
# (CMAKE_CROSSCOMPILING_EMULATOR) with the Qt and mingw run-time DLLs and Qt's plugins found there.
set(MAILSLOT_TEST_PLATFORM_ENV)
if(WIN32 AND CMAKE_CROSSCOMPILING)
    include(${PROJECT_SOURCE_DIR}/cmake/MailslotWindowsRuntime.cmake)
    mailslot_windows_runtime_env(MAILSLOT_TEST_PLATFORM_ENV)
endif()

# mailslot_add_test(<name> SOURCES <files> [LIBS <libs>] [ENV <VAR=value>...] [TIMEOUT s])
function(mailslot_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    # tests/common/windowsdeviation.h: included by path from the root; under Wine it asks the
    # Windows back-end (runningUnderWine).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    if(WIN32)
        target_link_libraries(${name} PRIVATE mailslotplatform)
    endif()
    target_compile_definitions(${name} PRIVATE
        MAILSLOT_TEST_SHARED_DIR="${MAILSLOT_SHARED_DIR}"
        MAILSLOT_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}/tests"
        MAILSLOT_TEST_BINARY_DIR="${PROJECT_BINARY_DIR}"
        MAILSLOT_TEST_CLI="$<TARGET_FILE:mailslot>") # the built `mailslot` (app/ on Linux; beside the tests on Windows)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;${MAILSLOT_TEST_PLATFORM_ENV};${T_ENV}")
    if(WIN32 AND CMAKE_CROSSCOMPILING)
        # The offscreen platform on Windows reads its fonts from a folder (no system fonts there).
        string(APPEND env ";QT_QPA_FONTDIR=Z:/usr/share/fonts/truetype/dejavu")
        string(REGEX REPLACE "(^|;)QT_" "\\1WINEQT_" env "${env}") # Wine passes WINEQT_X as QT_X
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
endfunction()

