#!/usr/bin/env bash
# Builds libmailslot's C test suite (tests/capi/*.c) and the README's C example with mingw-w64
# against the real Windows API and runs them under Wine: the same source that tst_capi runs on
# Linux against our library. Wine's known deviations from Windows are skipped with the reason
# (see core/platform/WINDOWS.md). Usage: tools/capi-wine-tests.sh [build-dir]   (default build-capi-mingw)
set -euo pipefail
cd "$(dirname "$0")/.."
exec tools/mingw-wine-run.sh capi-wine-tests tests/capi/mingw "${1:-build-capi-mingw}" \
    mailslot-example.exe capitests.exe
