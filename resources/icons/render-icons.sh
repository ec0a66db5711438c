#!/bin/sh
# Renders the PNG sizes of the hicolor theme from mailslot-monitor.svg. The PNGs are committed, so
# a build needs no renderer; run this again after editing the SVG.
#   Needs: rsvg-convert (Debian package librsvg2-bin).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$here/mailslot-monitor.svg" \
        --output "$here/hicolor/${size}x${size}/mailslot-monitor.png"
done

# The Windows icon (installer, shortcuts), from the same PNGs. Needs ImageMagick (imagemagick).
convert "$here/hicolor/16x16/mailslot-monitor.png" "$here/hicolor/24x24/mailslot-monitor.png" \
    "$here/hicolor/32x32/mailslot-monitor.png" "$here/hicolor/48x48/mailslot-monitor.png" \
    "$here/hicolor/64x64/mailslot-monitor.png" "$here/hicolor/256x256/mailslot-monitor.png" \
    "$here/mailslot-monitor.ico"
