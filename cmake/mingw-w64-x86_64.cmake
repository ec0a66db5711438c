# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (g++-mingw-w64-x86-64).
#   cmake -S tests/conformance -B build-mingw -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake
# Programs run under Wine through CMAKE_CROSSCOMPILING_EMULATOR (ctest uses it).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(MINGW_TRIPLE x86_64-w64-mingw32)

# The posix thread model (std::thread, std::mutex, as Qt's own mingw kits use); Debian ships it
# as the -posix variant. The plain name is the win32 model, without std::thread in GCC 12.
find_program(MINGW_CXX NAMES ${MINGW_TRIPLE}-g++-posix ${MINGW_TRIPLE}-g++ REQUIRED)
find_program(MINGW_CC NAMES ${MINGW_TRIPLE}-gcc-posix ${MINGW_TRIPLE}-gcc REQUIRED)
find_program(MINGW_RC NAMES ${MINGW_TRIPLE}-windres REQUIRED)
set(CMAKE_C_COMPILER ${MINGW_CC})
set(CMAKE_CXX_COMPILER ${MINGW_CXX})
set(CMAKE_RC_COMPILER ${MINGW_RC})

# Windows libraries are looked for in mingw's own tree and, for the whole program, in the prefix
# of Qt for Windows (tools/qt-mingw.sh; tools/windows-build.sh passes -DMAILSLOT_QT_WINDOWS_PREFIX).
set(MAILSLOT_QT_WINDOWS_PREFIX "" CACHE PATH "Qt for Windows (x86_64-w64-mingw32), from tools/qt-mingw.sh")
set(CMAKE_FIND_ROOT_PATH /usr/${MINGW_TRIPLE} ${MAILSLOT_QT_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

find_program(WINE_PROGRAM NAMES wine wine64)
if(WINE_PROGRAM)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${WINE_PROGRAM})
endif()
