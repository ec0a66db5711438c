#!/usr/bin/env bash
# Builds the .debs and .tar.gz of Mailslot Monitor from a build folder and checks them, as root:
#   lintian (no error; the remaining tags are justified in installer/debian/lintian-overrides),
#   desktop-file-validate, appstreamcli validate --no-net, systemd-analyze verify,
#   apt-get install of the three .debs (the programs, libmailslot1, libmailslot-dev), both programs
#   start, the Wireshark extcap is where tshark finds it (tshark -D lists its interfaces),
#   `pkg-config --cflags --libs mailslot` builds the C example, which runs, and apt-get
#   purge leaves no file behind.
#
# Usage: installer/check-package.sh [BUILD_DIR]     (default: build, as tools/setup.sh makes it;
#        any CMAKE_INSTALL_PREFIX: the .deb always installs under /usr)
# It installs and purges the package on this machine: run it in CI or in a throw-away container.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
package=mailslot-monitor
app_id=io.github.mailslotmonitor.MailslotMonitor
start=$(date +%s)

step() { printf '\n== check-package: %s\n' "$*"; }
fail() { printf 'check-package: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and purges the package)"

# Tools, installed the idempotent way.
apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends "$@"
}
need=()
command -v lintian >/dev/null || need+=(lintian)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v man >/dev/null || need+=(man-db)
command -v pkg-config >/dev/null || need+=(pkgconf)
command -v cc >/dev/null || need+=(gcc libc6-dev)
if [ ${#need[@]} -gt 0 ]; then
    step "installing ${need[*]}"
    apt_install "${need[@]}" || { apt-get update && apt_install "${need[@]}"; }
fi

# 1. The packages. SOURCE_DATE_EPOCH fixes every mtime, so that the same sources give the same
#    bytes; unless it is set, it is the date of the latest entry of the changelog, as in Debian.
step "cpack (DEB, TGZ) in $build"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(dpkg-parsechangelog -l "$here/debian/changelog" -STimestamp)}
cmake --build "$build" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G "DEB;TGZ" -B "$out" >/dev/null) || fail "cpack"
deb=$(ls "$out"/${package}_*.deb)
libdeb=$(ls "$out"/libmailslot1_*.deb)
devdeb=$(ls "$out"/libmailslot-dev_*.deb)
debs=("$deb" "$libdeb" "$devdeb")
tgz=$(ls "$out"/${package}-*.tar.gz)
printf '%s\n' "${debs[@]}" "$tgz"
for d in "${debs[@]}"; do dpkg-deb --info "$d" | sed -n '/Package:/,$p'; done
# Reproducible: a second run gives the same bytes.
(cd "$build" && cpack -G "DEB;TGZ" -B "$out/again" >/dev/null) || fail "cpack (second run)"
for d in "${debs[@]}"; do
    cmp "$d" "$out/again/$(basename "$d")" || fail "two runs of cpack gave different $(basename "$d") files"
done
cmp "$tgz" "$out/again/$(basename "$tgz")" || fail "two runs of cpack gave different .tar.gz files"
echo "reproducible: a second cpack run gave identical files"

# 2. The package's contents: permissions, stripped programs, compressed manual pages.
step "contents"
dpkg-deb --contents "$deb" | awk '{print $1, $6}' | sort -k2 > "$out/contents.txt"
if awk '$1 !~ /^(drwxr-xr-x|-rw-r--r--|-rwxr-xr-x)$/' "$out/contents.txt" | grep .; then
    fail "unexpected permissions"
fi
for f in ./usr/bin/mailslot ./usr/bin/mailslot-monitor \
         ./usr/share/man/man1/mailslot.1.gz ./usr/share/man/man1/mailslot-monitor.1.gz \
         ./usr/share/doc/$package/copyright ./usr/share/doc/$package/changelog.gz \
         ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         ./usr/share/icons/hicolor/16x16/apps/$app_id.png ./usr/share/icons/hicolor/256x256/apps/$app_id.png \
         ./usr/share/bash-completion/completions/mailslot ./usr/lib/systemd/system/mailslot-bridge@.service \
         "./usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/wireshark/extcap/mailslot-extcap"; do
    grep -q " $f\$" "$out/contents.txt" || fail "missing from the package: $f"
