#!/usr/bin/env bash
# Builds a Qt-free CMake project of ours with mingw-w64 (cmake/mingw-w64-x86_64.cmake, -Werror)
# and runs the given programs of it under Wine, in order; the first that fails stops the run.
# Used by tools/capi-wine-tests.sh (the C suite against the real Windows API).
# Usage: tools/mingw-wine-run.sh LABEL SOURCE_DIR BUILD_DIR PROGRAM.exe...
set -euo pipefail
cd "$(dirname "$0")/.."
label=$1
source_dir=$2
build=$3
shift 3

need=()
command -v x86_64-w64-mingw32-g++-posix >/dev/null || need+=(g++-mingw-w64-x86-64 gcc-mingw-w64-x86-64)
command -v wine >/dev/null || need+=(wine)
if ((${#need[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "$label: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y "${need[@]}"
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$source_dir" -B "$build" "${generator[@]}" \
    -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/mingw-w64-x86_64.cmake" -DCMAKE_BUILD_TYPE=Release -DMAILSLOT_WERROR=ON
cmake --build "$build"

# A console program needs no display. The first run creates the Wine prefix (a few seconds).
export WINEDEBUG=-all
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}" # no Mono/Gecko prompts in a fresh prefix
for program in "$@"; do
    wine "$build/$program"
done
