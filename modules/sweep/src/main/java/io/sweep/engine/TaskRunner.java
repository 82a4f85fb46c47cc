package io.sweep.engine;

/**
 * The worker side of a workload: runs one task wherever it is scheduled (a thread, a child JVM,
 * a Slurm array task). The same code runs in each; only the transport differs. A runner writes
 * its files under {@code context.outDir()/tasks/<key>/} through the results module's atomic
 * writers and lists them in its result.
 */
@FunctionalInterface
public interface TaskRunner {
    TaskResult run(Task task, WorkerContext context) throws Exception;
}
