#!/usr/bin/env bash
# Builds the Windows back-end and the conformance suite with mingw-w64 (no Qt) and runs the
# suite under Wine, after a check of the monitor's Windows resources (app/windows/*.in, compiled
# by windres). Wine's known deviations from Windows are expected and listed by the suite
# (see core/platform/WINDOWS.md). Usage: tools/wine-tests.sh [build-dir]   (default build-mingw)
set -euo pipefail
cd "$(dirname "$0")/.."
# mailslot-resourcecheck: the monitor's real .rc and manifest, compiled by windres.
exec tools/mingw-wine-run.sh wine-tests tests/conformance "${1:-build-mingw}" \
    mailslot-resourcecheck.exe mailslot-conformance.exe
