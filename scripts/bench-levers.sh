#!/usr/bin/env bash
# bench-levers.sh: two levers on the cold-worker floor of the main job, each measured side by side
# (interleaved run by run, medians of RUNS):
#  1. one CG solve per cold worker instead of two: the main job (4 α, --procs 4) superposed, as
#     sweep runs it (each cold worker solves for the two unit solutions), against the same 4 α
#     solved directly (one solve per task: the source is written with a term, +0*alpha, that the
#     superposition does not recognise; the norms agree to 1e-12). Direct solving is what a
#     per-sweep set-up task would give the α tasks at best: no CG in three of the four workers
#     minus the wait for it, so this bounds that design's gain.
#  2. JDK 25's AOT cache (JEP 483/514/515) against JDK 17's dynamic class-data archive (what
#     sweep uses today), on one JVM that runs one α at n=256 in-process (--mode sequential): class
#     loading, linking and the cold JIT of a worker's work, without the pool. The AOT cache is
#     made in two steps (a training run records, a second JVM creates the cache).
# Usage: scripts/bench-levers.sh [RUNS]   (JDK25 defaults to /usr/lib/jvm/temurin-25-jdk-amd64)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/modules/sweep/target/dist/bin/sweep"
runs=${1:-${RUNS:-5}}
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
jdk17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-levers.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$root/sweep" --version >/dev/null
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
echo "bench-levers: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"

superposed='alpha*exp(-((x-0.5)^2+(y-0.5)^2)/0.02)'
direct='exp(-((x-0.5)^2+(y-0.5)^2)/0.02)*alpha+0*alpha'
main_job() { # name source run
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$launcher" --alphas 0.1,1,10,100 --procs 4 --source "$2" \
    --quiet --out "$work/$1-$3" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{print $1, $2 + $3}' "$work/time" >>"$work/$1"
}
main_job superposed "$superposed" warm; main_job direct "$direct" warm
grep -q '"superposed"' "$work/superposed-warm/manifest.json" || { echo "bench-levers: not superposed" >&2; exit 1; }
! grep -q '"superposed"' "$work/direct-warm/manifest.json" || { echo "bench-levers: superposed" >&2; exit 1; }
rm -f "$work/superposed" "$work/direct"
for i in $(seq "$runs"); do
  if [ $((i % 2)) = 1 ]; then main_job superposed "$superposed" "$i"; main_job direct "$direct" "$i"
  else main_job direct "$direct" "$i"; main_job superposed "$superposed" "$i"; fi
done
for side in superposed direct; do
  echo "main job, $side: wall $(cut -d' ' -f1 "$work/$side" | median) s, CPU $(cut -d' ' -f2 "$work/$side" | median) s;" \
    "walls: $(cut -d' ' -f1 "$work/$side" | tr '\n' ' ')"
done

lib="$root/modules/sweep/target/dist/lib"
one_alpha() { # name java options...
  local name=$1 java=$2; shift 2
  rm -rf "$work/seq"
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$java" "$@" -Djava.awt.headless=true -XX:+UseSerialGC \
    -XX:TieredStopAtLevel=1 -cp "$lib/*" io.sweep.cli.Main --alphas 1 --mode sequential --procs 1 --quiet \
    --field-images none --out "$work/seq" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{print $1, $2 + $3}' "$work/time" >>"$work/$name"
}
[ -x "$jdk25/bin/java" ] || { echo "bench-levers: no JDK 25 at $jdk25 (set JDK25)" >&2; exit 1; }
one_alpha train17 "$jdk17/bin/java" -XX:ArchiveClassesAtExit="$work/s17.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
one_alpha train25 "$jdk25/bin/java" -XX:AOTMode=record -XX:AOTConfiguration="$work/s25.aotconf"
start=$(date +%s.%N)
"$jdk25/bin/java" -XX:AOTMode=create -XX:AOTConfiguration="$work/s25.aotconf" -XX:AOTCache="$work/s25.aot" \
  -Djava.awt.headless=true -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$lib/*" >/dev/null 2>&1
made=$(echo "$(date +%s.%N) - $start" | bc)
for i in $(seq "$runs"); do
  one_alpha cds17 "$jdk17/bin/java" -XX:SharedArchiveFile="$work/s17.jsa" -Xshare:auto
  one_alpha aot25 "$jdk25/bin/java" -XX:AOTCache="$work/s25.aot"
  one_alpha plain25 "$jdk25/bin/java"
done
for side in cds17 aot25 plain25; do
  echo "one α in one JVM, $side: wall $(cut -d' ' -f1 "$work/$side" | median) s, CPU $(cut -d' ' -f2 "$work/$side" | median) s;" \
    "walls: $(cut -d' ' -f1 "$work/$side" | tr '\n' ' ')"
done
echo "the AOT cache: $(du -m "$work/s25.aot" | cut -f1) MB, made in ${made%.*}.${made#*.} s" | cut -c1-80
