#!/usr/bin/env bash
# Regenerates the committed raster icons from im.natter.Natter.svg. Run it after editing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin), png2icns (icnsutils) and python3; the build does not.
set -euo pipefail
cd "$(dirname "$0")"
svg=im.natter.Natter.svg
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "png/$size.png"
done
# macOS bundle icon.
png2icns natter.icns png/16.png png/32.png png/48.png png/128.png png/256.png png/512.png >/dev/null
# Windows icon: an ICO whose entries are PNGs (supported since Windows Vista).
python3 - png/16.png png/24.png png/32.png png/48.png png/64.png png/128.png png/256.png <<'PY'
import struct, sys
images = [open(p, "rb").read() for p in sys.argv[1:]]
sizes = [struct.unpack(">II", data[16:24]) for data in images]
out = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for data, (w, h) in zip(images, sizes):
    out += struct.pack("<BBBBHHII", w % 256, h % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("natter.ico", "wb").write(out + b"".join(images))
PY
