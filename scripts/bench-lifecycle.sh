#!/usr/bin/env bash
# bench-lifecycle.sh: what the engine's task lifecycle (attempt log, ready line, failure classes,
# numbered progress) costs a sweep, side by side with another build of sweep (the reference: an
# earlier installation's bin/sweep, e.g. main's modules/sweep/target/dist/bin/sweep).
#   1. 200 alphas at --mesh 32 --procs 2 --field-images none, end to end, fresh --out;
#   2. the same with --halt now,fail=1 and one failing task (ours only): how long after the
#      failure the sweep has ended (manifest "ended" minus the failed attempt's "ended").
# Interleaved run by run, medians of RUNS (default 5) after one warm-up of each.
# Usage: scripts/bench-lifecycle.sh REFERENCE_LAUNCHER [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
ours="$root/modules/sweep/target/dist/bin/sweep"
reference=${1:?usage: scripts/bench-lifecycle.sh REFERENCE_LAUNCHER [RUNS]}
runs=${2:-${RUNS:-5}}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-lifecycle.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$root/sweep" --version >/dev/null   # builds on first use, outside the timings

now() { date +%s%N; }
seconds() { echo "scale=3; ($2 - $1) / 1000000000" | bc; }
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
echo "bench-lifecycle: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"

pool() { local s; s=$(now); "$1" --quiet --alphas 0:1:200 --mesh 32 --procs 2 --field-images none --out "$2" >/dev/null; seconds "$s" "$(now)"; }
pool "$ours" "$work/warm-ours" >/dev/null; pool "$reference" "$work/warm-ref" >/dev/null
: >"$work/ours"; : >"$work/ref"; : >"$work/halt"
for i in $(seq "$runs"); do
    pool "$ours" "$work/ours-$i" >>"$work/ours"
    pool "$reference" "$work/ref-$i" >>"$work/ref"
    "$ours" --quiet --workload selftest --selftest-tasks 4 --selftest-ms 600000 --selftest-crash 1 --retries 0 \
        --halt now,fail=1 --procs 2 --out "$work/halt-$i" >/dev/null 2>&1 || true
    python3 - "$work/halt-$i/manifest.json" >>"$work/halt" <<'PY'
import json, sys
from datetime import datetime
m = json.load(open(sys.argv[1]))
t = lambda s: datetime.fromisoformat(s[:26].rstrip('Z'))
failed = [a for task in m['tasks'] for a in task['attempt_log'] if a['outcome'] == 'failed'][0]
print((t(m['ended']) - t(failed['ended'])).total_seconds())
PY
done
printf '200 alphas, --mesh 32 --procs 2, end to end: ours %s s, reference %s s\n' \
    "$(median <"$work/ours")" "$(median <"$work/ref")"
printf -- '--halt now,fail=1: the sweep ended %s s after the failure (median)\n' "$(median <"$work/halt")"