done
echo "$(wc -l < "$out/contents.txt") entries, permissions 0755/0644 only"
# libmailslot: the library (its link named by the SONAME) and the development files.
libfiles=$(dpkg-deb --contents "$libdeb"; dpkg-deb --contents "$devdeb")
for f in 'libmailslot\.so\.1 -> ' '/libmailslot\.so -> libmailslot\.so\.1' '/pkgconfig/mailslot\.pc$' \
         '/usr/include/mailslot/win32\.h$' '/usr/share/doc/libmailslot1/copyright$' '/usr/share/doc/libmailslot-dev/copyright$'; do
    grep -Eq "$f" <<< "$libfiles" || fail "missing from libmailslot1/libmailslot-dev: $f"
done
if { dpkg-deb --contents "$libdeb"; dpkg-deb --contents "$deb"; } | grep -q 'include/mailslot'; then
    fail "the header belongs to libmailslot-dev only"
fi

# 3. lintian: no error and no warning; what is overridden is justified in
#    installer/debian/lintian-overrides (shipped in the package, where lintian reads it).
#    Informational tags are shown but do not fail the check. (The hardening tags do not appear:
#    the top-level CMakeLists.txt compiles with Debian's hardening flags.)
step "lintian"
lintian --allow-root --info --display-info --suppress-tags-from-file /dev/null "${debs[@]}" | tee "$out/lintian.txt" || true
if grep -q '^E:' "$out/lintian.txt"; then
    fail "lintian reports errors"
fi
if grep -q '^W:' "$out/lintian.txt"; then
    fail "lintian reports warnings that are not justified in installer/debian/lintian-overrides"
fi

# 4. Desktop entry and AppStream metadata, as shipped.
step "desktop-file-validate, appstreamcli validate --no-net"
mkdir -p "$out/tree"
dpkg-deb -x "$deb" "$out/tree"
desktop-file-validate "$out/tree/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$out/tree/usr/share/metainfo/$app_id.metainfo.xml"
for page in mailslot mailslot-monitor; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$out/tree/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man $page: $warnings"
done
bash -n "$out/tree/usr/share/bash-completion/completions/mailslot"

# 5. Install, run, purge; nothing may be left behind. The package's dependencies are installed
#    first (apt-get satisfy), so that the snapshots differ only by what the package itself does.
step "dependencies"
# (libmailslot-dev's dependency on libmailslot1 is satisfied by installing both together.)
depends=$(for d in "${debs[@]}"; do dpkg-deb --field "$d" Depends; done | tr '\n' ',' |
          sed -E 's/(^|, *)libmailslot1 \([^)]*\)//g; s/^, *//; s/,+$//; s/,,+/,/g')
echo "$depends"
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 satisfy -y --no-install-recommends "$depends" >/dev/null

snapshot() {
    # Files and folders of the system, less what changes by itself: apt's lists and dpkg's
    # journal and status backups (dpkg's per-package files in /var/lib/dpkg/info are kept in
    # the comparison), and the caches that triggers of other packages regenerate (icon theme,
    # desktop entries, manual pages).
    find /usr /etc /var/lib /opt -xdev 2>/dev/null |
        grep -Ev '^/var/lib/apt(/|$)|^/var/lib/dpkg/(updates|triggers)(/|$)|^/var/lib/dpkg/[a-z]+-old$|/icon-theme\.cache$|^/usr/share/applications/mimeinfo\.cache$|^/var/lib/man-db(/|$)' |
        LC_ALL=C sort
}
for p in $package libmailslot1 libmailslot-dev; do
    dpkg -s $p >/dev/null 2>&1 && fail "$p is already installed here; purge it first"
done
mkdir -p /etc/systemd/system/multi-user.target.wants # (where an enabled instance's link goes)
snapshot > "$out/before.txt"

