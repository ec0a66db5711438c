#!/usr/bin/env bash
# The whole project for 64-bit Windows, cross-built on Debian with mingw-w64 against Qt built from
# Debian's own qt6-base source (tools/qt-mingw.sh, cached), then:
#   - every test that applies to Windows run by ctest under Wine (the Windows back-end);
#   - the NSIS installer and a portable .zip of the same files (cpack);
#   - the installer checked under Wine in a fresh prefix (installer/check-windows-installer.sh).
# Usage: tools/windows-build.sh [BUILD_DIR]   (default build-windows)
#   MAILSLOT_WINDOWS_SKIP_TESTS=1   build and package only
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-windows}"
start=$(date +%s)
step() { echo "windows-build: $* ($(( $(date +%s) - start )) s)"; }

tools/apt-ensure.sh wine nsis xvfb xauth fonts-dejavu-core g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix \
    binutils-mingw-w64-x86-64 qt6-translations-l10n zip
qt=$(tools/qt-mingw.sh | tail -1)
step "Qt for Windows ready in $qt"

mkdir -p "$build"
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/mingw-w64-x86_64.cmake" \
    -DMAILSLOT_QT_WINDOWS_PREFIX="$qt" -DCMAKE_PREFIX_PATH="$qt" -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_BUILD_TYPE=Release -DMAILSLOT_WERROR=ON >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log"; exit 1; }
cmake --build "$build"
step "cross-built"

# A console program needs no display; the first run creates the Wine prefix (a few seconds).
export WINEDEBUG=-all
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}" # no Mono/Gecko prompts in a fresh prefix
if [ "${MAILSLOT_WINDOWS_SKIP_TESTS:-0}" != 1 ]; then
    wineboot -i >/dev/null 2>&1 || true
    # One test at a time: Windows has one mailslot namespace for the whole Wine session, where
    # on Linux each test has a private one (MAILSLOT_RUNTIME_DIR).
    ctest --test-dir "$build" --output-on-failure
    step "tests passed under Wine"
fi

(cd "$build" && cpack -G "NSIS;ZIP" >cpack.log 2>&1) || { cat "$build/cpack.log"; exit 1; }
step "packaged: $(cd "$build" && ls mailslot-monitor-[0-9]*.exe mailslot-monitor-[0-9]*.zip | tr '\n' ' ')"
if [ "${MAILSLOT_WINDOWS_SKIP_TESTS:-0}" != 1 ]; then
    installer/check-windows-installer.sh "$build"
fi
step "done"
