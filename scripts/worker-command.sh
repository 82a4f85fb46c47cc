# worker-command.sh: a traced run's worker command line and task lines, for the benchmarks that replay a worker; sourced, not run.

# worker_command LOG WHO: sets the array `worker` to the command line of the first worker that a
# SWEEP_TRACE=1 run recorded in LOG (its workers.log), without its trailing `--out DIR`, so that
# the worker can be replayed as the pool or a Slurm array task starts it. WHO names the script
# in the message when LOG holds no such line.
worker_command() {
  IFS=$'\t' read -r -a worker <<<"$(grep -m1 'trace command of worker:' "$1" | cut -f2-)"
  local n=${#worker[@]}
  [ "$n" -gt 3 ] && [ "${worker[$((n - 2))]}" = --out ] || { echo "$2: no worker command line in the trace" >&2; exit 1; }
  unset "worker[$((n - 1))]" "worker[$((n - 2))]"
}

# task_lines MANIFEST NAME VALUE...: prints one poisson task line per value of parameter NAME, as
# the parent sends them to a worker, for the problem, mesh, encoding and superposition that
# MANIFEST (the run's manifest.json) records.
task_lines() {
  python3 - "$@" <<'PY'
import json, sys
manifest, name, values = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3:]
problem, parameters = manifest["problem"], manifest["parameters"]
for value in values:
    v = float(value)
    print(json.dumps({"key": "%s=%r" % (name, v), "workload": "poisson",
                      "runner": "io.sweep.workloads.poisson.PoissonRunner",
                      "params": {"source": problem["source"], "flux": problem["flux"],
                                 "dirichlet": problem["dirichlet"], "dirichlet_on": problem["dirichlet_on"],
                                 "domain": problem["domain"], "mesh": problem["mesh"],
                                 "superposed": parameters.get("superposed") or "",
                                 "encoding": problem["vtu_encoding"].upper(), "param." + name: repr(v)}}))
PY
}
