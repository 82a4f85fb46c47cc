#!/usr/bin/env bash
# Installs ParaView (pvpython) for the tests that open .vtu/.pvd files in ParaView itself.
# Idempotent: does nothing when pvpython is already on PATH. Debian's paraview/python3-paraview
# (5.11 on bookworm) replace python3-vtk9, which conflicts with them. scripts/paraview_check.py
# also needs numpy, which python3-paraview does not depend on. Needs root or sudo.
set -euo pipefail

have_everything() {
  command -v pvpython >/dev/null 2>&1 && dpkg -s python3-numpy >/dev/null 2>&1
}

if have_everything; then
  exit 0
fi

sudo_if_needed=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "paraview.sh: pvpython is missing and installing it needs root (or sudo)" >&2
    exit 1
  fi
  sudo_if_needed=(sudo)
fi

apt_get=("${sudo_if_needed[@]}" env DEBIAN_FRONTEND=noninteractive
         apt-get -o DPkg::Lock::Timeout=600 -y -q)

echo "paraview.sh: installing paraview, python3-paraview, python3-numpy (about 2 minutes)" >&2
"${apt_get[@]}" update
"${apt_get[@]}" install --no-install-recommends paraview python3-paraview python3-numpy

if ! have_everything; then
  echo "paraview.sh: installed ParaView but pvpython or numpy is still missing" >&2
  exit 1
fi
