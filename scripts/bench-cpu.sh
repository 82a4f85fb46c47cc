#!/usr/bin/env bash
# bench-cpu.sh: where the CPU of one sweep command goes, for a command that is CPU-bound (the
# width study by default). Two views, RUNS runs each (default 3), fresh --out each run, after one
# warm-up run (class-data archives):
#   - how many cores are busy over time: /proc/stat sampled every 20 ms while the command runs,
#     printed as the mean number of busy cores per 50 ms (a wall-clock profile of the machine);
#   - the CPU of each thread kind, parent and workers apart: `perf record` (software clock, all
#     threads, exited ones too) summed by thread name, as a share of the whole command.
# Usage: scripts/bench-cpu.sh [RUNS] [SWEEP-ARGS...]  (no SWEEP-ARGS: the width study)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
launcher="$root/modules/sweep/target/dist/bin/sweep"
runs=${1:-3}
shift || true
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--source '10*exp(-((x-0.5)^2+(y-0.5)^2)/w)' --param w=log:0.005:0.08:16 --procs 2)
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-cpu.XXXXXX")
trap 'rm -rf "$work"' EXIT
command -v perf >/dev/null || { echo "bench-cpu: perf is missing (apt-get install linux-perf)" >&2; exit 1; }
"$root/sweep" --version >/dev/null   # builds on first use, outside the measurements
echo "bench-cpu: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs: sweep ${args[*]}"
"$launcher" --quiet "${args[@]}" --out "$work/warm" >/dev/null 2>&1

echo "busy cores, mean per 50 ms of wall (1 = one core busy):"
for i in $(seq "$runs"); do
  python3 - "$launcher" --quiet "${args[@]}" --out "$work/util-$i" <<'PY'
import subprocess, sys, time
def busy():
    with open('/proc/stat') as f:
        v = list(map(int, f.readline().split()[1:]))
    return sum(v), v[3] + v[4]
cores = len([l for l in open('/proc/stat') if l.startswith('cpu') and l[3].isdigit()])
start = time.time(); last = busy(); samples = []
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
while child.poll() is None:
    time.sleep(0.02)
    now = busy(); total, idle = now[0] - last[0], now[1] - last[1]; last = now
    samples.append((time.time() - start, (total - idle) / total * cores if total else 0.0))
buckets = {}
for t, b in samples:
    buckets.setdefault(int(t / 0.05), []).append(b)
print("  %.2f s: %s" % (time.time() - start, " ".join("%.1f" % (sum(v) / len(v)) for _, v in sorted(buckets.items()))))
PY
done

echo "CPU by thread (perf, share of the whole command; parent = the first JVM, workers = the others):"
for i in $(seq "$runs"); do
  perf record -q -F 999 -o "$work/perf-$i.data" -- "$launcher" --quiet "${args[@]}" --out "$work/perf-$i" >/dev/null 2>&1
  perf script -i "$work/perf-$i.data" -F pid,tid,comm 2>/dev/null | python3 -c '
import sys, collections
samples = collections.Counter()          # (pid, tid, comm) -> samples
for line in sys.stdin:
    parts = line.split()
    if len(parts) < 2 or "/" not in parts[-1]:
        continue
    pid, tid = parts[-1].split("/")
    samples[(int(pid), int(tid), " ".join(parts[:-1]))] += 1
by_process = collections.Counter()
for (pid, tid, comm), n in samples.items():
    by_process[pid] += n
total = sum(samples.values())
# The JVMs: processes with a thread named like a JIT compiler; the earliest is the parent.
jvms = sorted({pid for (pid, tid, comm) in samples if comm.startswith(("C1 Comp", "C2 Comp"))})
parent = jvms[0] if jvms else None
groups = collections.Counter()
for (pid, tid, comm), n in samples.items():
    who = "parent" if pid == parent else "workers" if pid in jvms else "launcher and tools"
    if who == "launcher and tools":
        kind = ""
    elif tid == pid + 1 or comm == "java":
        kind = " main"
    elif comm.startswith(("C1 Comp", "C2 Comp")):
        kind = " compilers"
    elif comm.startswith("sweep-outputs"):
        kind = " outputs thread (warm-up, pictures)"
    elif comm.startswith(("ForkJoinPool", "Thread-")):
        kind = " picture pool and plot"
    else:
        kind = " other threads"
    groups[who + kind] += n
print("  " + "; ".join("%s %.0f%%" % (k, 100.0 * v / total) for k, v in groups.most_common()))
'
done
