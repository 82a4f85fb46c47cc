#!/usr/bin/env bash
# Benchmarks of issue 5, measured side by side in one run, medians of $REPEATS (default 5):
#   series N=1e6 K=50, 2 processes, end to end: ./sweep vs the seminar's Python   (target >= 10x)
#   pi 1e8 points, 2 processes, end to end:     ./sweep vs the seminar's Python   (target >= 15x,
#                                               and the estimate within 4 standard errors of pi)
#   sweep compare series --procs 2: threads vs sequential                          (target >= 1.8x)
#     at the seminar's N=1e6 (0.2 s of computing: start-up weighs) and at N=1e7
# End to end = the whole command, as a user types it, JVM start-up included. One warm-up run of
# each command first (it also lets the engine write the worker's class-data archive). Rounds
# interleave Java and Python so that a busy machine slows both alike.
# Usage: scripts/bench-workloads.sh   (from anywhere; needs python3 and a JDK 17)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
# The seminar's Python: ../shared/reference from the repository root (one level up again from a
# worktree under wt/), or $SWEEP_REFERENCE_DIR as in the other benchmarks.
reference=${SWEEP_REFERENCE_DIR:-}
for candidate in "$root/../shared/reference" "$root/../../shared/reference"; do
  [ -z "$reference" ] && [ -f "$candidate/seminar_series.py" ] && reference=$(cd "$candidate" && pwd -P)
