package io.sweep.cli;

import io.sweep.backend.ClassDataArchive;
import io.sweep.backend.InProcessBackend;
import io.sweep.backend.PoolSettings;
import io.sweep.backend.ProcessPoolBackend;
import io.sweep.backend.WorkerCommand;
import io.sweep.backend.WorkerJvmOptions;
import io.sweep.config.SweepSpec;
import io.sweep.engine.Backend;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.Workload;

import java.io.IOException;
import java.util.Map;

/** The backend for {@code --mode}: a pool of child JVMs (default), threads, or one by one. */
final class BackendFactory {
    private BackendFactory() {
    }

    /** The backend; a process pool starts its children at once, for {@code plannedTasks} tasks at most. */
    static Backend create(SweepSpec spec, Workload workload, Class<? extends TaskRunner> runner,
                          Map<String, String> env, int plannedTasks) throws IOException {
        PoolSettings settings = new PoolSettings(spec.out(), spec.procs(), spec.timeout(), spec.maxTasksPerChild(),
                runner.getName());
        return switch (spec.mode()) {
            case PROCESSES -> {
                WorkerCommand command = WorkerCommand.ofThisJvm(
                        WorkerJvmOptions.forLocalWorkers(workload, env.get("SWEEP_WORKER_JAVA_OPTS")));
                ProcessPoolBackend pool = new ProcessPoolBackend(command, settings,
                        ClassDataArchive.forWorkers(command, env));
                pool.prestart(plannedTasks);
                yield pool;
            }
            case THREADS -> new InProcessBackend("threads", settings);
            case SEQUENTIAL -> new InProcessBackend("sequential", new PoolSettings(spec.out(), 1, spec.timeout(),
                    spec.maxTasksPerChild(), runner.getName()));
        };
    }
}
