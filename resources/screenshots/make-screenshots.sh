#!/bin/sh
# Regenerates the screenshots of the monitor in English, Spanish and Italian, under Xvfb:
#   resources/screenshots/mailslot-monitor-en.png, -es.png, -it.png
# and one in English on a dark palette (a style sheet) with a coloring rule of the user's:
#   resources/screenshots/mailslot-monitor-dark.png
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

for variant in ${LANGS:-en es it dark}; do
    lang=$variant
    style=""
    scratch=$(mktemp -d)
    chmod 700 "$scratch"
    out="$here/mailslot-monitor-$variant.png"
    coloring=""
    if [ "$variant" = dark ]; then
        lang=en
        style="$scratch/dark.qss"
        cat > "$style" <<QSS
QWidget { background-color: #2b2b2b; color: #e6e6e6; }
QWidget:disabled { color: #7a7a7a; }
QAbstractItemView { background-color: #1e1e1e; alternate-background-color: #262626; color: #e6e6e6;
                    selection-background-color: #2f65ca; selection-color: #ffffff; }
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox { background-color: #1e1e1e; color: #e6e6e6; }
QHeaderView::section { background-color: #333333; color: #e6e6e6; }
QSS
        # The default rules, and one of the user's first: the readings in green.
        coloring="[coloring]
count=6
rule0\\enabled=true
rule0\\field=text
rule0\\pattern=Temperature
rule0\\color=#43a047
rule1\\enabled=true
rule1\\field=kind
rule1\\pattern=malformed
rule1\\color=#e53935
rule2\\enabled=true
rule2\\field=kind
rule2\\pattern=messenger.
rule2\\color=#ffa000
rule3\\enabled=true
rule3\\field=kind
rule3\\pattern=netlogon.
rule3\\color=#8e24aa
rule4\\enabled=true
rule4\\field=kind
rule4\\pattern=browse.
rule4\\color=#1e88e5
rule5\\enabled=true
rule5\\field=kind
rule5\\pattern=lanman.
rule5\\color=#00897b
"
    fi
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

$coloring
CONF
    MAILSLOT_RUNTIME_DIR="$scratch/slots" XDG_RUNTIME_DIR="$scratch" XDG_CONFIG_HOME="$scratch/config" \
    LANG=C.UTF-8 ROW_X="${ROW_X:-}" ROW_Y="${ROW_Y:-}" MONITOR="$monitor" CLI="$cli" LANG_CODE="$lang" OUT="$out" CAPTURE="$capture" PORT="$port" \
    STYLE="$style" \
    xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
        set -eu
        # With the nmbd capture named on the command line: it is read into the stream first.
        set -- --lang "$LANG_CODE"
        [ -z "$STYLE" ] || set -- "$@" -stylesheet "$STYLE"
        if [ -n "$CAPTURE" ]; then "$MONITOR" "$@" "$CAPTURE" & else "$MONITOR" "$@" & fi
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
            xdotool mousemove ${ROW_X:-700} ${ROW_Y:-477} click 1
            sleep 0.5
        fi
        import -window root "$OUT"
        kill $monitor $held $served
        wait $monitor || true
    '
    rm -rf "$scratch"
    echo "wrote $out"
done
