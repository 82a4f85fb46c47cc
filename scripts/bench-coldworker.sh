#!/usr/bin/env bash
# bench-coldworker.sh: where one cold worker's time goes (poisson, n=256, one α), and the
# parent's, measured rather than guessed:
#   - a real main job (`--alphas 0.1,1,10,100 --procs 4`, SWEEP_TRACE=1) gives the parent's phases
#     and the exact command line of its workers, which is then replayed as a Slurm array task runs
#     a worker (file mode: one task, then exit), with the same JVM options and class-data archive;
#   - per phase of that worker (SWEEP_TRACE marks): wall, the whole process's CPU and the main
#     thread's CPU; at exit each thread's CPU (C1 compiler threads, VM thread, main);
#   - `perf stat` (task-clock) of the whole worker JVM, -Xlog:startuptime (Create VM),
#     -Xlog:class+load (classes, and how many came from the class-data archive), -XX:+CITime
#     (JIT compile time), and JFR execution samples (1 ms) of the main thread by code area.
# Medians of RUNS runs (default 5). Usage: scripts/bench-coldworker.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
. "$root/scripts/worker-command.sh"
launcher="$root/modules/sweep/target/dist/bin/sweep"
runs=${1:-${RUNS:-5}}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-coldworker.XXXXXX")
trap 'rm -rf "$work"' EXIT
command -v perf >/dev/null || { echo "bench-coldworker: perf is missing (apt-get install linux-perf)" >&2; exit 1; }
"$root/sweep" --version >/dev/null   # builds on first use, outside the timings

echo "bench-coldworker: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $runs runs each"

# The parent: the main job, traced; the first run also makes the class-data archives.
for i in warm $(seq "$runs"); do
  SWEEP_TRACE=1 perf stat -x, -e task-clock -o "$work/parent-$i.perf" \
    "$launcher" --quiet --alphas 0.1,1,10,100 --procs 4 --out "$work/main-$i" >/dev/null 2>"$work/parent-$i.trace"
done

# The worker's command line, as the parent started it, turned into file mode.
worker_command "$work/main-1/workers.log" bench-coldworker
task_lines "$work/main-1/manifest.json" alpha 1 >"$work/task.jsonl"
run_worker() { # $1: run name, then extra JVM options (before the class path)
  local name=$1; shift
  rm -rf "$work/w-$name"
  "${worker[0]}" "$@" "${worker[@]:1}" --out "$work/w-$name" --tasks "$work/task.jsonl" --index 0
}
echo "worker: ${worker[*]:0:$((${#worker[@]} - 3))} ... WorkerMain (file mode, one task)"

cat >"$work/samples.jfc" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
</configuration>
EOF
# Interleaved: traced, perf, class loading + start-up, CITime, JFR; one of each per round.
for i in $(seq "$runs"); do
  SWEEP_TRACE=1 run_worker "trace-$i" >/dev/null 2>"$work/trace-$i.err"
  perf stat -x, -e task-clock -o "$work/perf-$i" "${worker[0]}" "${worker[@]:1}" \
    --out "$work/w-perf-$i" --tasks "$work/task.jsonl" --index 0 >/dev/null
  run_worker "log-$i" -Xlog:class+load=info,startuptime=info:file="$work/log-$i.txt" >/dev/null
  run_worker "ci-$i" -XX:+CITime >"$work/ci-$i.txt"
  if [ "$i" -le 3 ]; then
    run_worker "jfr-$i" -XX:StartFlightRecording:settings="$work/samples.jfc",filename="$work/jfr-$i.jfr" >/dev/null 2>"$work/jfr-$i.err"
  fi
done
for f in "$work"/jfr-*.jfr; do jfr print --events jdk.ExecutionSample --stack-depth 1 "$f"; done >"$work/samples.txt"

python3 - "$work" "$runs" <<'EOF'
import re, statistics as st, sys, glob
work, runs = sys.argv[1], int(sys.argv[2])
med = lambda xs: st.median(xs) if xs else float('nan')
mark = re.compile(r'trace +(\d+) ms  cpu +(-?\d+) ms  thread +(-?[\d.]+) ms  (?:[^:]*: )?(.*)$')

def phases(lines, first):
    """(name, wall ms, process cpu ms, thread cpu ms) between consecutive marks."""
    rows, prev = [], (0, 0, 0.0)
    for line in lines:
        m = mark.search(line)
        if not m:
            continue
        t, c, th, what = int(m[1]), int(m[2]), float(m[3]), m[4]
        rows.append((first if not rows else what, t - prev[0], c - prev[1], th - prev[2]))
        prev = (t, c, th)
    return rows

