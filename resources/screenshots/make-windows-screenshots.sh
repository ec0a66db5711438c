#!/bin/sh
# Screenshots of the Windows build of the monitor, in English, Spanish and Italian:
#   resources/screenshots/windows-en.png, windows-es.png, windows-it.png
# The real mailslot-monitor.exe with Qt's `windows` platform plugin and the `windowsvista` style,
# run from the portable .zip that tools/windows-build.sh makes (the same files the installer
# installs), under Wine and Xvfb, on the Windows back-end. Nothing here is the offscreen plugin.
#
# Usage: resources/screenshots/make-windows-screenshots.sh [BUILD_DIR]   (default: build-windows)
# Needs: wine, xvfb-run, imagemagick (import), xdotool (to select a row and press Send).
#
# Each language runs in a fresh Wine prefix, with these choices made to look like a Windows desktop:
# - Wine's own fonts (Tahoma, Marlett) copied into C:\windows\Fonts: a fresh prefix made by Debian's
#   wine has none there, and Qt then falls back to a serif font for "MS Shell Dlg";
# - a Wine virtual desktop (`explorer /desktop`), which draws the title bar with the window's icon
#   and caption buttons (bare Xvfb has no window manager, so no title bar at all).
# In the pictures: the shared nmbd capture opened into the stream (decoded BROWSE datagrams), messages
# that mailslot.exe sends to the monitor's slot, and one that Compose sends (its Send button pressed).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${1:-"$repo/build-windows"}
zip=$(ls "$build"/mailslot-monitor-*-windows-x86_64.zip 2>/dev/null | head -1)
[ -n "$zip" ] || { echo "make-windows-screenshots: no portable .zip in $build; run tools/windows-build.sh first" >&2; exit 1; }
capture="$repo/../shared/captures/nmbd-browse.pcapng"
[ -f "$capture" ] || capture=""

for lang in ${LANGS:-en es it}; do
    scratch=$(mktemp -d)
    out="$here/windows-$lang.png"
    unzip -q "$zip" -d "$scratch"
    bin=$(ls -d "$scratch"/mailslot-monitor-*/bin)
    WINEPREFIX="$scratch/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    BIN="$bin" LANG_CODE="$lang" OUT="$out" CAPTURE="$capture" \
    xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
        set -eu
        wineboot -i >/dev/null 2>&1
        cp /usr/share/wine/fonts/*.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
        # The detail pane on its Decoded tab, as a user would have left it (QSettings: the registry).
        wine reg add "HKCU\\Software\\MailslotMonitor\\mailslot-monitor\\detail" /v tab /t REG_DWORD /d 2 /f >/dev/null 2>&1
        wineserver -w
        set -- --lang "$LANG_CODE"
        [ -z "$CAPTURE" ] || set -- "$@" "$(winepath -w "$CAPTURE")"
        wine explorer /desktop=MailslotMonitor,1280x800 "$BIN/mailslot-monitor.exe" "$@" >/dev/null 2>&1 &
        # Wait (at most 30 s) until the monitor serves its default slot: the first message gets through.
        tries=0
        until wine "$BIN/mailslot.exe" send mailslot_monitor "hello from mailslot.exe" >/dev/null 2>&1; do
            tries=$((tries + 1)); [ $tries -lt 60 ] || { wineserver -k; exit 1; }
            sleep 0.5
        done
        sleep 2   # the capture is read into the stream first
        wine "$BIN/mailslot.exe" send mailslot_monitor "Temperature=21.5C;Humidity=40%" >/dev/null 2>&1
        wine "$BIN/mailslot.exe" send mailslot_monitor --encoding utf-16le "UTF-16 text" >/dev/null 2>&1
        wine "$BIN/mailslot.exe" send mailslot_monitor --hex "00 01 02 03 ff fe 41 42 43" >/dev/null 2>&1
        wine "$BIN/mailslot.exe" send "\\\\.\\mailslot\\mailslot_monitor" "olá café naïve" >/dev/null 2>&1
        sleep 2
        # Compose: press Send (by default to the monitor slot), then select a row.
        xdotool mousemove "${SEND_X:-271}" "${SEND_Y:-517}" click 1
        sleep 1
        xdotool mousemove "${ROW_X:-700}" "${ROW_Y:-353}" click 1
        sleep 1
        import -window root "$OUT"
        wineserver -k
    '
    rm -rf "$scratch"
    echo "wrote $out"
done
