# Shared by scripts/setup/slurm.sh and scripts/slurm-down.sh: where the test cluster keeps its
# state, logs and pid files, and how a pid file is checked. Sourced, not run.
readonly STATE_DIR=${SWEEP_SLURM_DIR:-/var/lib/sweep-slurm}
readonly LOG_DIR=$STATE_DIR/log
readonly PID_DIR=$STATE_DIR/run
# munged runs as the munge user and refuses directories others can write: its own directory.
readonly MUNGE_DIR=$STATE_DIR/munge
readonly SLURM_CONF_FILE=/etc/slurm/slurm.conf
readonly CONF_MARK="# Written by sweep's scripts/setup/slurm.sh; it rewrites this file."

# daemon_alive NAME PIDFILE: the pid in PIDFILE is running and is NAME (not a reused pid, not a
# zombie waiting for an init that reaps slowly).
daemon_alive() {
  local name=$1 file=$2 pid state
  [ -s "$file" ] || return 1
  # The daemon may remove its pid file between the test above and this read: then it is gone.
  pid=$(cat "$file" 2>/dev/null | tr -dc '0-9')
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ] || return 1
  state=$(sed -e 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}
