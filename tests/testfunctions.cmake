set(MAILSLOT_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "The team's shared folder (captures)")

# Cross-built for Windows (tools/windows-build.sh), the tests run under Wine
# (CMAKE_CROSSCOMPILING_EMULATOR) with the Qt and mingw run-time DLLs and Qt's plugins found there.
set(MAILSLOT_TEST_PLATFORM_ENV)
if(WIN32 AND CMAKE_CROSSCOMPILING)
    include(${PROJECT_SOURCE_DIR}/cmake/MailslotWindowsRuntime.cmake)
    mailslot_windows_runtime_env(MAILSLOT_TEST_PLATFORM_ENV)
endif()

# Precompiled Qt headers for the tests (MAILSLOT_PCH): two programs' worth of Qt (Core, Network
# and Concurrent; with Gui and Widgets for the tests of ui/) precompiled once, each test reusing
# one. Parsing Qt's headers was about 40 % of compiling a test, and the tests are half of the
# build. QtTest stays out: its headers read macros that differ from test to test. Only the tests:
# the libraries and programs keep compiling with their own includes alone.
option(MAILSLOT_PCH "Precompile the Qt headers of the tests" ON)
function(mailslot_test_pch kind out)
    set(holder mailslot_test_pch_${kind})
    if(NOT TARGET ${holder})
        add_library(${holder} OBJECT ${PROJECT_SOURCE_DIR}/tests/common/pchholder.cpp)
        set_target_properties(${holder} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        # The compiler takes a precompiled header only where every macro defined when it was made
        # is defined alike: the holder has the definitions of the modules each test of its kind
        # links (Core; Gui and Widgets for ui/), and only the headers of the others.
        set(headers <QtCore/QtCore>)
        target_link_libraries(${holder} PRIVATE Qt6::Core)
        if(kind STREQUAL "widgets")
            target_link_libraries(${holder} PRIVATE Qt6::Widgets)
            list(APPEND headers <QtWidgets/QtWidgets>)
        endif()
        foreach(module Network Concurrent)
            if(TARGET Qt6::${module})
                target_include_directories(${holder} PRIVATE
                    $<TARGET_PROPERTY:Qt6::${module},INTERFACE_INCLUDE_DIRECTORIES>)
                list(APPEND headers <Qt${module}/Qt${module}>)
            endif()
        endforeach()
        target_precompile_headers(${holder} PRIVATE ${headers})
    endif()
    set(${out} ${holder} PARENT_SCOPE)
endfunction()

# mailslot_add_test(<name> SOURCES <files> [LIBS <libs>] [ENV <VAR=value>...] [TIMEOUT s] [NO_PCH])
function(mailslot_add_test name)
    cmake_parse_arguments(T "NO_PCH" "TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
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
    if(MAILSLOT_PCH AND NOT T_NO_PCH)
        set(kind core)
        if("Qt6::Widgets" IN_LIST T_LIBS OR "mailslotui" IN_LIST T_LIBS)
            set(kind widgets)
        endif()
        mailslot_test_pch(${kind} holder)
        target_precompile_headers(${name} REUSE_FROM ${holder})
        # A precompiled header that the compiler finds unfit is read as plain headers: slower,
        # never wrong, so not an error under MAILSLOT_WERROR. GCC 12 also reports bounds
        # "overflows" inside the standard library's string code inlined into a test once the
        # headers come precompiled (false: the same code without them is clean, and the sanitizer
        # builds check the bounds as the tests run): warnings, not errors, in the tests.
        target_compile_options(${name} PRIVATE -Wno-error=invalid-pch -Wno-error=array-bounds
            -Wno-error=restrict -Wno-error=stringop-overflow -Wno-error=stringop-overread)
    endif()
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

