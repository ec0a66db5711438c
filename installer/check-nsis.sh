#!/usr/bin/env bash
# Compiles the Windows installer (CPack NSIS) from a Linux build folder with Debian's makensis,
# to keep installer/windows (the patched template, the Spanish and Italian strings, the icon) in a
# state that makensis accepts. The Qt programs cannot be cross-built here (no Qt for Windows on
# Debian), so the installer carries the Linux build's files as stand-ins: it is a check of the
# installer script, not a package to ship. On Windows, `cpack -G NSIS` in a Qt for Windows build
# makes the real one (installer/README.md).
#
# Usage: installer/check-nsis.sh [BUILD_DIR]      (default: build)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)

if ! command -v makensis >/dev/null; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "check-nsis: makensis is missing (apt-get install nsis)" >&2
        exit 1
    fi
    "$repo/tools/apt-ensure.sh" nsis
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G NSIS -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
exe=$(ls "$out"/*.exe)
nsi=$(ls "$out"/_CPack_Packages/*/NSIS/project.nsi)
for language in English Spanish Italian; do
    grep -q "MUI_LANGUAGE \"$language\"" "$nsi" || { echo "check-nsis: $language missing from the installer" >&2; exit 1; }
done
grep -q 'installer/windows/strings.nsh' "$nsi" || { echo "check-nsis: the translated strings are not included" >&2; exit 1; }
echo "check-nsis: makensis built $(basename "$exe") ($(stat -c %s "$exe") bytes) in English, Spanish and Italian"
