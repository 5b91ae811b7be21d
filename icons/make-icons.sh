#!/usr/bin/env bash
# Makes every icon file Callsheet ships from the one drawing, callsheet.svg: PNGs of 16 to 512 px
# (window, dialogs, Linux menu), callsheet.ico (Windows) and callsheet.icns (macOS).
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils); the made files
# are kept in the repository, so building Callsheet needs none of these tools.
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" callsheet.svg --output "callsheet-$size.png"
done
cp callsheet-256.png callsheet.png
convert callsheet-16.png callsheet-24.png callsheet-32.png callsheet-48.png callsheet-64.png \
  callsheet-128.png callsheet-256.png callsheet.ico
png2icns callsheet.icns callsheet-16.png callsheet-32.png callsheet-48.png callsheet-128.png \
  callsheet-256.png callsheet-512.png >/dev/null
echo "Made $(ls callsheet-*.png | wc -l) PNGs, callsheet.ico and callsheet.icns."
