#!/usr/bin/env bash
# bench-studies.sh: the studies issue's figure, measured side by side on this machine: a width
# study (16 log-spaced widths w of f = 10 exp(-r^2/w) at n=256, 2 processes), each w a real solve,
#   ours:      bin/sweep --source '10*exp(-((x-0.5)^2+(y-0.5)^2)/w)' --param w=log:0.005:0.08:16 --procs 2
#   reference: ../shared/reference/seminar_width_sweep.py 2 (DOLFIN, multiprocessing.Pool(2), File << u)
# end to end, fresh output directory each run, interleaved run by run, medians of RUNS (default 5)
# after warm-up runs (the reference's form cache, our class-data archives or AOT caches).
# Ours runs on the default java (JAVA_HOME or PATH), and again on a Java 25 or newer when there is
# one (JDK25, else the first under /usr/lib/jvm; JDK25=none leaves it out), with its AOT caches.
# Usage: scripts/bench-studies.sh [RUNS]; SWEEP_REFERENCE_DIR overrides ../shared/reference.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/modules/sweep/target/dist/bin/sweep"
runs=${1:-${RUNS:-5}}
reference="${SWEEP_REFERENCE_DIR:-$root/../shared/reference}/seminar_width_sweep.py"
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-studies.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$root/sweep" --version >/dev/null   # builds on first use, outside the timings
[ -f "$reference" ] || { echo "bench-studies: $reference is missing" >&2; exit 1; }
. "$root/scripts/jdk25.sh"
find_jdk25 bench-studies

now() { date +%s%N; }
seconds() { echo "scale=3; ($2 - $1) / 1000000000" | bc; }
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
echo "bench-studies: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $runs runs each"

run_ours() {
  local out="$work/ours-$1" s; s=$(now)
  "$launcher" --quiet --source '10*exp(-((x-0.5)^2+(y-0.5)^2)/w)' --param w=log:0.005:0.08:16 --procs 2 \
      --out "$out" "${@:2}" >/dev/null
  seconds "$s" "$(now)"
}
run_reference() {
  local dir="$work/ref-$1" s; mkdir -p "$dir"; s=$(now)
  (cd "$dir" && /usr/bin/python3 "$reference" 2 >/dev/null 2>&1)
  seconds "$s" "$(now)"
}
run_ours25() { (export JAVA_HOME="$jdk25"; run_ours "$@"); }
run_ours warm >/dev/null; run_reference warm >/dev/null
# Java 25: the first run records, its end and the next run create the caches.
[ -z "$jdk25" ] || for i in 1 2 3; do run_ours25 "warm25-$i" >/dev/null; done
: >"$work/ours"; : >"$work/bare"; : >"$work/ref"; : >"$work/ours25"
for i in $(seq "$runs"); do
  run_ours "$i" >>"$work/ours"
  run_ours "bare-$i" --field-images none >>"$work/bare"
  [ -z "$jdk25" ] || run_ours25 "25-$i" >>"$work/ours25"
  run_reference "$i" >>"$work/ref"
done
ref=$(median <"$work/ref"); ours=$(median <"$work/ours"); bare=$(median <"$work/bare")
echo "width study (16 w, n=256, 2 processes): sweep $ours s, DOLFIN Pool(2) $ref s, speed-up $(echo "scale=1; $ref / $ours" | bc)x (target 8x)"
echo "  with --field-images none: sweep $bare s, speed-up $(echo "scale=1; $ref / $bare" | bc)x"
if [ -n "$jdk25" ]; then
  ours25=$(median <"$work/ours25")
  echo "  on $("$jdk25/bin/java" -version 2>&1 | head -1) with its AOT caches: sweep $ours25 s, speed-up $(echo "scale=1; $ref / $ours25" | bc)x"
fi
echo "  sweep runs: $(tr '\n' ' ' <"$work/ours")"
echo "  sweep --field-images none runs: $(tr '\n' ' ' <"$work/bare")"
[ -z "$jdk25" ] || echo "  sweep on Java 25 runs: $(tr '\n' ' ' <"$work/ours25")"
echo "  DOLFIN runs: $(tr '\n' ' ' <"$work/ref")"
python3 - "$work/ours-1/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
compute = [t.get("compute_s") or 0 for t in m["tasks"]]
print("  sweep per-task compute (first run): median %.3f s, sum %.2f s over %d tasks" % (
    sorted(compute)[len(compute) // 2], sum(compute), len(compute)))
PY
