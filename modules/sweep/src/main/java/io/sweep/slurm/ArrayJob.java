package io.sweep.slurm;

import io.sweep.engine.AttemptListener;
import io.sweep.engine.Failure;
import io.sweep.engine.FailureClass;
import io.sweep.engine.ResultRecords;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One submitted job array as the backend follows it: which attempt each task line is, and what
 * squeue last said about each array task. An array task that has left the queue settles its
 * tasks from their result records, which are the only truth: a record in place is a finished
 * attempt, a missing one a failed attempt. Used by the backend's polling thread only.
 */
final class ArrayJob {

    /** Where the exit status of an ended array task comes from (scontrol, or a test). */
    @FunctionalInterface
    interface ExitStatuses {
        Optional<SlurmCommands.ExitStatus> of(long jobId, int index) throws InterruptedException;
    }

    /** A task and which attempt at it this is (1 for the first). */
    record Attempt(Task task, int number) {
    }

    /**
     * How long a record may lag behind its array task having COMPLETED: on a shared filesystem
     * the submit host can see a rename seconds after the compute node made it.
     */
    static final long RECORD_GRACE_NANOS = 30_000_000_000L;

    private final long jobId;
    private final BatchScript script;
    private final Attempt[] attempts;
    private final long submittedNanos;
    private final String[] lastState;
    private final long[] startNanos;
    private final long[] goneNanos;
    private final boolean[] settled;

    ArrayJob(long jobId, BatchScript script, List<Attempt> attempts, long submittedNanos) {
        this.jobId = jobId;
        this.script = script;
        this.attempts = attempts.toArray(new Attempt[0]);
        this.submittedNanos = submittedNanos;
        int n = script.arrayTasks();
        this.lastState = new String[n];
        this.startNanos = new long[n];
        this.goneNanos = new long[n];
        this.settled = new boolean[n];
    }

    long jobId() {
        return jobId;
    }

