#!/bin/sh
# pkg-config's "mailslot" module, from the build tree (mailslot-uninstalled.pc) and after
# `cmake --install` into a scratch prefix: each time the example compiles with nothing but
# `pkg-config --cflags --libs mailslot`, runs, and reads its message back.
# Usage: check-pkgconfig.sh BUILD_DIR EXAMPLE.c
set -eu
build=$1
example=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/slots"
export MAILSLOT_RUNTIME_DIR="$scratch/slots"

run_example() { # $1: where the flags come from; rest: environment for the run
    label=$1
    shift
    flags=$(pkg-config --cflags --libs mailslot)
    echo "$label: pkg-config --cflags --libs mailslot: $flags"
    # shellcheck disable=SC2086 # the flags are words
    cc -std=c99 -Wall -Wextra -Werror -o "$scratch/example" "$example" $flags
    out=$(env "$@" "$scratch/example")
    echo "$label: $out"
    [ "$out" = '1 waiting; read "hello"' ] || { echo "check-pkgconfig: $label: unexpected output" >&2; exit 1; }
}

# 1. The build tree.
PKG_CONFIG_PATH="$build/capi" run_example "build tree" PATH="$PATH"

# 2. Installed (the two components of libmailslot: run-time and development files).
prefix="$scratch/prefix"
cmake --install "$build" --prefix "$prefix" --component capi >/dev/null
cmake --install "$build" --prefix "$prefix" --component capidev >/dev/null
pc=$(find "$prefix" -name mailslot.pc)
[ -n "$pc" ] || { echo "check-pkgconfig: cmake --install put no mailslot.pc under $prefix" >&2; exit 1; }
libdir=$(PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --variable=libdir mailslot)
for f in "$libdir/libmailslot.so" "$libdir/libmailslot.so.1" "$prefix/include/mailslot/win32.h"; do
    [ -e "$f" ] || { echo "check-pkgconfig: not installed: $f" >&2; exit 1; }
done
PKG_CONFIG_PATH=$(dirname "$pc") PKG_CONFIG_DISABLE_UNINSTALLED=1 run_example "installed" LD_LIBRARY_PATH="$libdir"
echo "check-pkgconfig: build tree and installed module both work"
