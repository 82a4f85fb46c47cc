#!/usr/bin/env bash
# bench-sweep.sh: issue 3's figures, measured side by side on this machine.
#   1. the main command end to end (the built installation's bin/sweep, as ./sweep runs it, fresh
#      --out, 4 alphas, --procs 4 and 2) against the seminar's DOLFIN script
#      (../shared/reference/seminar_poisson_sweep.py 4, form cache warm);
#   2. pool overhead: 200 alphas at --mesh 32 --procs 2 against (sum of per-task compute time)/2,
#      end to end and for the pool alone (first task handed out to last result, SWEEP_TRACE);
#   3. the peak RSS of a worker at n=256 (each worker reports its VmHWM in its result record);
#   4. a worker JVM's start-up with and without its class-data archive and JVM options.
# Medians of RUNS runs (default 5), after one warm-up run of each command (which also creates the
# worker's class-data archive). The main command runs on a Java 25 too when there is one (JDK25,
# else the first under /usr/lib/jvm; JDK25=none leaves it out), with its AOT caches.
# Usage: scripts/bench-sweep.sh [RUNS]
# SWEEP_REFERENCE_DIR overrides where the reference scripts are (default ../shared/reference).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/modules/sweep/target/dist/bin/sweep"
lib="$root/modules/sweep/target/dist/lib"
runs=${1:-${RUNS:-5}}
reference="${SWEEP_REFERENCE_DIR:-$root/../shared/reference}/seminar_poisson_sweep.py"
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-sweep.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$root/sweep" --version >/dev/null   # builds on first use, outside the timings
[ -f "$reference" ] || { echo "bench-sweep: $reference is missing" >&2; exit 1; }
. "$root/scripts/jdk25.sh"
find_jdk25 bench-sweep

now() { date +%s%N; }
seconds() { echo "scale=3; ($2 - $1) / 1000000000" | bc; }
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
json_sum() { python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(sum(t.get('$2') or 0 for t in m['tasks']))" "$1"; }
json_max() { python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(max(t.get('$2') or 0 for t in m['tasks']))" "$1"; }

sweep() { "$launcher" --quiet "$@"; }
echo "bench-sweep: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $runs runs each"

# 1. The main command (--procs 4, as the README runs it, and --procs 2 = the cores here) against
#    the seminar's script, interleaved run by run.
run_ours() { local out="$work/main-$2-$1"; local s; s=$(now); sweep --alphas 0.1,1,10,100 --procs "$2" --out "$out" >/dev/null; seconds "$s" "$(now)"; }
run_reference() { local dir="$work/ref-$1"; mkdir -p "$dir"; local s; s=$(now); (cd "$dir" && /usr/bin/python3 "$reference" 4 >/dev/null 2>&1); seconds "$s" "$(now)"; }
run_ours25() { (export JAVA_HOME="$jdk25"; run_ours "$@"); }
run_ours warm 4 >/dev/null; run_reference warm >/dev/null
# Java 25: the first run records, its end and the next run create the caches.
[ -z "$jdk25" ] || for i in 1 2 3; do run_ours25 "warm25-$i" 4 >/dev/null; done
: >"$work/ours4"; : >"$work/ours2"; : >"$work/ref"; : >"$work/ours25"
for i in $(seq "$runs"); do
  run_ours "$i" 4 >>"$work/ours4"; run_ours "$i" 2 >>"$work/ours2"
  [ -z "$jdk25" ] || run_ours25 "25-$i" 4 >>"$work/ours25"
  run_reference "$i" >>"$work/ref"
done
ref=$(median <"$work/ref")
for p in 4 2 25; do
  [ "$p" != 25 ] || [ -n "$jdk25" ] || continue
  ours=$(median <"$work/ours$p")
  what="--procs $p"; [ "$p" != 25 ] || what="--procs 4, on $("$jdk25/bin/java" -version 2>&1 | head -1) with its AOT caches"
  echo "main command (4 alphas, n=256, $what): sweep $ours s, seminar DOLFIN script (Pool(4)) $ref s, speed-up $(echo "scale=1; $ref / $ours" | bc)x"
  echo "  sweep runs: $(tr '\n' ' ' <"$work/ours$p")"
done
echo "  DOLFIN runs: $(tr '\n' ' ' <"$work/ref")"

# 3. Worker memory at n=256, from the main command's manifests.
rss=$(for i in $(seq "$runs"); do json_max "$work/main-4-$i/manifest.json" worker_peak_rss_mb; done | sort -n | tail -1)
echo "worker peak RSS at n=256: $rss MB (largest of all workers in the runs above)"

# 2. Pool overhead: 200 alphas at n=32 on 2 processes, with the 200 field pictures the parent
#    draws (the default) and without them (--field-images none: the pool alone).
# The pool alone: from "running 200 tasks" to "tasks over" in the parent's SWEEP_TRACE lines.
trace_span() { awk '/ running [0-9]+ tasks$/ {a=$2} / tasks over$/ {b=$2} END {printf "%.3f\n", (b-a)/1000}' "$1"; }
for images in all none; do
  : >"$work/pool"; : >"$work/span"; : >"$work/ideal"
  run_pool() { local out="$work/pool-$images-$1"; local s; s=$(now); SWEEP_TRACE=1 sweep --alphas log:0.1:100:200 --mesh 32 --procs 2 --field-images "$images" --out "$out" >/dev/null 2>"$work/trace-$images-$1"; seconds "$s" "$(now)"; }
  run_pool warm >/dev/null
  for i in $(seq "$runs"); do
    run_pool "$i" >>"$work/pool"
    trace_span "$work/trace-$images-$i" >>"$work/span"
    echo "scale=3; $(json_sum "$work/pool-$images-$i/manifest.json" compute_s) / 2" | bc >>"$work/ideal"
  done
  pool=$(median <"$work/pool"); span=$(median <"$work/span"); ideal=$(median <"$work/ideal")
  echo "pool: 200 alphas, n=32, --procs 2, --field-images $images: (sum of task compute)/2 = $ideal s;" \
    "end to end $pool s (ratio $(echo "scale=2; $pool / $ideal" | bc)); pool alone $span s (ratio $(echo "scale=2; $span / $ideal" | bc))"
done

# 4. A worker JVM's start-up: one trivial task (file mode, as a Slurm array task runs), then exit.
task='{"key":"t","workload":"selftest","runner":"io.sweep.workloads.selftest.SelftestRunner","params":{"index":"1","millis":"0","crash":"false","fail":"false"}}'
archive=$(ls -t "${SWEEP_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sweep}"/worker-*.jsa 2>/dev/null | head -1 || true)
echo "$task" >"$work/task.jsonl"
worker() { local s; s=$(now); java "$@" -cp "$lib/*" io.sweep.worker.WorkerMain --out "$work/w" --tasks "$work/task.jsonl" --index 0; seconds "$s" "$(now)"; }
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Djava.awt.headless=true"
for variant in "plain" "flags" "flags+cds"; do
  : >"$work/w-$variant"
  for i in $(seq "$runs"); do
    case $variant in
      plain) worker -Xshare:auto >>"$work/w-$variant" ;;
      flags) worker $flags >>"$work/w-$variant" ;;
      flags+cds) if [ -n "$archive" ]; then worker $flags -XX:SharedArchiveFile="$archive" >>"$work/w-$variant"; fi ;;
    esac
  done
  [ -s "$work/w-$variant" ] && echo "worker start-up, one empty task, exit ($variant): $(median <"$work/w-$variant") s"
done
