#!/usr/bin/env bash
# make-glyphs.sh: rasterises the plots' text faces (io.sweep.results.draw.Face) with Java2D into
# modules/results/src/main/resources/io/sweep/results/draw/dejavu-sans.glyphs, the glyph atlas
# the pictures draw their text from. Run it after adding a face or a character, on a machine
# whose sans-serif font is DejaVu Sans (Debian's fonts-dejavu-core), and commit the file.
# Usage: scripts/make-glyphs.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$root"
fc-match sans-serif | grep -q DejaVu || { echo "make-glyphs: the sans-serif font is not DejaVu Sans: $(fc-match sans-serif)" >&2; exit 1; }
mvn -B -q -pl modules/results -am -DskipTests test-compile
java -Djava.awt.headless=true -cp modules/results/target/classes:modules/results/target/test-classes \
  io.sweep.results.draw.GlyphAtlasGenerator modules/results/src/main/resources/io/sweep/results/draw/dejavu-sans.glyphs
