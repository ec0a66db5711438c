#!/usr/bin/env bash
# Checks the Windows installer of a cross build (tools/windows-build.sh) under Wine, in a fresh
# Wine prefix, as a user would meet it:
#   1. a silent install (/S) in Spanish (the user's language: LANG=es_ES.UTF-8) puts the programs,
#      the Qt DLLs and plugins, the catalogues, the Start-menu shortcuts and the uninstaller in
#      place, and remembers the language;
#   2. the installed `mailslot.exe --version` runs, and the installed monitor starts with the real
#      `windows` platform plugin (under Xvfb) and serves its default slot: the installed
#      `mailslot.exe send` writes to it;
#   3. every DLL the programs import that the installer does not carry is one Windows has;
#   4. a silent uninstall leaves no file, shortcut or registry key of ours.
# Usage: installer/check-windows-installer.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: check-windows-installer.sh BUILD_DIR}" && pwd)
installer=$(ls "$build"/mailslot-monitor-[0-9]*.exe 2>/dev/null | head -1)
[ -n "$installer" ] || { echo "check-windows-installer: no installer in $build (cpack -G NSIS)" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
    WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null || true
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
fail() { echo "check-windows-installer: $*" >&2; exit 1; }
wineboot -i >/dev/null 2>&1

# 1. Install, silently, as a Spanish-speaking user.
LANG=es_ES.UTF-8 LC_ALL=es_ES.UTF-8 wine "$installer" /S
wineserver -w
dir="$WINEPREFIX/drive_c/Program Files/Mailslot Monitor"
for f in bin/mailslot.exe bin/mailslot-monitor.exe bin/Qt6Core.dll bin/Qt6Widgets.dll \
         bin/platforms/qwindows.dll bin/styles/qwindowsvistastyle.dll translations/qtbase_es.qm \
         translations/qtbase_it.qm Uninstall.exe; do
    [ -f "$dir/$f" ] || fail "the installer did not install $f"
done
shortcuts=$(find "$WINEPREFIX/drive_c" -iname 'Mailslot Monitor*.lnk' | wc -l)
[ "$shortcuts" -ge 1 ] || fail "no Start-menu shortcut"
language=""
for _ in 1 2 3; do # (reg.exe now and then answers nothing while the prefix settles)
    language=$( (wine reg query 'HKLM\Software\MailslotMonitor' /v 'Installer Language' 2>/dev/null || true) |
        tr -d '\r' | awk '/Installer Language/ {print $NF}')
    [ -n "$language" ] && break
    sleep 1
done
[ "$language" = 1034 ] || fail "the installer's language is '$language', not Spanish (1034) as the user's"
echo "check-windows-installer: installed $(du -sh "$dir" | cut -f1) in Spanish, $shortcuts shortcut(s)"

# 2. The installed programs run.
cli="$dir/bin/mailslot.exe"
version=$(wine "$cli" --version | tr -d '\r')
[[ "$version" == *mailslot* ]] || fail "mailslot.exe --version printed '$version'"
display=99
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
DISPLAY=":$display" wine "$dir/bin/mailslot-monitor.exe" >"$work/monitor.log" 2>&1 &
# Served once a write to it succeeds (Wine cannot query another process's slot: WINDOWS.md).
served=""
for _ in $(seq 1 120); do # the monitor's first start in a fresh prefix takes a few seconds
    if wine "$cli" send mailslot_monitor "hello from the installed mailslot.exe" >"$work/send.txt" 2>&1; then
        served=1
        break
    fi
    sleep 0.5
done
[ -n "$served" ] || { cat "$work/monitor.log" "$work/send.txt"; fail "the installed monitor did not serve \\\\.\\mailslot\\mailslot_monitor"; }
echo "check-windows-installer: $version; the installed monitor serves \\\\.\\mailslot\\mailslot_monitor"
wineserver -k
wait "$!" 2>/dev/null || true

# 3. What the installer leaves to Windows is Windows' own.
system32="$WINEPREFIX/drive_c/windows/system32"
for exe in "$dir"/bin/*.exe "$dir"/bin/*.dll "$dir"/bin/*/*.dll; do
    for dll in $(x86_64-w64-mingw32-objdump -p "$exe" | awk '/DLL Name:/ {print $3}'); do
        [ -f "$dir/bin/$dll" ] && continue
        [[ "${dll,,}" == api-ms-* || "${dll,,}" == ext-ms-* ]] && continue # API sets: the loader maps them
        find "$system32" -maxdepth 1 -iname "$dll" | grep -q . ||
            fail "$(basename "$exe") imports $dll, which neither the installer nor Windows has"
    done
done

# 4. Uninstall, silently: nothing of ours is left.
wine "$dir/Uninstall.exe" /S
wineserver -w
[ ! -e "$dir" ] || fail "the uninstaller left $(find "$dir" | head -5 | tr '\n' ' ')"
left=$(find "$WINEPREFIX/drive_c" -iname '*mailslot*' | head -5)
[ -z "$left" ] || fail "the uninstaller left $left"
for key in 'HKLM\Software\MailslotMonitor' 'HKCU\Software\MailslotMonitor' \
           'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\MailslotMonitor'; do
    wine reg query "$key" >/dev/null 2>&1 && fail "the uninstaller left the registry key $key"
done
wineserver -k # the server writes the registry files as it stops
sleep 1
keys=$(grep -ih '^\[.*mailslot' "$WINEPREFIX"/*.reg | head -5 || true)
[ -z "$keys" ] || fail "the uninstaller left registry keys: $keys"
echo "check-windows-installer: installed, ran and uninstalled cleanly"
