#!/usr/bin/env bash
# The solver benchmark beside DOLFIN, in one run on the same machine.
#
#   scripts/bench-solver.sh [--sizes 256,512,1024,2048] [--repeats 5] [--warmup 2]
#
# 1. Java: io.sweep.bench.SolverBenchmark (medians per phase, second alpha, heap) with $JAVA_OPTS
#    (default -Xmx4g -XX:+UseParallelGC: 4g is enough for n=2048; with G1 the large arrays of each
#    solve are "humongous" and land in freshly committed regions, so every solve pays page faults,
#    2-5x on setup here; the parallel collector reuses its young generation).
# 2. DOLFIN: the seminar's script at n=256 (DOLFIN_N), run twice so its form cache is warm; the
#    second run's per-alpha times are used. Needs python3-dolfin (/usr/bin/python3); without it
#    the ratio is skipped with a message. The reference is found in $SWEEP_REFERENCE_DIR, else
#    ../shared/reference (or ../../shared/reference from a worktree) relative to the repository.
# 3. The ratio DOLFIN per-alpha median / Java one-alpha median (mesh+assembly+setup+solve+norms).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=256,512,1024,2048
repeats=5
warmup=2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --repeats) repeats="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    *) echo "bench-solver: unknown option '$1'; accepted: --sizes LIST --repeats N --warmup N" >&2; exit 2 ;;
  esac
done
dolfin_n="${DOLFIN_N:-256}"
alphas="${DOLFIN_ALPHAS:-0.1,1,10,100}"
java_opts="${JAVA_OPTS:--Xmx4g -XX:+UseParallelGC}"

jar="$root/modules/sweep/target/sweep.jar"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -B -q -Dmaven.test.skip=true package)
fi

reference=""
for candidate in "${SWEEP_REFERENCE_DIR:-}" "$root/../shared/reference" "$root/../../shared/reference"; do
  if [[ -n "$candidate" && -f "$candidate/dolfin_poisson.py" ]]; then reference="$candidate"; break; fi
done

echo "== Java solver benchmark (JAVA_OPTS: $java_opts)"
java_out="$(mktemp)"
trap 'rm -f "$java_out"' EXIT
# Include the DOLFIN size in the Java run so both are measured in this run.
java_sizes="$sizes"
[[ ",$sizes," == *",$dolfin_n,"* ]] || java_sizes="$dolfin_n,$sizes"
# shellcheck disable=SC2086
java $java_opts -cp "$jar" io.sweep.bench.SolverBenchmark --sizes "$java_sizes" --repeats "$repeats" \
  --warmup "$warmup" | tee "$java_out"

if [[ -z "$reference" ]]; then
  echo "== DOLFIN: reference scripts not found (set SWEEP_REFERENCE_DIR); no ratio"
  exit 0
fi
if ! /usr/bin/python3 -c 'import dolfin' 2>/dev/null; then
  echo "== DOLFIN: python3-dolfin is not installed (apt-get install -y python3-dolfin); no ratio"
  exit 0
fi

echo "== DOLFIN $reference/dolfin_poisson.py $dolfin_n $alphas (run 1: fills the form cache)"
/usr/bin/python3 "$reference/dolfin_poisson.py" "$dolfin_n" "$alphas" >/dev/null
echo "== DOLFIN (run 2: warm)"
dolfin_out="$(/usr/bin/python3 "$reference/dolfin_poisson.py" "$dolfin_n" "$alphas")"
echo "$dolfin_out"

dolfin_ms="$(echo "$dolfin_out" | sed -n 's/.*time=\([0-9.]*\).*/\1/p' | sort -g \
  | awk '{t[NR]=$1} END {m = NR % 2 ? t[(NR+1)/2] : (t[NR/2]+t[NR/2+1])/2; printf "%.1f", 1000*m}')"
read -r java_first java_api_first <<<"$(awk -v n="$dolfin_n" '$1 == "stencil" && $2 == n {print $11, $14}' "$java_out")"
echo "== ratio at n=$dolfin_n (medians, same run)"
awk -v d="$dolfin_ms" -v j="$java_first" -v a="$java_api_first" 'BEGIN {
  printf "DOLFIN solve per alpha (warm): %8.1f ms\n", d
  printf "Java one alpha, one CG solve:  %8.1f ms   DOLFIN/Java = %.1fx\n", j, d / j
  printf "Java first alpha via the API:  %8.1f ms   DOLFIN/Java = %.1fx (two CG solves, later alphas superposed)\n", a, d / a
}'
