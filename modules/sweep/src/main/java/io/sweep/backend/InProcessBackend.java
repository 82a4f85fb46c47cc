package io.sweep.backend;

import io.sweep.engine.AttemptListener;
import io.sweep.engine.Backend;
import io.sweep.engine.Failure;
import io.sweep.engine.FailureClass;
import io.sweep.engine.LocalWorkerContext;
import io.sweep.engine.Task;
import io.sweep.engine.TaskExecution;
import io.sweep.engine.TaskFiles;
import io.sweep.engine.TaskResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks inside this JVM: {@code --mode threads} (a slot per thread, one shared worker
 * context) and {@code --mode sequential} (one slot). Here to compare with processes: a task that
 * crashes the JVM takes the sweep with it, and a timed-out task can only be interrupted and
 * abandoned, not killed, so its thread may run on in the background.
 */
public final class InProcessBackend implements Backend {
    private final String name;
    private final PoolSettings settings;
    private final LocalWorkerContext context;
    private final ExecutorService attempts = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "sweep-task");
        thread.setDaemon(true);
        return thread;
    });
    private volatile WorkQueue queue;
    private volatile boolean cancelled;

    public InProcessBackend(String name, PoolSettings settings) {
        this.name = name;
        this.settings = settings;
        this.context = new LocalWorkerContext(settings.outDir());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void run(List<Task> tasks, AttemptListener listener) throws InterruptedException {
        queue = new WorkQueue(tasks);
        if (cancelled) {
            queue.cancel();
        }
        List<Thread> slots = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.parallelism(), tasks.size()); i++) {
            Thread slot = new Thread(() -> slot(listener), "sweep-slot-" + i);
            slot.setDaemon(true);
            slots.add(slot);
            slot.start();
        }
        try {
            for (Thread slot : slots) {
                slot.join();
            }
        } finally {
            attempts.shutdownNow();
        }
    }

    private void slot(AttemptListener listener) {
        try {
            for (WorkQueue.Attempt a; (a = queue.take()) != null; ) {
                runAttempt(a, listener);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runAttempt(WorkQueue.Attempt attempt, AttemptListener listener) throws InterruptedException {
        Task task = attempt.task();
        long start = System.nanoTime();
        long pid = context.pid();
        listener.started(task, attempt.number(), "pid " + pid + " " + Thread.currentThread().getName(), pid);
        Future<TaskResult> future = attempts.submit(() -> TaskExecution.run(task, settings.runnerClass(), context));
        Failure failure;
        try {
            TaskResult result = settings.timeout().isPresent()
                    ? future.get(settings.timeout().get().toMillis(), TimeUnit.MILLISECONDS) : future.get();
            listener.finished(task, attempt.number(), result, (System.nanoTime() - start) / 1e9);
            queue.over();
            return;
        } catch (TimeoutException e) {
            future.cancel(true);
            failure = new Failure(Failure.Fact.TIMED_OUT, "timed out after "
                    + settings.timeout().get().toMillis() / 1000.0 + "s (thread abandoned)", pid, null, null,
                    (System.nanoTime() - start) / 1e9, null);
        } catch (ExecutionException e) {
            failure = Failure.threw(FailureClass.ofThrowable(e.getCause()), TaskExecution.describe(e.getCause()), pid,
                    (System.nanoTime() - start) / 1e9);
            appendToLog(task, e.getCause());
        }
        if (cancelled) {
            return;
        }
        if (listener.failed(task, attempt.number(), failure)) {
            queue.retry(attempt);
        } else {
            queue.over();
        }
    }

    private void appendToLog(Task task, Throwable error) {
        java.io.StringWriter trace = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        TaskFiles.of(settings.outDir(), task).appendToLog(trace.toString());
    }

    @Override
    public void stopStarting() {
        WorkQueue q = queue;
        if (q != null) {
            q.stopStarting();
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
        WorkQueue q = queue;
        if (q != null) {
            q.cancel();
        }
        attempts.shutdownNow();
    }
}