    /** Every array task has left the queue and every task of it is settled. */
    boolean over() {
        for (boolean s : settled) {
            if (!s) {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes in one squeue answer. Reports starts, finishes and failures to the listener; adds
     * failed attempts the listener wants retried to {@code retry}.
     *
     * @param states this job's array tasks that squeue listed, by index
     * @return whether anything changed (the backend then polls again soon)
     */
    boolean update(Map<Integer, ArrayTaskState> states, long now, AttemptListener listener,
                   JobFiles files, Path outDir, ExitStatuses exits, List<Attempt> retry) throws InterruptedException {
        boolean changed = false;
        for (int index = 0; index < settled.length; index++) {
            if (settled[index]) {
                continue;
            }
            ArrayTaskState state = states.get(index);
            if (state != null && !state.state().equals(lastState[index])) {
                lastState[index] = state.state();
                changed = true;
            }
            if (state != null && state.active()) {
                if (state.running() && startNanos[index] == 0) {
                    markStarted(index, now, listener);
                }
                continue;
            }
            if (goneNanos[index] == 0) {
                goneNanos[index] = now;
                changed = true;
            }
            boolean bad = state != null && state.endedBadly();
            boolean graceOver = now - goneNanos[index] > RECORD_GRACE_NANOS;
            changed |= settle(index, state, bad || graceOver, now, listener, files, outDir, exits, retry);
        }
        return changed;
    }

    /** Reads the records of an array task's tasks; returns whether all of them are settled now. */
    private boolean settle(int index, ArrayTaskState state, boolean missingIsFailure, long now,
                           AttemptListener listener, JobFiles files, Path outDir, ExitStatuses exits,
                           List<Attempt> retry) throws InterruptedException {
        if (startNanos[index] == 0) {
            markStarted(index, now, listener);
        }
        double wall = (now - startNanos[index]) / 1e9;
        boolean all = true;
        Optional<SlurmCommands.ExitStatus> exit = null;
        for (int line : script.linesOf(index)) {
            Attempt attempt = attempts[line];
            if (attempt == null) {
                continue;
            }
            Optional<TaskResult> result;
            String unreadable = null;
            try {
                result = ResultRecords.read(outDir, attempt.task().key());
            } catch (IOException e) {
                result = Optional.empty();
                unreadable = "the result record of " + attempt.task().key() + " cannot be read: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            }
            if (result.isPresent()) {
                listener.finished(attempt.task(), attempt.number(), result.get(), wall);
            } else if (missingIsFailure || unreadable != null) {
                String why = unreadable != null ? unreadable : noRecord(index, state);
                if (exit == null) {
                    exit = state == null ? Optional.empty() : exits.of(jobId, index);
                }
                Integer code = exit.filter(e -> e.signal() == 0).map(SlurmCommands.ExitStatus::code).orElse(null);
                Integer signal = exit.filter(e -> e.signal() != 0).map(SlurmCommands.ExitStatus::signal).orElse(null);
                Failure failure = new Failure(Failure.Fact.SCHEDULER_ENDED,
                        why + "; log: " + outDir.relativize(files.log(jobId, index)), 0, code, signal, wall,
                        state == null ? null : FailureClass.ofSchedulerState(state.state()));
                if (listener.failed(attempt.task(), attempt.number(), failure)) {
                    retry.add(new Attempt(attempt.task(), attempt.number() + 1));
                }
            } else {
                all = false;
                continue;
            }
            attempts[line] = null;
        }
        settled[index] = all;
        return all;
    }

    private String noRecord(int index, ArrayTaskState state) {
        String id = "Slurm array task " + jobId + "_" + index;
        if (state == null) {
            return id + " left the queue without a result record (last seen "
                    + (lastState[index] == null ? "never" : lastState[index]) + ")";
        }
        String reason = state.reason().isEmpty() || state.reason().equals("None") ? "" : " (" + state.reason() + ")";
        if (state.state().equals("COMPLETED")) {
            return id + " COMPLETED but its result record did not appear within "
                    + RECORD_GRACE_NANOS / 1_000_000_000L + " s";
        }
        return id + " ended " + state.state() + reason + " without a result record";
    }

    private void markStarted(int index, long now, AttemptListener listener) {
        startNanos[index] = now;
        for (int line : script.linesOf(index)) {
            Attempt attempt = attempts[line];
            if (attempt != null) {
                // A Slurm array task's worker pid lives on a compute node: 0 until its record says.
                listener.started(attempt.task(), attempt.number(), "slurm " + jobId + "_" + index, 0);
            }
        }
    }

    /**
     * Slurm stopped answering: every attempt not settled yet is settled from its result record,
     * the only truth left: a record in place is a finished attempt, none a lost one.
     */
    void settleWithoutScheduler(String why, long now, AttemptListener listener, Path outDir, List<Attempt> retry) {
        for (int index = 0; index < settled.length; index++) {
            for (int line : settled[index] ? List.<Integer>of() : script.linesOf(index)) {
                Attempt attempt = attempts[line];
                if (attempt == null) {
                    continue;
                }
                if (startNanos[index] == 0) {
                    startNanos[index] = now;
                    listener.started(attempt.task(), attempt.number(), "slurm " + jobId + "_" + index, 0);
                }
                double wall = (now - startNanos[index]) / 1e9;
                Optional<TaskResult> result;
                try {
                    result = ResultRecords.read(outDir, attempt.task().key());
                } catch (IOException e) {
                    result = Optional.empty();
                }
                if (result.isPresent()) {
                    listener.finished(attempt.task(), attempt.number(), result.get(), wall);
                } else if (listener.failed(attempt.task(), attempt.number(), new Failure(Failure.Fact.SCHEDULER_LOST,
                        why + "; no result record of " + attempt.task().key() + " (Slurm array task " + jobId + "_"
                        + index + ")", 0, null, null, wall, null))) {
                    retry.add(new Attempt(attempt.task(), attempt.number() + 1));
                }
                attempts[line] = null;
            }
            settled[index] = true;
        }
    }

    long submittedNanos() {
        return submittedNanos;
    }
}
