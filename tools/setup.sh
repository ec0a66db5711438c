#!/usr/bin/env bash
# Installs what Mailslot Monitor needs on Debian 12 (idempotent) and builds it into ./build.
# Usage: tools/setup.sh [extra cmake options...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    # tests and peers: offscreen/Xvfb GUI runs, screenshots, Samba's NetBIOS tools, tshark, netns,
    # an OpenSSH server started on 127.0.0.1 by the remote-source tests
    xvfb xauth imagemagick xdotool samba python3-samba tshark iproute2 util-linux openssh-client openssh-server
)
tools/apt-ensure.sh "${packages[@]}"

# Reproducible builds: Qt's resource compiler stores file times in the programs (the compiled
# translations are made during the build); SOURCE_DATE_EPOCH fixes them. Unless it is set, it is
# the date of the latest entry of installer/debian/changelog, as Debian does and as
# installer/check-package.sh uses for the package's file times.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(date -d "$(sed -n 's/^ -- .*>  //p' installer/debian/changelog | head -1)" +%s)
    export SOURCE_DATE_EPOCH
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build build
