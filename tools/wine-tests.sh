#!/usr/bin/env bash
# Builds the Windows back-end and the conformance suite with mingw-w64 (no Qt) and runs the
# suite under Wine, after a check of the monitor's Windows resources (app/windows/*.in, compiled
# by windres). Wine's known deviations from Windows are expected and listed by the suite
# (see core/platform/WINDOWS.md). Usage: tools/wine-tests.sh [build-dir]   (default build-mingw)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-mingw}"

need=()
command -v x86_64-w64-mingw32-g++-posix >/dev/null || need+=(g++-mingw-w64-x86-64 gcc-mingw-w64-x86-64)
command -v wine >/dev/null || need+=(wine)
if ((${#need[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "wine-tests: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y "${need[@]}"
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S tests/conformance -B "$build" "${generator[@]}" \
    -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release -DMAILSLOT_WERROR=ON
cmake --build "$build"

# A console program needs no display. The first run creates the Wine prefix (a few seconds).
export WINEDEBUG=-all
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}" # no Mono/Gecko prompts in a fresh prefix
wine "$build/mailslot-resourcecheck.exe" # the monitor's real .rc and manifest, compiled by windres
wine "$build/mailslot-conformance.exe"
