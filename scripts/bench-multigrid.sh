#!/usr/bin/env bash
# The matrix-free multigrid's targets, each measured beside its reference in one run, interleaved,
# medians of REPEATS (default 3) runs:
#
#   scripts/bench-multigrid.sh [REPEATS]
#
# 1. n=4096, one alpha on one thread: `sweep bench solver --sizes 4096 --paths stencil --threads 1`
#    (first_a = mesh + system + multigrid setup + load + one CG solve + norms), under GNU time for
#    the process's peak RSS, with the heap a worker gets for n=4096; then the same sweep end to end
#    (`--alphas 1 --mesh 4096 --field-images none --threads 1`), the worker's peak RSS from the
#    manifest.
# 2. n=8192 once, when the machine has 16 GiB available (MemAvailable), else a line saying why not.
# 3. `./sweep --alphas 1 --mesh 2048 --field-images none` (default threads) against
#    `/usr/bin/python3 dolfinx_poisson.py 2048 amg 1` (import, setup, one solve), wall clock.
# 4. n=2048 with --threads 2 against --threads 1: the bench's solve and the sweep end to end; the
#    norms must be identical.
# 5. n=256: the stencil path against the assembled one (the previous solver) in one bench process,
#    and the main job (`--alphas 0.1,1,10,100 --procs 4`) end to end.
# Runs the installed launcher (modules/sweep/target/dist/bin/sweep, built if missing); outputs go
# to a temporary directory that is removed at the end. BIG, HUGE, MID and SMALL (4096, 8192, 2048,
# 256) change the sizes, for a quick check of the script itself.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeats="${1:-3}"
big="${BIG:-4096}" huge="${HUGE:-8192}" mid="${MID:-2048}" small="${SMALL:-256}"
sweep="$root/modules/sweep/target/dist/bin/sweep"
[[ -x "$sweep" ]] || (cd "$root" && mvn -B -q -Dmaven.test.skip=true package)
reference=""
for candidate in "${SWEEP_REFERENCE_DIR:-}" "$root/../shared/reference" "$root/../../shared/reference"; do
  if [[ -n "$candidate" && -f "$candidate/dolfinx_poisson.py" ]]; then reference="$candidate"; break; fi
done
[[ -x /usr/bin/time ]] || { echo "bench-multigrid: GNU time (/usr/bin/time) is missing" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{v[NR]=$1} END {if (NR == 0) {print "nan"; exit} m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; print m}'; }
# timed LABEL CMD...: runs CMD, appends "wall_s rss_kb" to $work/LABEL, output to $work/LABEL.out
timed() {
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$label.time" "$@" >"$work/$label.out" 2>&1 || {
    echo "bench-multigrid: '$*' failed:" >&2; tail -5 "$work/$label.out" >&2; exit 1; }
  cat "$work/$label.time" >>"$work/$label"
}
col() { awk -v c="$1" '{print $c}' "$work/$2" | median; }
bench_col() { # bench_col LABEL N COLUMN: a column of the stencil row for n from each run's output
  cat "$work/$1".outs 2>/dev/null | awk -v n="$2" -v c="$3" '$1 == "stencil" && $2 == n {print $c}' | median; }
