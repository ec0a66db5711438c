#!/usr/bin/env bash
# Builds libmailslot's C test suite (tests/capi/*.c) and the README's C example with mingw-w64
# against the real Windows API and runs them under Wine: the same source that tst_capi runs on
# Linux against our library. Wine's known deviations from Windows are skipped with the reason
# (see core/platform/WINDOWS.md). Usage: tools/capi-wine-tests.sh [build-dir]   (default build-capi-mingw)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-capi-mingw}"

need=()
command -v x86_64-w64-mingw32-gcc-posix >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null || need+=(wine)
if ((${#need[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "capi-wine-tests: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y "${need[@]}"
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S tests/capi/mingw -B "$build" "${generator[@]}" \
    -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release -DMAILSLOT_WERROR=ON
cmake --build "$build"

# A console program needs no display. The first run creates the Wine prefix (a few seconds).
export WINEDEBUG=-all
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}" # no Mono/Gecko prompts in a fresh prefix
wine "$build/mailslot-example.exe"
wine "$build/capitests.exe"
