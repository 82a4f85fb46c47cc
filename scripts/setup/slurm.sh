#!/usr/bin/env bash
# Brings up a single-node Slurm on localhost for sweep's Slurm integration test: installs the
# packages when missing, then starts munged, slurmctld and slurmd without systemd and waits until
# the node is idle. Idempotent: when everything is already up it does nothing. Run as root (or
# with sudo available); ./run-tests runs it before `mvn verify`, in CI too.
#
# State, logs and pid files live in one fixed directory, SWEEP_SLURM_DIR (default
# /var/lib/sweep-slurm); the configuration is /etc/slurm/slurm.conf, where every Slurm command
# looks for it. scripts/slurm-down.sh stops the daemons this script started, by pid.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo -n SWEEP_SLURM_DIR="${SWEEP_SLURM_DIR:-}" bash "$0" "$@"
  fi
  echo "slurm.sh: must run as root (or with sudo) to install and start Slurm" >&2
  exit 1
fi

here=$(cd "$(dirname "$0")" && pwd -P)
# shellcheck source=../slurm-common.sh
. "$here/../slurm-common.sh"

readonly PACKAGES=(slurmctld slurmd slurm-client munge)
readonly WAIT_SECONDS=${SWEEP_SLURM_WAIT:-60}

log() { echo "slurm.sh: $*" >&2; }

install_packages() {
  local missing=() pkg
  for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  bash "$here/../apt-install.sh" slurm.sh "${missing[@]}"
}

# The configuration this machine should have: the node's CPUs and memory as slurmd sees them.
desired_conf() {
  local hardware
  hardware=$(slurmd -C | head -n 1 | sed -e 's/^NodeName=[^ ]* //')
  cat <<EOF
$CONF_MARK
# A single-node cluster on localhost for tests. State and logs: $STATE_DIR
ClusterName=sweep
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$STATE_DIR/slurmctld
SlurmdSpoolDir=$STATE_DIR/slurmd
SlurmctldPidFile=$PID_DIR/slurmctld.pid
SlurmdPidFile=$PID_DIR/slurmd.pid
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
# One line per finished job: the only record once a job has left slurmctld (after MinJobAge).
JobCompType=jobcomp/filetxt
JobCompLoc=$LOG_DIR/jobcomp.txt
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerParameters=batch_sched_delay=0
MailProg=/bin/true
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 $hardware State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
}

# Writes slurm.conf when it differs; prints "changed" when it did. Never overwrites a
# configuration this script did not write: that is a real cluster's.
write_conf() {
  local wanted
  wanted=$(desired_conf)
  if [ -f "$SLURM_CONF_FILE" ]; then
    if ! head -n 1 "$SLURM_CONF_FILE" | grep -qxF "$CONF_MARK"; then
      log "$SLURM_CONF_FILE exists and was not written by this script; not touching it."
      log "move it away to let this script set up a test cluster on localhost."
      exit 1
    fi
    [ "$(cat "$SLURM_CONF_FILE")" = "$wanted" ] && return 0
  fi
  mkdir -p "$(dirname "$SLURM_CONF_FILE")"
  printf '%s\n' "$wanted" >"$SLURM_CONF_FILE.tmp"
  chmod 644 "$SLURM_CONF_FILE.tmp"
  mv "$SLURM_CONF_FILE.tmp" "$SLURM_CONF_FILE"
  echo changed
}

munge_works() {
  munge -n 2>/dev/null | unmunge >/dev/null 2>&1
}

start_munge() {
  if [ ! -s /etc/munge/munge.key ]; then
    log "creating /etc/munge/munge.key"
    mkdir -p /etc/munge
    mungekey --create --keyfile=/etc/munge/munge.key
  fi
  chown munge:munge /etc/munge /etc/munge/munge.key
  chmod 700 /etc/munge
  chmod 400 /etc/munge/munge.key
  install -d -o munge -g munge -m 755 /run/munge
  install -d -o munge -g munge -m 700 "$MUNGE_DIR" /var/lib/munge
  if munge_works; then
    return 0   # ours from an earlier run, or the machine's own: either serves
  fi
  log "starting munged"
  runuser -u munge -- /usr/sbin/munged --force \
    --pid-file="$MUNGE_DIR/munged.pid" --log-file="$MUNGE_DIR/munged.log"
  local i
  for i in $(seq 1 50); do
    munge_works && return 0
    sleep 0.1
  done
  log "munged did not come up; its log: $MUNGE_DIR/munged.log"
  tail -n 20 "$MUNGE_DIR/munged.log" >&2 || true
  exit 1
}

start_slurm_daemons() {
  if ! daemon_alive slurmctld "$PID_DIR/slurmctld.pid"; then
    log "starting slurmctld"
    /usr/sbin/slurmctld
  fi
  if ! daemon_alive slurmd "$PID_DIR/slurmd.pid"; then
    log "starting slurmd"
    /usr/sbin/slurmd -N localhost
  fi
}

node_state() {
  sinfo --noheader --nodes=localhost --format=%t 2>/dev/null | head -n 1
}

wait_until_idle() {
  local deadline=$((SECONDS + WAIT_SECONDS)) state resumed=no
  while [ $SECONDS -lt $deadline ]; do
    state=$(node_state || true)
    case "$state" in
      idle|mix|alloc) return 0 ;;
      down*|drain*|drng*)
        # A node left down by an earlier unclean stop: its daemons are fresh now, return it.
        if [ $resumed = no ]; then
          scontrol update NodeName=localhost State=RESUME >/dev/null 2>&1 || true
          resumed=yes
        fi ;;
    esac
    sleep 0.2
  done
  log "the node did not become idle within ${WAIT_SECONDS}s (last state: '${state:-none}')"
  sinfo >&2 || true
  log "slurmctld log $LOG_DIR/slurmctld.log:"; tail -n 15 "$LOG_DIR/slurmctld.log" >&2 || true
  log "slurmd log $LOG_DIR/slurmd.log:"; tail -n 15 "$LOG_DIR/slurmd.log" >&2 || true
  exit 1
}

main() {
  install_packages
  mkdir -p "$STATE_DIR" "$LOG_DIR" "$PID_DIR" "$STATE_DIR/slurmctld" "$STATE_DIR/slurmd"
  local changed
  changed=$(write_conf)
  if [ "$changed" = changed ] && { daemon_alive slurmctld "$PID_DIR/slurmctld.pid" \
      || daemon_alive slurmd "$PID_DIR/slurmd.pid"; }; then
    log "slurm.conf changed: restarting the daemons"
    bash "$here/../slurm-down.sh" --keep-munge
  fi
  if [ "$changed" != changed ] && munge_works \
      && daemon_alive slurmctld "$PID_DIR/slurmctld.pid" \
      && daemon_alive slurmd "$PID_DIR/slurmd.pid" \
      && [[ "$(node_state || true)" =~ ^(idle|mix|alloc)$ ]]; then
    log "already up (state and logs in $STATE_DIR)"
    return 0
  fi
  start_munge
  start_slurm_daemons
  wait_until_idle
  log "up: node localhost is $(node_state) (state and logs in $STATE_DIR; stop: scripts/slurm-down.sh)"
}

main "$@"
