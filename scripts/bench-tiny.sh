#!/usr/bin/env bash
# bench-tiny.sh: the per-task overhead of many tiny tasks, side by side with GNU parallel's
# scheduling floor: `sweep --alphas 0:1:N --mesh 8 --procs 2 --field-images none --quiet` (each
# task a real solve with its .vtu and result record) against `seq N | parallel -j2 true` (empty
# jobs), interleaved run by run. N defaults to 4000 (the issue's target: sweep 2x faster).
# Also prints the whole command's CPU (GNU time) and, from one more run with SWEEP_TRACE=1 (not
# timed: tracing makes every worker write marks per task), the parent's CPU.
# Medians of RUNS runs. Usage: scripts/bench-tiny.sh [RUNS] [N]
# Outputs are deleted only when the script ends: on an ext4 file system without a journal (this
# development VM's), inodes freed in the last minutes are skipped when new ones are allocated, so a
# run after a deleted 16 000-file output pays seconds of kernel time (measured: 1.6 s of system
# time on a quiet file system, 4.6 to 8.5 s right after deleting earlier runs). Run it again only
# a few minutes after the last benchmark that deleted outputs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/modules/sweep/target/dist/bin/sweep"
runs=${1:-${RUNS:-5}}
n=${2:-4000}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-tiny.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$root/sweep" --version >/dev/null
command -v parallel >/dev/null || { echo "bench-tiny: GNU parallel is missing (apt-get install parallel)" >&2; exit 1; }
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
echo "bench-tiny: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, $n tasks"
ours() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$launcher" --alphas "0:1:$n" --mesh 8 --procs 2 \
    --field-images none --quiet --out "$work/out-$1" >/dev/null 2>&1
  read -r wall user sys <"$work/time"
  echo "$wall" >>"$work/ours"
  echo "$user $sys" | awk '{print $1 + $2}' >>"$work/ours-cpu"
}
parent_cpu() {
  SWEEP_TRACE=1 "$launcher" --alphas "0:1:$n" --mesh 8 --procs 2 --field-images none --quiet \
    --out "$work/out-traced" >/dev/null 2>"$work/trace"
  awk '/^trace .* manifest written$/ {print $5 / 1000}' "$work/trace"
  rm -rf "$work/out-traced"
}
theirs() {
  /usr/bin/time -f '%e' -o "$work/time" sh -c "seq $n | parallel -j2 true" >/dev/null 2>&1
  cat "$work/time" >>"$work/parallel"
}
ours warm; theirs; rm -f "$work/ours" "$work/ours-cpu" "$work/parallel"
for i in $(seq "$runs"); do
  if [ $((i % 2)) = 1 ]; then ours "$i"; theirs; else theirs; ours "$i"; fi
done
o=$(median <"$work/ours") p=$(median <"$work/parallel")
echo "sweep: $o s (CPU $(median <"$work/ours-cpu") s; the parent, in one traced run: $(parent_cpu) s); GNU parallel -j2 true: $p s;" \
  "sweep is $(echo "scale=2; $p / $o" | bc)x faster (target 2x)"
echo "  sweep runs: $(tr '\n' ' ' <"$work/ours")"
echo "  parallel runs: $(tr '\n' ' ' <"$work/parallel")"