sweep_run() { # sweep_run LABEL ARGS...: a fresh --out each time
  local label="$1"; shift
  rm -rf "$work/out"
  timed "$label" "$sweep" --out "$work/out" --quiet "$@"
  cat "$work/$label.out" >>"$work/$label.outs"
  python3 - "$work/out/manifest.json" >>"$work/$label.rss" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
def find(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "worker_peak_rss_mb" and isinstance(v, (int, float)):
                yield v
            else:
                yield from find(v)
    elif isinstance(o, list):
        for v in o:
            yield from find(v)
print(max(find(m), default=0))
PY
}
bench_run() { # bench_run LABEL BENCH-ARGS...
  local label="$1"; shift
  timed "$label" "$sweep" bench solver "$@"
  cat "$work/$label.out" >>"$work/$label.outs"
}
heapbig="$(( (144 * (big + 1) * (big + 1) + 48 * 1024 * 1024) / 1024 / 1024 * 21 / 20 ))m"

echo "== 1. n=$big, one alpha, one thread (SWEEP_JAVA_OPTS=-Xmx$heapbig for the bench, a worker's heap)"
for ((r = 1; r <= repeats; r++)); do
  SWEEP_JAVA_OPTS="-Xmx$heapbig -XX:+UseSerialGC -Xmn128m" bench_run bbig --sizes $big --paths stencil \
    --threads 1 --repeats 1 --warmup 1
  sweep_run sbig --alphas 1 --mesh $big --field-images none --threads 1
done
printf 'bench one alpha (first_a): %8.0f ms (CPU %8.0f ms)  solve %8.0f ms   %s CG iterations   bench peak RSS %6.0f MiB\n' \
  "$(bench_col bbig $big 11)" "$(bench_col bbig $big 19)" "$(bench_col bbig $big 8)" "$(bench_col bbig $big 10)" \
  "$(echo "$(col 2 bbig) / 1024" | bc -l)"
printf 'sweep end to end:          %8.2f s    worker peak RSS (manifest) %6.0f MiB\n' \
  "$(col 1 sbig)" "$(median <"$work/sbig.rss")"

echo "== 2. n=$huge"
available_kb="$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo)"
if (( available_kb >= 16 * 1024 * 1024 )); then
  heaphuge="$(( (144 * (huge + 1) * (huge + 1) + 48 * 1024 * 1024) / 1024 / 1024 * 21 / 20 ))m"
  SWEEP_JAVA_OPTS="-Xmx$heaphuge -XX:+UseSerialGC -Xmn128m" bench_run bhuge --sizes $huge --paths stencil \
    --threads 1 --repeats 1 --warmup 0
  printf 'bench one alpha (first_a): %8.0f ms (CPU %8.0f ms)  solve %8.0f ms   %s CG iterations   peak RSS %6.0f MiB\n' \
    "$(bench_col bhuge $huge 11)" "$(bench_col bhuge $huge 19)" "$(bench_col bhuge $huge 8)" "$(bench_col bhuge $huge 10)" \
    "$(echo "$(col 2 bhuge) / 1024" | bc -l)"
else
  echo "skipped: $(( available_kb / 1024 )) MiB available, 16384 MiB wanted"
fi

echo "== 3. n=$mid end to end against FEniCSx (DOLFINx, hypre AMG)"
if [[ -n "$reference" ]] && /usr/bin/python3 -c 'import dolfinx' 2>/dev/null; then
  for ((r = 1; r <= repeats; r++)); do
    sweep_run smid --alphas 1 --mesh $mid --field-images none
    timed xmid /usr/bin/python3 "$reference/dolfinx_poisson.py" $mid amg 1
  done
  printf 'sweep %.2f s   dolfinx %.2f s   ratio %.1fx\n' "$(col 1 smid)" "$(col 1 xmid)" \
    "$(echo "$(col 1 xmid) / $(col 1 smid)" | bc -l)"
else
  echo "skipped: dolfinx_poisson.py or python3-dolfinx not found"
fi

echo "== 4. n=$mid, 2 threads against 1"
for ((r = 1; r <= repeats; r++)); do
  bench_run t1 --sizes $mid --paths stencil --threads 1 --repeats 1 --warmup 1
  bench_run t2 --sizes $mid --paths stencil --threads 2 --repeats 1 --warmup 1
  sweep_run e1 --alphas 1 --mesh $mid --field-images none --threads 1
  cp "$work/out/norms.csv" "$work/norms1.csv"
  sweep_run e2 --alphas 1 --mesh $mid --field-images none --threads 2
  cut -d, -f1-6 "$work/norms1.csv" | cmp -s - <(cut -d, -f1-6 "$work/out/norms.csv") \
    || { echo "bench-multigrid: norms differ between 1 and 2 threads" >&2; exit 1; }
done
printf 'bench solve: 1 thread %6.0f ms, 2 threads %6.0f ms, speed-up %.2fx\n' "$(bench_col t1 $mid 8)" \
  "$(bench_col t2 $mid 8)" "$(echo "$(bench_col t1 $mid 8) / $(bench_col t2 $mid 8)" | bc -l)"
printf 'bench one alpha: 1 thread %6.0f ms, 2 threads %6.0f ms, speed-up %.2fx\n' "$(bench_col t1 $mid 11)" \
  "$(bench_col t2 $mid 11)" "$(echo "$(bench_col t1 $mid 11) / $(bench_col t2 $mid 11)" | bc -l)"
printf 'sweep end to end: 1 thread %.2f s, 2 threads %.2f s, speed-up %.2fx; norms identical\n' "$(col 1 e1)" \
  "$(col 1 e2)" "$(echo "$(col 1 e1) / $(col 1 e2)" | bc -l)"

echo "== 5. n=$small: stencil against assembled (one process), and the main job"
bench_run bsmall --sizes $small --paths stencil,assembled --repeats $(( 2 * repeats + 1 )) --warmup 3
awk -v n="$small" '$2 == n && ($1 == "stencil" || $1 == "assembled") {printf "%-9s one alpha %7.1f ms (CPU %7.1f ms)  solve %7.1f ms  api first %7.1f ms  iterations %s\n", $1, $11, $19, $8, $14, $10}' \
  "$work/bsmall.out"
for ((r = 1; r <= repeats; r++)); do
  sweep_run main --alphas 0.1,1,10,100 --procs 4
done
printf 'main job end to end: %.2f s\n' "$(col 1 main)"
