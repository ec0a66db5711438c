#!/bin/sh
# Regenerates the screenshots of the monitor in English, Spanish and Italian, under Xvfb:
#   resources/screenshots/mailslot-monitor-en.png, -es.png, -it.png
#
# Usage: resources/screenshots/make-screenshots.sh [BUILD_DIR]   (default: ../build-ui next to the repository)
# Needs: xvfb-run, imagemagick (import). Each language runs in a fresh, private mailslot
# namespace and settings folder, so nothing else on the machine shows up or changes.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${1:-"$repo/../build-ui"}
monitor="$build/app/mailslot-monitor"
cli="$build/app/mailslot"
for tool in "$monitor" "$cli"; do
    [ -x "$tool" ] || { echo "make-screenshots: $tool not found; build first" >&2; exit 1; }
done

for lang in en es it; do
    scratch=$(mktemp -d)
    chmod 700 "$scratch"
    out="$here/mailslot-monitor-$lang.png"
    MAILSLOT_RUNTIME_DIR="$scratch/slots" XDG_RUNTIME_DIR="$scratch" XDG_CONFIG_HOME="$scratch/config" \
    LANG=C.UTF-8 MONITOR="$monitor" CLI="$cli" LANG_CODE="$lang" OUT="$out" \
    xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
        set -eu
        "$MONITOR" --lang "$LANG_CODE" &
        monitor=$!
        # Wait (at most 10 s) until the monitor serves its default slot.
        tries=0
        until "$CLI" info mailslot_monitor >/dev/null 2>&1; do
            tries=$((tries + 1)); [ $tries -lt 100 ] || { kill $monitor; exit 1; }
            sleep 0.1
        done
        # Other processes: one slot held (its messages queue up), one served normally.
        "$CLI" serve "demo\\events" --hold --max-size 424 >/dev/null &
        held=$!
        "$CLI" serve "demo\\status" --timeout forever >/dev/null &
        served=$!
        sleep 0.5
        "$CLI" send "demo\\events" "queued 1" >/dev/null
        "$CLI" send "demo\\events" "queued 2, a little longer" >/dev/null
        "$CLI" send mailslot_monitor "hello" >/dev/null
        "$CLI" send mailslot_monitor "Temperature=21.5C;Humidity=40%" >/dev/null
        "$CLI" send mailslot_monitor "multi-line
message	with a tab" >/dev/null
        "$CLI" send mailslot_monitor --encoding utf-16le "UTF-16 text" >/dev/null
        "$CLI" send mailslot_monitor --hex "00 01 02 03 ff fe 41 42 43" >/dev/null
        "$CLI" send mailslot_monitor "<b>markup stays plain text</b>" >/dev/null
        "$CLI" send mailslot_monitor "olá café naïve" >/dev/null
        "$CLI" send mailslot_monitor --repeat 3 "burst" >/dev/null
        sleep 2.5   # two refreshes of the slot list and the rates
        import -window root "$OUT"
        kill $monitor $held $served
        wait $monitor || true
    '
    rm -rf "$scratch"
    echo "wrote $out"
done
