#!/usr/bin/env bash
# Stops the single-node test Slurm that scripts/setup/slurm.sh started: slurmd, slurmctld, then
# munged, each by the pid in its pid file (never by name, so nothing else on the machine is
# touched). State and logs stay in place. --keep-munge leaves munged running.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 && exec sudo -n SWEEP_SLURM_DIR="${SWEEP_SLURM_DIR:-}" bash "$0" "$@"
  echo "slurm-down.sh: must run as root (or with sudo)" >&2
  exit 1
fi
here=$(cd "$(dirname "$0")" && pwd -P)
# shellcheck source=slurm-common.sh
. "$here/slurm-common.sh"

# stop NAME PIDFILE: SIGTERM, up to 10 s to exit, then SIGKILL.
stop() {
  local name=$1 file=$2 pid i
  if ! daemon_alive "$name" "$file"; then
    echo "slurm-down.sh: $name not running" >&2
    return 0
  fi
  pid=$(tr -dc '0-9' <"$file")
  echo "slurm-down.sh: stopping $name (pid $pid)" >&2
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do
    daemon_alive "$name" "$file" || return 0
    sleep 0.1
  done
  echo "slurm-down.sh: $name (pid $pid) ignored SIGTERM for 10 s: SIGKILL" >&2
  kill -KILL "$pid" 2>/dev/null || true
}

stop slurmd "$PID_DIR/slurmd.pid"
stop slurmctld "$PID_DIR/slurmctld.pid"
if [ "${1:-}" != --keep-munge ]; then
  stop munged "$MUNGE_DIR/munged.pid"
fi
