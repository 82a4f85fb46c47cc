#!/usr/bin/env bash
# apt-install.sh WHO PACKAGE...: installs Debian packages for the test set-up scripts, as root or
# through sudo, non-interactively, without recommends, waiting for the dpkg lock (another apt may
# be running). Runs `apt-get update` first unless the package lists are less than an hour old, so
# the set-up scripts of one ./run-tests update once, not once each. WHO prefixes the messages.
set -euo pipefail
who=$1
shift

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "$who: installing $* needs root (or sudo)" >&2
    exit 1
  fi
  as_root=(sudo)
fi
apt_get=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q)

lists=/var/lib/apt/lists
if [ -z "$(find "$lists" -maxdepth 1 -name '*_Packages*' -mmin -60 -print -quit 2>/dev/null)" ]; then
  "${apt_get[@]}" update
fi
echo "$who: installing $*" >&2
"${apt_get[@]}" install --no-install-recommends "$@"
