#!/usr/bin/env bash
# bench-convergence.sh: the convergence issue's study, measured side by side on this machine:
# the manufactured solution u = sin(pi x)cos(pi y) on n = 8..128, errors against u,
#   ours:      bin/sweep --mesh 8,16,32,64,128 --source '2*pi^2*sin(pi*x)*cos(pi*y)' --flux 0
#                        --exact 'sin(pi*x)*cos(pi*y)' --procs 2
#   reference: ../shared/reference/dolfin_convergence.py (DOLFIN, the loop with errornorm, serial)
# end to end, fresh output directory each run, interleaved run by run, medians of RUNS (default 5)
# after one warm-up run of each (the reference's form cache, our class-data archives). Also the
# cost of the error itself in a worker: the same study without --exact (errors against the finest).
# Usage: scripts/bench-convergence.sh [RUNS]; SWEEP_REFERENCE_DIR overrides ../shared/reference.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/modules/sweep/target/dist/bin/sweep"
runs=${1:-${RUNS:-5}}
reference="${SWEEP_REFERENCE_DIR:-$root/../shared/reference}/dolfin_convergence.py"
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-convergence.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$root/sweep" --version >/dev/null   # builds on first use, outside the timings
[ -f "$reference" ] || { echo "bench-convergence: $reference is missing" >&2; exit 1; }

now() { date +%s%N; }
seconds() { echo "scale=3; ($2 - $1) / 1000000000" | bc; }
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
echo "bench-convergence: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $runs runs each"

run_ours() {
  local out="$work/ours-$1" s; s=$(now)
  "$launcher" --quiet --mesh 8,16,32,64,128 --source '2*pi^2*sin(pi*x)*cos(pi*y)' --flux 0 --procs 2 \
      --out "$out" "${@:2}" >/dev/null
  seconds "$s" "$(now)"
}
run_reference() {
  local dir="$work/ref-$1" s; mkdir -p "$dir"; s=$(now)
  (cd "$dir" && /usr/bin/python3 "$reference" >/dev/null 2>&1)
  seconds "$s" "$(now)"
}
run_ours warm --exact 'sin(pi*x)*cos(pi*y)' >/dev/null; run_reference warm >/dev/null
: >"$work/ours"; : >"$work/finest"; : >"$work/ref"
for i in $(seq "$runs"); do
  run_ours "$i" --exact 'sin(pi*x)*cos(pi*y)' >>"$work/ours"
  run_ours "finest-$i" >>"$work/finest"
  run_reference "$i" >>"$work/ref"
done
ref=$(median <"$work/ref"); ours=$(median <"$work/ours"); finest=$(median <"$work/finest")
echo "convergence study (n=8..128, --exact, 2 processes): sweep $ours s, DOLFIN loop $ref s, speed-up $(echo "scale=1; $ref / $ours" | bc)x"
echo "  without --exact (against the finest mesh): sweep $finest s"
echo "  sweep runs: $(tr '\n' ' ' <"$work/ours")"
echo "  sweep runs against the finest: $(tr '\n' ' ' <"$work/finest")"
echo "  DOLFIN runs: $(tr '\n' ' ' <"$work/ref")"