step "apt-get install ./$(basename "$deb") ./$(basename "$libdeb") ./$(basename "$devdeb")"
mkdir "$out/install"
cp "${debs[@]}" "$out/install/"
chmod 644 "$out"/install/*.deb; chmod 755 "$out" "$out/install"
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends "$out"/install/*.deb

step "pkg-config --cflags --libs mailslot"
flags=$(pkg-config --cflags --libs mailslot) || fail "pkg-config does not know the module mailslot"
echo "$flags"
# shellcheck disable=SC2086 # the flags are words
cc -std=c99 -Wall -Wextra -Werror -o "$out/capi-example" "$repo/examples/capi/mailslot-example.c" $flags ||
    fail "the C example does not build with pkg-config's flags"
capi_dir=$(mktemp -d)
example=$(MAILSLOT_RUNTIME_DIR="$capi_dir/slots" "$out/capi-example") || fail "the C example failed: $example"
rm -rf "$capi_dir"
[ "$example" = '1 waiting; read "hello"' ] || fail "the C example printed: $example"
echo "the C example, built with pkg-config's flags against the installed library: $example"

step "the programs start"
mailslot --version
mailslot --help >/dev/null
# The monitor answers --version and --help without a display (no QApplication for them).
env -u DISPLAY -u WAYLAND_DISPLAY mailslot-monitor --version
env -u DISPLAY -u WAYLAND_DISPLAY mailslot-monitor --help >/dev/null
scratch=$(mktemp -d)
chmod 700 "$scratch"
# It runs for 5 s under Xvfb, then gets SIGTERM, on which it closes its window and exits 0;
# 143 means SIGTERM ended it without that (still no crash). A crash (134 SIGABRT, 139 SIGSEGV),
# a hang after SIGTERM (137: killed 5 s later) or a failure to start fails the check.
set +e
MAILSLOT_RUNTIME_DIR="$scratch/slots" XDG_RUNTIME_DIR="$scratch" XDG_CONFIG_HOME="$scratch/config" HOME="$scratch" \
    xvfb-run -a -s '-screen 0 1280x800x24' timeout --preserve-status -k 5 5 mailslot-monitor 2>"$out/gui.log"
gui=$?
set -e
rm -rf "$scratch"
sed 's/^/  mailslot-monitor: /' "$out/gui.log"
case $gui in
    0 | 143) echo "mailslot-monitor ran 5 s under Xvfb and stopped on SIGTERM (status $gui)" ;;
    *) fail "mailslot-monitor under xvfb-run ended with status $gui" ;;
esac

step "the Wireshark extcap"
# Where this system's Wireshark looks for extcaps, and what it lists there (tshark as root reads
# only the global folder, which is where the package puts it).
extcap="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/wireshark/extcap/mailslot-extcap"
"$extcap" --extcap-interfaces | grep -q '^interface {value=mailslot-slots}' || fail "$extcap does not list mailslot-slots"
if command -v tshark >/dev/null; then
    tshark -G folders 2>/dev/null | grep -q "^Extcap path:.*$(dirname "$extcap")\$" || fail "tshark looks for extcaps elsewhere"
    tshark -D 2>/dev/null | grep -q 'mailslot-slots' || fail "tshark -D does not list mailslot-slots"
    echo "tshark -D lists: $(tshark -D 2>/dev/null | grep -o 'mailslot-[a-z]*' | tr '\n' ' ')"
fi

if command -v systemd-analyze >/dev/null; then
    step "systemd-analyze verify"
    # A template cannot be verified as such: verify an instance, for a user that exists.
    unit_dir=$(mktemp -d)
    cp /usr/lib/systemd/system/mailslot-bridge@.service "$unit_dir/mailslot-bridge@daemon.service"
    systemd-analyze verify --man=yes "$unit_dir/mailslot-bridge@daemon.service"
    rm -rf "$unit_dir"
fi

# An administrator enables the bridge for a user (the link `systemctl enable` makes); the purge
# must take that link away too (debian/postrm), or a dangling link to the removed unit stays.
ln -s /usr/lib/systemd/system/mailslot-bridge@.service /etc/systemd/system/multi-user.target.wants/mailslot-bridge@daemon.service

step "apt-get purge -y $package libmailslot1 libmailslot-dev"
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 purge -y $package libmailslot1 libmailslot-dev
snapshot > "$out/after.txt"
if ! diff -u "$out/before.txt" "$out/after.txt"; then
    fail "the purge left the system different (lines above: - gone, + left behind)"
fi
echo "nothing left behind"

echo
echo "check-package: all checks passed in $(( $(date +%s) - start )) s: $(basename "$deb"), $(basename "$libdeb"), $(basename "$devdeb"), $(basename "$tgz")"
