package io.sweep.backend;

import io.sweep.engine.AttemptListener;
import io.sweep.engine.Backend;
import io.sweep.engine.Failure;
import io.sweep.engine.FailureClass;
import io.sweep.engine.TaskFiles;
import io.sweep.engine.ResultRecords;
import io.sweep.engine.TaskLines;
import io.sweep.engine.TaskResult;
import io.sweep.worker.WorkerProtocol.Reply;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pool of child JVMs, like Python's {@code multiprocessing.Pool} but without its hang when a
 * worker dies: each of at most {@code parallelism} slots keeps one child, sends it one task at a
 * time and waits for its reply. A child that dies, is killed or overruns its timeout fails only
 * its own attempt; the slot starts a fresh child for whatever comes next, including the retry.
 * Children are started before the first task is handed out, so their JVM start-up overlaps the
 * parent's own work.
 */
public final class ProcessPoolBackend implements Backend {
    private final WorkerCommand command;
    private final PoolSettings settings;
    private final Optional<ClassDataArchive> archive;
    private final Set<ChildProcess> live = ConcurrentHashMap.newKeySet();
    private final List<ChildProcess> retired = new ArrayList<>();
    private final java.util.ArrayDeque<ChildProcess> ready = new java.util.ArrayDeque<>();
    private final WorkersLog workersLog;
    private volatile WorkQueue queue;
    private volatile boolean cancelled;

    public ProcessPoolBackend(WorkerCommand command, PoolSettings settings, Optional<ClassDataArchive> archive) {
        this.command = command;
        this.settings = settings;
        this.archive = archive;
        this.workersLog = new WorkersLog(settings.outDir());
    }

    @Override
    public String name() {
        return "processes";
    }

    /**
     * Starts up to {@code count} children now, before the run, so that their JVM start-up overlaps
     * the parent's remaining set-up (locking, resume checks). Children not needed are retired.
     */
    public void prestart(int count) throws IOException {
        for (int i = 0; i < Math.min(count, settings.parallelism()); i++) {
            ChildProcess child = spawn();
            synchronized (ready) {
                ready.add(child);
            }
        }
    }

    private ChildProcess readyOrSpawn() throws IOException {
        synchronized (ready) {
            if (!ready.isEmpty()) {
                return ready.poll();
            }
        }
        return spawn();
    }

