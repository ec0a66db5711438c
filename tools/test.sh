#!/usr/bin/env bash
# Sets up and builds Mailslot Monitor (warnings are errors), then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh -DMAILSLOT_WERROR=ON
ctest --test-dir build --output-on-failure -j2