def table(title, runs_rows, totals):
    names = [r[0] for r in runs_rows[0]]
    print(f"\n{title}\n| phase | wall ms | CPU ms (process) | CPU ms (main thread) |\n|---|---|---|---|")
    for k, name in enumerate(names):
        vals = [rows[k] for rows in runs_rows if len(rows) > k]
        print(f"| {name} | {med([v[1] for v in vals]):.0f} | {med([v[2] for v in vals]):.0f} | {med([v[3] for v in vals]):.1f} |")
    for name, wall, cpu in totals:
        print(f"| **{name}** | {wall} | {cpu} | |")

def threads(files):
    per = {}
    for f in files:
        line = next((l for l in open(f) if 'trace threads of' in l), '')
        sums = {}
        for name, ms in re.findall(r'\[([^\]]+)\] ([\d.]+) ms', line):
            key = 'C1/C2 compiler threads' if 'CompilerThre' in name else name
            sums[key] = sums.get(key, 0) + float(ms)
        for k, v in sums.items():
            per.setdefault(k, []).append(v)
    return ', '.join(f"{k} {med(v):.0f} ms" for k, v in sorted(per.items(), key=lambda kv: -med(kv[1])) if med(v) >= 1)

def perf(f):
    for line in open(f):
        parts = line.split(',')
        if len(parts) > 2 and parts[2].startswith('task-clock'):
            return float(parts[0])
    return float('nan')

# The worker.
wr = [phases(open(f), 'JVM boot to main()') for f in sorted(glob.glob(f'{work}/trace-*.err'))]
task_clock = med([perf(f) for f in glob.glob(f'{work}/perf-*')])
table('One cold worker, poisson n=256, one α (file mode, the main job\'s JVM options and archive), medians:',
      wr, [('the whole JVM (perf stat task-clock)', '', f'{task_clock:.0f}')])
print(f"\nworker threads' CPU at exit: {threads(glob.glob(f'{work}/trace-*.err'))}")

loaded, shared, createvm = [], [], []
for f in glob.glob(f'{work}/log-*.txt'):
    text = open(f).read()
    loads = re.findall(r'\[class,load\s*\]\s+\S+ source: (.*)', text)
    loaded.append(len(loads)); shared.append(sum('shared objects file' in s for s in loads))
    m = re.search(r'Create VM, ([\d.]+) secs', text)
    createvm.append(float(m[1]) * 1000 if m else float('nan'))
print(f"classes loaded: {med(loaded):.0f}, of which from the class-data archive: {med(shared):.0f}; "
      f"-Xlog:startuptime 'Create VM': {med(createvm):.1f} ms")

ci_total, ci_methods = [], []
for f in glob.glob(f'{work}/ci-*.txt'):
    text = open(f).read()
    m = re.search(r'Total compilation time\s*:\s*([\d.]+) s', text); ci_total.append(float(m[1]) * 1000 if m else float('nan'))
    m = re.search(r'Total compiled methods\s*:\s*(\d+)', text); ci_methods.append(int(m[1]) if m else 0)
print(f"-XX:+CITime: {med(ci_total):.0f} ms compiling {med(ci_methods):.0f} methods")

areas = {}
current = None
for line in open(f'{work}/samples.txt'):
    m = re.match(r'\s+(\S+)\.(\w+|<init>|<clinit>)\(.*line:', line)
    if m and current is None:
        cls = m[1]
        area = ('solver: ' + cls.split('.')[-1] if cls.startswith('io.sweep.solver')
                else 'results: ' + cls.split('.')[-1] if cls.startswith('io.sweep.results')
                else 'SHA-256' if 'SHA' in cls or 'DigestBase' in cls
                else 'sweep' if cls.startswith('io.sweep') else 'JDK: ' + '.'.join(cls.split('.')[:2]))
        areas[area] = areas.get(area, 0) + 1
        current = area
    if line.startswith('jdk.ExecutionSample'):
        current = None
total = sum(areas.values()) or 1
top = sorted(areas.items(), key=lambda kv: -kv[1])[:10]
print("JFR execution samples (1 ms, 3 runs), top frame by area: " + ', '.join(f"{k} {100 * v / total:.0f}%" for k, v in top))

# The parent.
pr = [phases(open(f), 'JVM boot to main()') for f in sorted(glob.glob(f'{work}/parent-[0-9]*.trace'))]
total = med([perf(f) for f in glob.glob(f'{work}/parent-[0-9]*.perf')])
workers = []
for f in glob.glob(f'{work}/main-[0-9]*/workers.log'):
    last = {}
    for line in open(f):
        m = re.match(r'\[worker (\d+)\] trace +\d+ ms  cpu +(\d+) ms', line)
        if m:
            last[m[1]] = int(m[2])
    workers.append(sum(last.values()))
table('The parent of the main job (--alphas 0.1,1,10,100 --procs 4), medians:', pr,
      [('the whole command, parent and 4 workers (perf stat task-clock)', '', f'{total:.0f}'),
       ('of which the 4 workers (their last trace mark)', '', f'{med(workers):.0f}')])
print(f"\nparent threads' CPU at exit: {threads(glob.glob(f'{work}/parent-[0-9]*.trace'))}")
EOF
