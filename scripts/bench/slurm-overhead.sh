#!/usr/bin/env bash
# Side by side, the same small sweep on the local process pool and as a Slurm job array on the
# test cluster (scripts/setup/slurm.sh): wall time of the whole command, median of RUNS runs each,
# alternating. What it shows is the Slurm path's own cost (submission, scheduling, polling, one
# worker JVM per array task), not solver speed.
#   scripts/bench/slurm-overhead.sh [RUNS] [sweep arguments...]
# Default sweep: --alphas 1,2,3,4 --mesh 32 --procs 2.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd -P)
jar=${SWEEP_JAR:-$root/modules/sweep/target/sweep.jar}
runs=${1:-5}
shift || true
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--alphas 1,2,3,4 --mesh 32 --procs 2)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() {  # seconds BACKEND N: wall time of one fresh run
  local start end
  start=$(date +%s.%N)
  java -jar "$jar" "${args[@]}" --backend "$1" --quiet --out "$work/$1-$2" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", b - a}'
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

: >"$work/local"; : >"$work/slurm"
for i in $(seq 1 "$runs"); do
  seconds local "$i" >>"$work/local"
  seconds slurm "$i" >>"$work/slurm"
done
l=$(median <"$work/local"); s=$(median <"$work/slurm")
echo "sweep ${args[*]}: median of $runs runs, local $l s, slurm $s s, slurm - local $(awk -v a="$l" -v b="$s" 'BEGIN {printf "%.3f", b - a}') s"
