#!/usr/bin/env bash
# Installs what Mailslot Monitor needs on Debian 12 (idempotent) and builds it into ./build.
# Usage: tools/setup.sh [extra cmake options...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    # tests and peers: offscreen/Xvfb GUI runs, screenshots, Samba's NetBIOS tools, tshark, netns
    xvfb xauth imagemagick xdotool samba python3-samba tshark iproute2 util-linux
)
tools/apt-ensure.sh "${packages[@]}"

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build build
