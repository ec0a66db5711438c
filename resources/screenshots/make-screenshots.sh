#!/bin/sh
# Regenerates the screenshots of the monitor in English, Spanish and Italian, under Xvfb:
#   resources/screenshots/mailslot-monitor-en.png, -es.png, -it.png
#
# Usage: resources/screenshots/make-screenshots.sh [BUILD_DIR]   (default: ../build-ui next to the repository)
# Needs: xvfb-run, imagemagick (import); xdotool to select a row (without it the detail pane
# stays empty). Each language runs in a fresh, private mailslot namespace and settings folder,
# so nothing else on the machine shows up or changes. The network side is shown with the
# shared nmbd capture (opened into the stream) and a bridge on a loopback port that the CLI
# sends to: nothing is sent to any address but 127.0.0.1.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${1:-"$repo/../build-ui"}
monitor="$build/app/mailslot-monitor"
cli="$build/app/mailslot"
capture="$repo/../shared/captures/nmbd-browse.pcapng"
for tool in "$monitor" "$cli"; do
    [ -x "$tool" ] || { echo "make-screenshots: $tool not found; build first" >&2; exit 1; }
done
[ -f "$capture" ] || capture=""
port=41138   # the bridge's loopback port for the pictures

for lang in ${LANGS:-en es it}; do
    scratch=$(mktemp -d)
    chmod 700 "$scratch"
    out="$here/mailslot-monitor-$lang.png"
    # Settings as a user would have left them: the network on (loopback only, a high port,
    # sending to 127.0.0.1), the Decoded tab of the detail pane chosen.
    mkdir -p "$scratch/config/MailslotMonitor"
    cat > "$scratch/config/MailslotMonitor/mailslot-monitor.conf" <<CONF
[detail]
tab=2

[network]
enabled=true
port=$port
interfaces=lo
netbiosName=MONITOR
workgroup=DEMOGRP
sendTo=127.0.0.1
CONF
    MAILSLOT_RUNTIME_DIR="$scratch/slots" XDG_RUNTIME_DIR="$scratch" XDG_CONFIG_HOME="$scratch/config" \
    LANG=C.UTF-8 ROW_X="${ROW_X:-}" ROW_Y="${ROW_Y:-}" MONITOR="$monitor" CLI="$cli" LANG_CODE="$lang" OUT="$out" CAPTURE="$capture" PORT="$port" \
    xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
        set -eu
        # With the nmbd capture named on the command line: it is read into the stream first.
        if [ -n "$CAPTURE" ]; then "$MONITOR" --lang "$LANG_CODE" "$CAPTURE" & else "$MONITOR" --lang "$LANG_CODE" & fi
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
        # Network datagrams to the bridge on 127.0.0.1: a slot no one serves here (listed as
        # seen on the network), a Messenger message, and one the bridge delivers locally.
        net="--to 127.0.0.1 --port $PORT --name PRINTSRV --workgroup DEMOGRP"
        "$CLI" send $net "\\\\*\\mailslot\\demo\\alerts" "disk D: 91% full" >/dev/null
        "$CLI" send $net "\\\\*\\mailslot\\messngr" --hex "50 52 49 4e 54 53 52 56 00 4d 4f 4e 49 54 4f 52 00 50 61 70 65 72 20 6a 61 6d 20 69 6e 20 74 72 61 79 20 32 00" >/dev/null
        "$CLI" send $net "\\\\MONITOR\\mailslot\\mailslot_monitor" "over the network" >/dev/null
        sleep 2.5   # two refreshes of the slot list and the rates
        # Select the Messenger row so that the detail pane shows its decoded fields.
        if command -v xdotool >/dev/null 2>&1; then
            xdotool mousemove ${ROW_X:-700} ${ROW_Y:-491} click 1
            sleep 0.5
        fi
        import -window root "$OUT"
        kill $monitor $held $served
        wait $monitor || true
    '
    rm -rf "$scratch"
    echo "wrote $out"
done
