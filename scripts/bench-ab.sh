#!/usr/bin/env bash
# bench-ab.sh: one sweep command run by two builds side by side, interleaved run by run, to
# measure a change: the launcher of git revision OLD (exported and built in a temporary
# directory) against this checkout's (built as ./sweep builds it). Each run gets a fresh --out.
# Prints median wall and CPU (user+sys of the command and its children, GNU time) of each.
# Usage: scripts/bench-ab.sh OLD RUNS SWEEP-ARGS...   e.g.
#   scripts/bench-ab.sh HEAD~1 7 --alphas 0.1,1,10,100 --procs 4
# Environment: OLD_ENV / NEW_ENV, extra VAR=value words for each side (e.g. NEW_ENV=JAVA_HOME=...).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
old=$1 runs=$2; shift 2
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-ab.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$root/sweep" --version >/dev/null
mkdir -p "$work/old"
git -C "$root" archive "$old" | tar -x -C "$work/old"
echo "bench-ab: building $old ($(git -C "$root" rev-parse --short "$old")) in $work/old" >&2
(cd "$work/old" && mvn -B -q -Dmaven.test.skip=true package >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 1; }
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
declare -A launcher=([old]="$work/old/modules/sweep/target/dist/bin/sweep" [new]="$root/modules/sweep/target/dist/bin/sweep")
declare -A extra=([old]="${OLD_ENV:-}" [new]="${NEW_ENV:-}")
args=("$@")
run() { # side, run number
  # shellcheck disable=SC2086
  env ${extra[$1]} /usr/bin/time -f '%e %U %S' -o "$work/time" "${launcher[$1]}" --quiet "${args[@]}" --out "$work/out-$1-$2" >/dev/null 2>"$work/err-$1-$2" ||
    { echo "bench-ab: the $1 side failed:" >&2; cat "$work/err-$1-$2" >&2; exit 1; }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/time" >>"$work/times-$1"
}
echo "bench-ab: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each: sweep ${args[*]}"
for side in old new; do env ${extra[$side]} "${launcher[$side]}" --quiet "${args[@]}" --out "$work/warm-$side" >/dev/null 2>&1 || true; done
for i in $(seq "$runs"); do
  if [ $((i % 2)) = 1 ]; then run old "$i"; run new "$i"; else run new "$i"; run old "$i"; fi
done
for side in old new; do
  echo "$side ($([ $side = old ] && echo "$old" || echo "this checkout")): wall $(cut -d' ' -f1 "$work/times-$side" | median) s, CPU $(cut -d' ' -f2 "$work/times-$side" | median) s;" \
    "walls: $(cut -d' ' -f1 "$work/times-$side" | tr '\n' ' ')"
done
