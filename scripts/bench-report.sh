#!/usr/bin/env bash
# bench-report.sh: what report.html costs, on this machine.
#   1. in the run: the main job (4 alphas, n=256, --procs 2) with SWEEP_TRACE, from "manifest
#      finished" to "report.html written" (the parent JVM, C1 only, as bin/sweep runs it), beside
#      the whole run's wall time;
#   2. `sweep report DIR` end to end (a fresh JVM) on that output, and on 200 alphas at
#      --mesh 32 (200 field pictures embedded), interleaved, with the page's size.
# Medians of RUNS runs (default 5). Usage: scripts/bench-report.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/modules/sweep/target/dist/bin/sweep"
runs=${1:-${RUNS:-5}}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-report.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$root/sweep" --version >/dev/null   # builds on first use, outside the timings
now() { date +%s%N; }
ms() { echo "($2 - $1) / 1000000" | bc; }
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.1f\n", (v[NR/2]+v[NR/2+1])/2}'; }
mark() { awk -v what="$2" '$0 ~ "trace" && index($0, what) {print $2}' "$1" | tail -1; }
echo "bench-report: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"

"$launcher" --quiet --alphas log:0.1:100:200 --mesh 32 --procs 2 --out "$work/many" >/dev/null
"$launcher" --quiet --alphas 0.1,1,10,100 --procs 2 --out "$work/warm" >/dev/null
: >"$work/in-run"; : >"$work/wall"; : >"$work/main"; : >"$work/many-ms"
for i in $(seq "$runs"); do
  s=$(now)
  SWEEP_TRACE=1 "$launcher" --quiet --alphas 0.1,1,10,100 --procs 2 --out "$work/main-$i" >/dev/null 2>"$work/trace-$i"
  ms "$s" "$(now)" >>"$work/wall"
  echo "$(mark "$work/trace-$i" "report.html written") - $(mark "$work/trace-$i" "manifest finished")" | bc >>"$work/in-run"
  s=$(now); "$launcher" report "$work/main-$i" >/dev/null; ms "$s" "$(now)" >>"$work/main"
  s=$(now); "$launcher" report "$work/many" >/dev/null; ms "$s" "$(now)" >>"$work/many-ms"
done
echo "main job: report.html written in the run in $(median <"$work/in-run") ms (runs: $(tr '\n' ' ' <"$work/in-run")) of a $(median <"$work/wall") ms run"
echo "sweep report on it: $(median <"$work/main") ms end to end (runs: $(tr '\n' ' ' <"$work/main")), page $(stat -c %s "$work/main-1/report.html") bytes"
echo "sweep report on 200 alphas at --mesh 32: $(median <"$work/many-ms") ms (runs: $(tr '\n' ' ' <"$work/many-ms")), page $(stat -c %s "$work/many/report.html") bytes"
