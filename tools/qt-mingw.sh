#!/usr/bin/env bash
# Builds Qt 6 (qtbase: Core, Gui, Widgets, Network, Concurrent, Test, the windows platform plugin
# and the windowsvista style) for 64-bit Windows (x86_64-w64-mingw32) from Debian's own qt6-base
# source package, with Debian's host Qt (moc, rcc, uic) as QT_HOST_PATH. The result is installed
# into a cache prefix named after the source version and a hash of the options, so later runs
# (and CI on a machine that kept the cache) reuse it at once.
#
# Usage: tools/qt-mingw.sh            builds if needed; prints the prefix as the last line
#        tools/qt-mingw.sh --fetch    only installs what the build needs and fetches the source
#                                     (CI does this first, then builds in the background)
#   MAILSLOT_QT_MINGW_CACHE  where prefixes and sources live (default ~/.cache/mailslot)
#   MAILSLOT_QT_MINGW_JOBS   parallel build jobs (default: the number of CPUs)
# The build folder (about 1 GB) stays in the cache, so that a change of options or patches
# rebuilds only what it touches.
#
# The source comes through apt: a deb-src entry with the machine's own Debian URIs and suites is
# added when missing (a fresh Debian 12 has only deb entries). apt checks every file it fetches
# against the signed Sources index (the Release file's signature, then the hashes); dpkg-source
# then checks the .dsc's strong checksums when it unpacks, and the .dsc's own OpenPGP signature
# when debian-keyring is installed (it is large, so it is not installed for this).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
log() { echo "qt-mingw: $*" >&2; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

"$root/tools/apt-ensure.sh" qt6-base-dev qt6-base-dev-tools g++-mingw-w64-x86-64-posix \
    gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 dpkg-dev cmake ninja-build >&2

version=$(dpkg-query -W -f='${Version}' qt6-base-dev) # the host tools must match the target's source
upstream=${version%%-*}
upstream=${upstream%%+*}
cache=${MAILSLOT_QT_MINGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mailslot}
jobs=${MAILSLOT_QT_MINGW_JOBS:-$(nproc)}

# Only what the project uses. OpenGL stays on (dynamic): 6.4.2's windows platform plugin uses
# QOpenGLStaticContext unconditionally. The tablet feature needs src/3rdparty/wintab, which
# Debian's dfsg tarball drops. Every third-party library is Qt's bundled copy (no mingw builds
# of them in Debian), so the DLLs are self-contained.
options=(
    -DCMAKE_BUILD_TYPE=Release
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF
    -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_printsupport=OFF -DFEATURE_xml=OFF
    -DFEATURE_openssl=OFF -DFEATURE_icu=OFF -DFEATURE_direct2d=OFF -DFEATURE_tabletevent=OFF
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF
    -DFEATURE_system_freetype=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF
    -DFEATURE_concurrent=ON -DFEATURE_testlib=ON -DFEATURE_widgets=ON -DFEATURE_network=ON
)
patches=("$root"/cmake/qt-mingw-patches/*.patch)
[ -e "${patches[0]}" ] || patches=()
# The prefix's name: what changes the binaries (the options, our patches, the compiler's version).
compiler=$(x86_64-w64-mingw32-g++-posix --version | head -1)
key=$( { printf '%s\n' "${options[@]}" "$compiler"; cat "${patches[@]}"; } | sha256sum | cut -c1-12)
prefix="$cache/qt-$version-mingw-x86_64-$key"
if [ -f "$prefix/.mailslot-complete" ]; then
    log "reusing $prefix"
    echo "$prefix"
    exit 0
fi

start=$(date +%s)
ensure_deb_src() {
    if apt-cache showsrc qt6-base 2>/dev/null | grep -q "^Version: $version\$"; then
        return
    fi
    local list=/etc/apt/sources.list.d/mailslot-deb-src.sources
    log "adding a deb-src entry ($list) with this machine's Debian URIs and suites"
    python3 - "$list" <<'EOF' | $sudo tee "$list" >/dev/null
import glob, re, sys
stanzas = []
for path in sorted(glob.glob('/etc/apt/sources.list.d/*.sources')):
    if path == sys.argv[1]:
        continue
    for block in open(path).read().split('\n\n'):
        fields = dict(re.findall(r'^([A-Za-z-]+):\s*(.*)$', block, re.M))
        if 'deb' in fields.get('Types', '').split() and 'debian' in fields.get('URIs', ''):
            stanzas.append(fields)
for line in open('/etc/apt/sources.list').read().splitlines() if glob.glob('/etc/apt/sources.list') else []:
    m = re.match(r'^deb\s+(\[[^]]*\]\s+)?(\S*debian\S*)\s+(\S+)\s+(.*)$', line.strip())
    if m:
        stanzas.append({'URIs': m.group(2), 'Suites': m.group(3), 'Components': m.group(4)})
if not stanzas:
    sys.exit('no Debian deb entry found in /etc/apt to copy')
for s in stanzas:
    s['Types'] = 'deb-src'
    print('\n'.join(f'{k}: {v}' for k, v in s.items() if k in
                    ('Types', 'URIs', 'Suites', 'Components', 'Signed-By')) + '\n')
EOF
    $sudo apt-get -o DPkg::Lock::Timeout=900 update -q >&2
    apt-cache showsrc qt6-base | grep -q "^Version: $version\$" ||
        { log "apt has no source of qt6-base $version (the host Qt's version)"; exit 1; }
}

fetch_source() {
    local dir="$cache/src"
    mkdir -p "$dir"
    src="$dir/qtbase-$version"
    [ -f "$src/.mailslot-unpacked" ] && return 0
    (cd "$dir" && apt-get source --download-only "qt6-base=$version" >&2)
    local dsc
    dsc=$(ls "$dir"/qt6-base_"${version#*:}".dsc)
    local check=(--require-strong-checksums)
    if [ -f /usr/share/keyrings/debian-keyring.gpg ]; then
        check+=(--require-valid-signature)
    else
        log "debian-keyring is not installed: the .dsc's signature is not checked (apt checked the hashes)"
    fi
    rm -rf "$src"
    dpkg-source "${check[@]}" -x "$dsc" "$src" >&2
    touch "$src/.mailslot-unpacked"
}

# Our patches (cmake/qt-mingw-patches/, each says why), each applied once to the unpacked tree.
apply_patches() {
    for p in "${patches[@]}"; do
        local mark="$src/.mailslot-applied-$(basename "$p")"
        [ -f "$mark" ] && continue
        log "applying $(basename "$p")"
        patch -d "$src" -p1 --forward <"$p" >&2
        touch "$mark"
    done
}

ensure_deb_src
fetch_source
apply_patches
if [ "${1:-}" = --fetch ]; then
    log "source ready in $src"
    exit 0
fi
# One build folder per source version: a change of options or patches reconfigures it in place
# and rebuilds only what changed.
build="$cache/build/qtbase-$version"
rm -rf "$prefix"
log "configuring qtbase $upstream for x86_64-w64-mingw32 (build $build)"
cmake -S "$src" -B "$build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/mingw-w64-x86_64.cmake" -DCMAKE_CROSSCOMPILING_EMULATOR= \
    -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    "${options[@]}" >"$cache/configure-$key.log" 2>&1 ||
    { tail -40 "$cache/configure-$key.log" >&2; exit 1; }
log "building with $jobs jobs (about 25-30 minutes on 2 cores)"
cmake --build "$build" --parallel "$jobs" >"$cache/build-$key.log" 2>&1 ||
    { tail -40 "$cache/build-$key.log" >&2; exit 1; }
cmake --install "$build" >"$cache/install-$key.log" 2>&1 ||
    { tail -40 "$cache/install-$key.log" >&2; exit 1; }
touch "$prefix/.mailslot-complete"
log "Qt $upstream for mingw-w64 built in $(( $(date +%s) - start )) s; prefix $(du -sh "$prefix" | cut -f1)"
echo "$prefix"
