#!/usr/bin/env bash
# Installs a font for headless Java: the PNG plots (JFreeChart, colour bar labels) draw text, and
# AWT without fontconfig and one font fails with "Fontconfig head is null". Idempotent: does
# nothing when fontconfig already lists a font. Needs root or sudo when something is missing.
set -euo pipefail

if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; then
  exit 0
fi

sudo_if_needed=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "fonts.sh: no font for headless Java and installing one needs root (or sudo)" >&2
    exit 1
  fi
  sudo_if_needed=(sudo)
fi

apt_get=("${sudo_if_needed[@]}" env DEBIAN_FRONTEND=noninteractive
         apt-get -o DPkg::Lock::Timeout=600 -y -q)
echo "fonts.sh: installing fontconfig and fonts-dejavu-core" >&2
"${apt_get[@]}" update
"${apt_get[@]}" install --no-install-recommends fontconfig fonts-dejavu-core
