#!/usr/bin/env bash
# bench-digest.sh: what checksumming one u.vtu (4.34 MB, n=256) costs a fresh worker JVM, for
# SHA-256 (what result records held before), CRC32C (what they hold now), CRC32 and Adler32,
# each in its own JVM, interpreted (-Xint), C1 only (how workers run) and tiered (C1+C2).
# First use (class loading, provider set-up, compiling included) and a second pass, in ms,
# medians of RUNS (default 5), the digests interleaved. Usage: scripts/bench-digest.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
runs=${1:-${RUNS:-5}}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-digest.XXXXXX")
trap 'rm -rf "$work"' EXIT
javac -d "$work" "$root/scripts/bench/DigestCost.java"
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }
echo "bench-digest: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $runs runs each"
printf '%-10s %-24s %12s %12s\n' digest JIT "first ms" "second ms"
for jit in -Xint -XX:TieredStopAtLevel=1 -XX:+TieredCompilation; do
  for i in $(seq "$runs"); do
    for d in SHA-256 CRC32C CRC32 Adler32; do java -XX:+UseSerialGC "$jit" -cp "$work" DigestCost "$d"; done
  done >"$work/out"
  for d in SHA-256 CRC32C CRC32 Adler32; do
    printf '%-10s %-24s %12s %12s\n' "$d" "$jit" "$(awk -v d="$d" '$1 == d {print $2}' "$work/out" | median)" \
      "$(awk -v d="$d" '$1 == d {print $3}' "$work/out" | median)"
  done
done
