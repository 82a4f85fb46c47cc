#!/usr/bin/env bash
# bench-worker.sh: one worker JVM alone, as the process pool runs it, to measure JVM options or
# a change of the worker's code without the parent and the second worker in the figures. A width
# study is run once with SWEEP_TRACE=1 to get the exact worker command line (JVM options,
# class-data archive, class path); that command is then replayed in pipe mode with TASKS of the
# study's points written to its stdin (stdin stays open until it has answered them all, as the
# parent's does), for each variant of extra JVM options, interleaved run by run.
# Prints the median CPU (perf task-clock, every thread of the JVM) and wall of each variant.
# Usage: scripts/bench-worker.sh RUNS TASKS [OPTIONS...]   each OPTIONS one variant, "" = none, e.g.
#   scripts/bench-worker.sh 7 8 "" "-XX:Tier3BackEdgeThreshold=6000" "-XX:TieredStopAtLevel=4"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
. "$root/scripts/worker-command.sh"
launcher="$root/modules/sweep/target/dist/bin/sweep"
runs=${1:?usage: bench-worker.sh RUNS TASKS [OPTIONS...]} tasks=${2:?usage: bench-worker.sh RUNS TASKS [OPTIONS...]}
shift 2
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=("")
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-worker.XXXXXX")
trap 'rm -rf "$work"' EXIT
command -v perf >/dev/null || { echo "bench-worker: perf is missing (apt-get install linux-perf)" >&2; exit 1; }
"$root/sweep" --version >/dev/null   # builds on first use, outside the timings

# Twice: the first run may write the workers' class-data archive, the second uses it.
for i in 1 2; do
  rm -rf "$work/study"
  SWEEP_TRACE=1 "$launcher" --quiet --source '10*exp(-((x-0.5)^2+(y-0.5)^2)/w)' --param w=log:0.005:0.08:16 \
    --procs 2 --out "$work/study" >/dev/null 2>&1
done
worker_command "$work/study/workers.log" bench-worker
# The study's own points (its log-spaced widths, TASKS of them), as the parent sends them.
# shellcheck disable=SC2046
task_lines "$work/study/manifest.json" w $(awk -v n="$tasks" 'BEGIN {for (k = 0; k < n; k++) printf "%.17g\n", 0.005 * (0.08 / 0.005) ^ (k / (n > 1 ? n - 1 : 1))}') >"$work/tasks.jsonl"
echo "bench-worker: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs of one worker with $tasks tasks"

replay() { # variant index, run number
  local out="$work/out-$1-$2" answers="$work/answers-$1-$2" s e
  mkdir -p "$out"; : >"$answers"; rm -f "$work/perf"
  # shellcheck disable=SC2086
  s=$(date +%s%N)
  { cat "$work/tasks.jsonl"; while [ "$(grep -c '^@sweep done' "$answers")" -lt "$tasks" ]; do
      grep -q '^@sweep failed' "$answers" && break
      [ ! -s "$work/perf" ] || break   # perf writes it once the JVM has exited (one that did not start)
      sleep 0.005; done; } |
    perf stat -x, -e task-clock -o "$work/perf" "${worker[0]}" ${variants[$1]} "${worker[@]:1}" --out "$out" \
      >"$answers" 2>"$work/err"
  e=$(date +%s%N)
  [ "$(grep -c '^@sweep done' "$answers")" = "$tasks" ] || { echo "bench-worker: the worker failed:" >&2; cat "$work/err" "$answers" >&2; exit 1; }
  echo "$(grep task-clock "$work/perf" | cut -d, -f1 | cut -d. -f1) $(((e - s) / 1000000))" >>"$work/times-$1"
  rm -rf "$out"
}
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
for v in "${!variants[@]}"; do : >"$work/times-$v"; done
for i in $(seq "$runs"); do
  for v in "${!variants[@]}"; do replay "$v" "$i"; done
done
for v in "${!variants[@]}"; do
  echo "[${variants[$v]:-no extra options}] CPU $(cut -d' ' -f1 "$work/times-$v" | median) ms, wall $(cut -d' ' -f2 "$work/times-$v" | median) ms;" \
    "CPU of each run: $(cut -d' ' -f1 "$work/times-$v" | tr '\n' ' ')"
done
