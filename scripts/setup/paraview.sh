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

echo "paraview.sh: ParaView takes about 2 minutes to install" >&2
bash "$(dirname "$0")/../apt-install.sh" paraview.sh paraview python3-paraview python3-numpy

if ! have_everything; then
  echo "paraview.sh: installed ParaView but pvpython or numpy is still missing" >&2
  exit 1
fi
