#!/bin/sh
# libmailslot exports exactly the symbols of capi/libmailslot.map (nm -D --defined-only), each in
# version MAILSLOT_1, and has the SONAME libmailslot.so.1.
# Usage: check-exports.sh LIBRARY MAPFILE
set -eu
library=$1
map=$2
expected=$(sed -n 's/^ *\([A-Za-z_][A-Za-z0-9_]*\);$/\1/p' "$map" | LC_ALL=C sort)
actual=$(nm -D --defined-only "$library" | awk '$3 != "MAILSLOT_1" {print $3}' | sed 's/@@MAILSLOT_1$//' | LC_ALL=C sort)
if [ "$expected" != "$actual" ]; then
    echo "check-exports: $library exports other symbols than $map:" >&2
    diff -u "$(printf '%s\n' "$expected" > /tmp/capi-expected.$$ && echo /tmp/capi-expected.$$)" \
        "$(printf '%s\n' "$actual" > /tmp/capi-actual.$$ && echo /tmp/capi-actual.$$)" >&2 || true
    rm -f /tmp/capi-expected.$$ /tmp/capi-actual.$$
    exit 1
fi
[ -n "$expected" ] || { echo "check-exports: no symbols listed in $map" >&2; exit 1; }
soname=$(objdump -p "$library" | awk '$1 == "SONAME" {print $2}')
if [ "$soname" != "libmailslot.so.1" ]; then
    echo "check-exports: SONAME is '$soname', expected libmailslot.so.1" >&2
    exit 1
fi
echo "check-exports: $(printf '%s\n' "$actual" | wc -l) symbols, all listed; SONAME $soname"
