#!/usr/bin/env bash
# Installs a font for headless Java: the PNG plots (JFreeChart, colour bar labels) draw text, and
# AWT without fontconfig and one font fails with "Fontconfig head is null". Idempotent: does
# nothing when fontconfig already lists a font. Needs root or sudo when something is missing.
set -euo pipefail

if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; then
  exit 0
fi

bash "$(dirname "$0")/../apt-install.sh" fonts.sh fontconfig fonts-dejavu-core
