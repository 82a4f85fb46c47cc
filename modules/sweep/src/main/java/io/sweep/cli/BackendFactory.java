package io.sweep.cli;

import io.sweep.backend.ClassDataArchive;
import io.sweep.backend.InProcessBackend;
import io.sweep.backend.MachineMemory;
import io.sweep.backend.PoolSettings;
import io.sweep.backend.ProcessPoolBackend;
import io.sweep.backend.WorkerCommand;
import io.sweep.backend.WorkerJvmOptions;
import io.sweep.config.BadInputException;
import io.sweep.config.ExecutionMode;
import io.sweep.config.SweepSpec;
import io.sweep.engine.Backend;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.Workload;
import io.sweep.slurm.SlurmCommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/**
 * The one place that turns {@code --backend} (alias {@code --mode}) into a transport: a pool of
 * child JVMs (default), threads, one by one, or a Slurm job array. Options that mean nothing for
 * the chosen backend are refused here, before anything starts.
 */
final class BackendFactory {
    private BackendFactory() {
    }

    /**
     * Refuses options the backend would ignore.
     *
     * @param maxTasksPerChildGiven whether --max-tasks-per-child was given
     */
    static void check(ExecutionMode mode, boolean maxTasksPerChildGiven, SlurmCommandLine slurm,
                      Map<String, String> env) {
        String slurmOnly = slurm.given();
        if (mode != ExecutionMode.SLURM && slurmOnly != null) {
            throw new BadInputException(slurmOnly + " needs --backend slurm, not " + mode.label());
        }
        if (mode != ExecutionMode.PROCESSES && maxTasksPerChildGiven) {
            throw new BadInputException("--max-tasks-per-child needs --backend processes (child JVMs), not "
                    + mode.label());
        }
        if (mode == ExecutionMode.SLURM) {
            slurm.check(env);
        }
    }

    /** The backend; a process pool starts its children at once, for {@code plannedTasks} tasks at most. */
    static Backend create(SweepSpec spec, Workload workload, Class<? extends TaskRunner> runner,
                          Map<String, String> env, int plannedTasks, SlurmCommandLine slurm, MachineMemory memory,
                          PrintStream err)
            throws IOException {
        PoolSettings settings = new PoolSettings(spec.out(), spec.procs(), spec.timeout(), spec.maxTasksPerChild(),
                runner.getName());
        return switch (spec.mode()) {
            case PROCESSES -> {
                WorkerCommand command = WorkerCommand.ofThisJvm(
                        WorkerJvmOptions.forLocalWorkers(workload, env.get("SWEEP_WORKER_JAVA_OPTS"), memory));
                ProcessPoolBackend pool = new ProcessPoolBackend(command, settings,
                        ClassDataArchive.forWorkers(command, env));
                pool.prestart(plannedTasks);
                yield pool;
            }
            case THREADS -> new InProcessBackend("threads", settings);
            case SEQUENTIAL -> new InProcessBackend("sequential", new PoolSettings(spec.out(), 1, spec.timeout(),
                    spec.maxTasksPerChild(), runner.getName()));
            case SLURM -> slurm.backend(spec, workload, runner, env, err);
        };
    }
}