    @Override
    public void run(List<io.sweep.engine.Task> tasks, AttemptListener listener) throws InterruptedException {
        queue = new WorkQueue(tasks);
        workersLog.open();
        if (cancelled) {
            queue.cancel();
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sweep-timeouts"));
        List<Thread> slots = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.parallelism(), tasks.size()); i++) {
            Thread slot = daemon(() -> slot(listener, timer), "sweep-slot-" + i);
            slots.add(slot);
            slot.start();
        }
        try {
            for (Thread slot : slots) {
                slot.join();
            }
        } finally {
            timer.shutdownNow();
            retireReady();
            finishArchive();
        }
    }

    private void retireReady() {
        synchronized (ready) {
            while (!ready.isEmpty()) {
                retire(ready.poll());
            }
        }
    }

    /** Children started but never used (the run failed its checks, or was never made) are told to exit. */
    @Override
    public void close() {
        retireReady();
        for (ChildProcess child : live) {
            child.kill();
        }
        workersLog.close();
    }

    private void slot(AttemptListener listener, ScheduledExecutorService timer) {
        ChildProcess child = null;
        try {
            while (queue.hasWork()) {
                WorkQueue.Attempt attempt = queue.take();
                if (attempt == null) {
                    break;
                }
                if (child == null) {
                    try {
                        child = readyOrSpawn();
                    } catch (IOException e) {
                        // The JVM cannot even be executed (java gone, no memory for a process).
                        listener.started(attempt.task(), attempt.number(), "none", 0);
                        fail(listener, attempt, new Failure(Failure.Fact.COULD_NOT_START,
                                "cannot start a worker JVM: " + e.getMessage(), 0, null, null, 0, null));
                        continue;
                    }
                }
                if (!runAttempt(child, attempt, listener, timer)) {
                    live.remove(child);
                    child = null;
                } else if (settings.maxTasksPerChild() > 0 && child.tasksRun() >= settings.maxTasksPerChild()) {
                    retire(child);
                    child = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (child != null) {
                retire(child);
            }
        }
    }

    /** Runs one attempt in the child; false when the child is gone (it failed, died or was killed). */
    private boolean runAttempt(ChildProcess child, WorkQueue.Attempt attempt, AttemptListener listener,
                               ScheduledExecutorService timer) {
        long start = System.nanoTime();
        listener.started(attempt.task(), attempt.number(), "pid " + child.pid(), child.pid());
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = settings.timeout().map(t -> timer.schedule(() -> {
            timedOut.set(true);
            child.kill();
        }, t.toMillis(), TimeUnit.MILLISECONDS)).orElse(null);
        Reply reply;
        try {
            child.send(TaskLines.encode(attempt.task(), settings.runnerClass()));
            reply = child.awaitReply();
        } catch (IOException e) {
            reply = null;
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (cancelled) {
            child.kill();
            return false;
        }
        if (reply != null && reply.isDone()) {
            Optional<TaskResult> result = readResult(attempt);
            if (result.isPresent()) {
                listener.finished(attempt.task(), attempt.number(), result.get(), wall);
                queue.over();
                return true;
            }
            child.kill();
            fail(listener, attempt, child.death(Failure.Fact.ENDED, "no readable result record", null, wall));
            return false;
        }
        if (timedOut.get()) {
            fail(listener, attempt, child.death(Failure.Fact.TIMED_OUT,
                    "timed out after " + seconds(settings.timeout().orElseThrow().toMillis()), null, wall));
        } else if (reply != null) {
            fail(listener, attempt, child.death(Failure.Fact.THREW, reply.reason(),
                    FailureClass.ofLabel(reply.failureClass()), wall));
        } else if (!child.isReady()) {
            Failure failure = child.death(Failure.Fact.COULD_NOT_START, null, null, wall);
            String why = "the worker JVM ended before it was ready (" + failure.reason() + "): "
                    + child.startupOutput().orElse("it said nothing");
            TaskFiles.of(settings.outDir(), attempt.task()).appendToLog("--- " + attempt.task().key() + " attempt "
                    + attempt.number() + ": " + why);
            fail(listener, attempt, failure.withReason(why));
        } else {
            child.kill();
            fail(listener, attempt, child.death(Failure.Fact.ENDED, null, null, wall));
        }
        return false;
    }

    private Optional<TaskResult> readResult(WorkQueue.Attempt attempt) {
        try {
            return ResultRecords.read(settings.outDir(), attempt.task().key());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void fail(AttemptListener listener, WorkQueue.Attempt attempt, Failure failure) {
        if (!cancelled && listener.failed(attempt.task(), attempt.number(), failure)) {
            queue.retry(attempt);
        } else {
            queue.over();
        }
    }

    private ChildProcess spawn() throws IOException {
        ClassDataArchive.Options cds = archive.map(ClassDataArchive::nextWorker)
                .orElse(new ClassDataArchive.Options(List.of(), false));
        ChildProcess child = ChildProcess.start(command.withJvmArgs(cds.jvmArgs()).pipeMode(settings.outDir()),
                workersLog, cds.dumps());
        live.add(child);
        if (cancelled) {
            child.kill();
        }
        return child;
    }

    /** An idle child is told there is no more work and exits by itself. */
    private void retire(ChildProcess child) {
        child.closeInput();
        live.remove(child);
        synchronized (retired) {
            retired.add(child);
        }
    }

    /** Waits for the child writing the class-data archive, so the next run finds it complete. */
    private void finishArchive() throws InterruptedException {
        if (archive.isEmpty()) {
            return;
        }
        List<ChildProcess> children;
        synchronized (retired) {
            children = List.copyOf(retired);
        }
        for (ChildProcess child : children) {
            if (child.dumpsArchive()) {
                boolean exited = !cancelled && child.process().waitFor(20, TimeUnit.SECONDS);
                if (!exited) {
                    child.kill();
                }
                archive.get().dumpingWorkerExited(exited ? child.process().exitValue() : -1);
            }
        }
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
        for (ChildProcess child : live) {
            child.kill();
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis / 1000.0 + "s";
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