done
[ -n "$reference" ] || { echo "bench: no seminar_series.py in ../shared/reference: set SWEEP_REFERENCE_DIR=DIR" >&2; exit 1; }
repeats=${REPEATS:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-workloads.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$root"

./sweep --version >/dev/null   # builds the jar on first use, outside the timings

# Small helpers in Python, which the benchmark needs anyway.
cat >"$work/util.py" <<'PY'
import json, statistics, sys
cmd, args = sys.argv[1], sys.argv[2:]
if cmd == "elapsed":   # start end
    print("%.3f" % (float(args[1]) - float(args[0])))
elif cmd == "median":
    print("%.3f" % statistics.median(float(a) for a in args))
elif cmd == "ratio":   # a b -> a / b
    print("%.2f" % (float(args[0]) / float(args[1])))
elif cmd == "sigma":   # summary.json of a pi run -> |estimate - pi| in standard errors
    print("%.2f" % abs(json.load(open(args[0]))["errors_from_pi"]))
elif cmd == "compare": # compare.json -> wall of each mode, run time of sequential and threads
    runs = json.load(open(args[0]))["runs"]
    print(*["%.3f" % r["wall_seconds"] for r in runs], *["%.3f" % r["run_seconds"] for r in runs[:2]])
elif cmd == "atleast": # value target -> met / MISSED
    print("met" if float(args[0]) >= float(args[1]) else "MISSED")
PY
util() { python3 "$work/util.py" "$@"; }

# seconds taken by a command, its output to a log
timed() {
  local log=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$log" 2>&1 || { echo "bench: failed: $* (log: $(tail -n 3 "$log"))" >&2; exit 1; }
  end=$(date +%s.%N)
  util elapsed "$start" "$end"
}

median() { util median "$@"; }

run_id=0
java_series() { run_id=$((run_id + 1)); timed "$work/log" ./sweep --workload series --n 1000000 --k 50 --procs 2 --out "$work/s$run_id" --quiet; }
java_pi() { run_id=$((run_id + 1)); last_pi="$work/p$run_id"; timed "$work/log" ./sweep --workload pi --points 100000000 --seed $run_id --procs 2 --out "$last_pi" --quiet; }
py_series() { timed "$work/log" python3 "$reference/seminar_series.py" 1000000 2; }
py_pi() { timed "$work/log" python3 "$reference/seminar_pi.py" 100000000 2; }

echo "warm-up ..." >&2
java_series >/dev/null; java_pi >/dev/null; py_series >/dev/null

js=(); ps=(); jp=(); pp=(); sigmas=()
for round in $(seq "$repeats"); do
  echo "round $round of $repeats ..." >&2
  js+=("$(java_series)"); ps+=("$(py_series)")
  jp+=("$(java_pi)"); pp+=("$(py_pi)")
  sigmas+=("$(util sigma "$last_pi/summary.json")")
done

speedups=(); run_speedups=(); seq_walls=(); thr_walls=(); proc_walls=()
big_speedups=(); big_run_speedups=(); big_seq=(); big_thr=(); big_proc=()
for round in $(seq "$repeats"); do
  echo "compare round $round of $repeats ..." >&2
  ./sweep compare series --n 1000000 --k 50 --procs 2 --out "$work/c$round" >"$work/log" 2>&1
  read -r s t p rs rt < <(util compare "$work/c$round/compare.json")
  seq_walls+=("$s"); thr_walls+=("$t"); proc_walls+=("$p")
  speedups+=("$(util ratio "$s" "$t")")
  run_speedups+=("$(util ratio "$rs" "$rt")")
  ./sweep compare series --n 10000000 --k 50 --procs 2 --out "$work/C$round" >"$work/log" 2>&1
  read -r s t p rs rt < <(util compare "$work/C$round/compare.json")
  big_seq+=("$s"); big_thr+=("$t"); big_proc+=("$p")
  big_speedups+=("$(util ratio "$s" "$t")")
  big_run_speedups+=("$(util ratio "$rs" "$rt")")
done

# Where the end-to-end time goes: the same commands with less and less work.
b_version=(); b_seq=(); b_proc=(); b_series=()
for round in $(seq "$repeats"); do
  echo "start-up round $round of $repeats ..." >&2
  b_version+=("$(timed "$work/log" ./sweep --version)")
  b_seq+=("$(timed "$work/log" ./sweep --workload map --values 1 --procs 1 --mode sequential --out "$work/bs$round" --quiet)")
  b_proc+=("$(timed "$work/log" ./sweep --workload map --values 1 --procs 1 --out "$work/bp$round" --quiet)")
  b_series+=("$(timed "$work/log" ./sweep --workload series --procs 2 --out "$work/bx$round" --quiet)")
done

verdict() { util atleast "$1" "$2"; }
ms=$(median "${js[@]}"); mps=$(median "${ps[@]}"); mp=$(median "${jp[@]}"); mpp=$(median "${pp[@]}")
rs=$(util ratio "$mps" "$ms"); rp=$(util ratio "$mpp" "$mp")
msp=$(median "${speedups[@]}")
worst_sigma=$(printf '%s\n' "${sigmas[@]}" | sort -g | tail -n 1)
echo
echo "medians of $repeats, $(nproc) CPUs, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %9s %9s %8s %8s  %s\n' "benchmark" "python" "sweep" "ratio" "target" "verdict"
printf '%-44s %8ss %8ss %7sx %7sx  %s\n' "series N=1e6 K=50, 2 processes, end to end" "$mps" "$ms" "$rs" 10 "$(verdict "$rs" 10)"
printf '%-44s %8ss %8ss %7sx %7sx  %s\n' "pi 1e8 points, 2 processes, end to end" "$mpp" "$mp" "$rp" 15 "$(verdict "$rp" 15)"
mrsp=$(median "${run_speedups[@]}")
printf '%-44s %9s %8ss %7sx %7sx  %s\n' "series threads(2) vs sequential, end to end" "" "$(median "${thr_walls[@]}")" "$msp" 1.8 "$(verdict "$msp" 1.8)"
printf '%-44s %9s %9s %7sx %7sx  %s\n' "series threads(2) vs sequential, in-command" "" "" "$mrsp" 1.8 "$(verdict "$mrsp" 1.8)"
mbsp=$(median "${big_speedups[@]}"); mbrsp=$(median "${big_run_speedups[@]}")
printf '%-44s %9s %8ss %7sx %7sx  %s\n' "N=1e7: threads(2) vs sequential, end to end" "" "$(median "${big_thr[@]}")" "$mbsp" 1.8 "$(verdict "$mbsp" 1.8)"
printf '%-44s %9s %9s %7sx %7sx  %s\n' "N=1e7: threads(2) vs sequential, in-command" "" "" "$mbrsp" 1.8 "$(verdict "$mbrsp" 1.8)"
echo "pi: largest |estimate - pi| over the runs: $worst_sigma standard errors (must be < 4)"
echo "compare series walls (median): N=1e6 sequential $(median "${seq_walls[@]}") s, threads $(median "${thr_walls[@]}") s, processes $(median "${proc_walls[@]}") s;" \
  "N=1e7 sequential $(median "${big_seq[@]}") s, threads $(median "${big_thr[@]}") s, processes $(median "${big_proc[@]}") s"
echo "all runs: java series ${js[*]} | python series ${ps[*]} | java pi ${jp[*]} | python pi ${pp[*]} | threads speedup ${speedups[*]} | in-command ${run_speedups[*]}"
echo "start-up (medians): ./sweep --version $(median "${b_version[@]}") s;" \
  "a one-value map, sequential $(median "${b_seq[@]}") s, in 1 worker process $(median "${b_proc[@]}") s;" \
  "series N=1e6 in 2 processes $(median "${b_series[@]}") s"
