#!/usr/bin/env bash
# Sets up and builds Mailslot Monitor, then starts the monitor on its default configuration.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting the monitor under Xvfb (xvfb-run)." >&2
    exec xvfb-run -a -s '-screen 0 1280x800x24' build/app/mailslot-monitor "$@"
fi
exec build/app/mailslot-monitor "$@"
