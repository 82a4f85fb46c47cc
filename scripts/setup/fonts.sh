#!/usr/bin/env bash
# Installs a font for headless Java, for the tests only: they compare the plots' text, drawn from
# the glyph atlas, with what Java2D draws (and scripts/make-glyphs.sh rasterises the atlas), and
# AWT without fontconfig and one font fails with "Fontconfig head is null". sweep itself draws
# no text with AWT. Idempotent: does
# nothing when fontconfig already lists a font. Needs root or sudo when something is missing.
set -euo pipefail

if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; then
  exit 0
fi

bash "$(dirname "$0")/../apt-install.sh" fonts.sh fontconfig fonts-dejavu-core
